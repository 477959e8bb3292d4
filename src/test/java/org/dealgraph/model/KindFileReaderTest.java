package org.dealgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A kind file is checked as it is read: every mistake is an error naming the file, the line and the value. */
class KindFileReaderTest {

    private static final String GOOD = """
            id: recall
            plural: recalls
            rank: 9
            segment: recall
            edge: recalled
            prefixes:
              ex: https://example.org/terms#
            class: ex:Recall
            roles:
              - name: maker
                entity: organization
                property: ex:maker
              - name: buyers
                entity: any
                many: true
                property: https://example.org/terms#buyer
            key:
              ends: first
              tail: value-or-year
            merge: largest
            money: ex:cost
            """;

    @Test
    void readsEveryFieldOfAGoodFile() {
        KindDefinition d = read(GOOD);
        assertEquals("recall", d.id());
        assertEquals(List.of(new KindDefinition.RoleDef("maker", Optional.of(EntityKind.ORGANIZATION), false,
                        "https://example.org/terms#maker"),
                new KindDefinition.RoleDef("buyers", Optional.empty(), true, "https://example.org/terms#buyer")), d.roles());
        assertEquals(new KeyRecipe(KeyRecipe.Ends.FIRST, false, KeyRecipe.Tail.VALUE_OR_YEAR, KeyRecipe.Tail.VALUE_OR_YEAR),
                d.key());
        assertEquals(KindDefinition.Merge.LARGEST, d.merge());
        assertEquals("https://example.org/terms#Recall", d.type());
        assertEquals(Optional.of("https://example.org/terms#cost"), d.money());
        assertEquals(Optional.empty(), d.shortcut());
        assertEquals("recall.yaml line 4", d.where("segment"));
    }

    @Test
    void namesTheFileLineAndValueOfEachMistake() {
        assertFails(GOOD.replace("segment: recall", "segmnt: recall"), "line 4", "unknown key 'segmnt'");
        assertFails(GOOD.replace("entity: organization", "entity: organisation"), "line 11", "unknown entity 'organisation'");
        assertFails(GOOD.replace("ends: first", "ends: firsts"), "line 18", "unknown ends 'firsts'");
        assertFails(GOOD.replace("tail: value-or-year", "tail: title"), "line 19", "unknown tail 'title'");
        assertFails(GOOD.replace("merge: largest", "merge: newest"), "line 20", "unknown merge policy 'newest'");
        assertFails(GOOD.replace("class: ex:Recall", "class: exx:Recall"), "line 8", "'exx:Recall' is no IRI");
        assertFails(GOOD.replace("ends: first", "ends: pair"), "line 18", "two roles of one entity each");
        assertFails(GOOD.replace("money: ex:cost\n", ""), "line 19", "give the kind a money property");
        assertFails(GOOD.replace("id: recall", "id: Recall"), "line 1", "id 'Recall'");
        assertFails(GOOD.replace("rank: 9\n", ""), "line 1", "'rank' is missing");
        assertFails(GOOD.replace("- name: buyers", "- name: maker"), "line 13", "role 'maker' given twice");
    }

    private static KindDefinition read(String text) {
        return new KindFileReader("recall.yaml").read(new StringReader(text));
    }

    private static void assertFails(String text, String line, String message) {
        KindFileException e = assertThrows(KindFileException.class, () -> read(text));
        assertEquals(true, e.getMessage().startsWith("recall.yaml " + line + ": "), e.getMessage());
        assertEquals(true, e.getMessage().contains(message), e.getMessage());
    }
}
