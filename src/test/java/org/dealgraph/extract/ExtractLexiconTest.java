package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dealgraph.lexicon.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The extract stage's data files are checked when read: each file under {@code broken-lexicons/} holds one
 * mistake, and the error names the file, the line and the value. The real files load, and every trigger and
 * word list they hold is read by a rule or by the code.
 */
class ExtractLexiconTest {

    private static final String BROKEN = "/org/dealgraph/extract/broken-lexicons/";

    private static void assertFails(Executable load, String file, int line, String... words) {
        DataFileException e = assertThrows(DataFileException.class, load);
        assertEquals(BROKEN + file, e.resource());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(BROKEN + file + " line " + line + ": "), e.getMessage());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
    }

    @Test
    void aMistypedTriggerFormIsNamed() {
        assertFails(() -> Triggers.load(BROKEN + "triggers-unknown-form.tsv"), "triggers-unknown-form.tsv", 3,
                "unknown form 'verbb'", "noun", "verb");
    }

    @Test
    void aMistypedTriggerFamilyIsNamed() {
        assertFails(() -> Triggers.load(BROKEN + "triggers-unknown-family.tsv"), "triggers-unknown-family.tsv", 2,
                "unknown family 'acquisiton'");
    }

    @Test
    void aTriggerNoRuleReadsIsNamed() {
        Triggers t = Triggers.load(BROKEN + "triggers-unread.tsv");
        assertFails(() -> t.checkRead(Set.of(new Rule.TriggerKey("acquisition", "verb"), new Rule.TriggerKey("partner", "verb"))),
                "triggers-unread.tsv", 3, "'partner noun'", "no rule");
    }

    @Test
    void everyTriggerOfTheLexiconIsReadByTheRulesOrTheCode() {
        RuleExtractor.load();
        Triggers t = Triggers.load();
        assertThrows(DataFileException.class, () -> t.checkRead(SentenceFacts.READ_BY_CODE));
    }

    @Test
    void codeAskingForATriggerItDoesNotDeclareFails() {
        SentenceFacts f = new SentenceFacts(null, new ChunkedSentence(null, List.of()), List.of(), StatusCues.load(),
                MoneyRoles.load(), Durations.load(), java.util.Optional.empty(), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.triggers("partner", "noun"));
        assertTrue(e.getMessage().contains("partner noun"), e.getMessage());
        assertTrue(f.triggers("deal", "noun").isEmpty());
    }

    @Test
    void anUnknownStatusOrSideIsNamed() {
        assertFails(() -> StatusCues.load(BROKEN + "status-unknown-status.tsv"), "status-unknown-status.tsv", 3,
                "unknown status 'DELAYED'", "COMPLETED");
        assertFails(() -> StatusCues.load(BROKEN + "status-unknown-side.tsv"), "status-unknown-side.tsv", 2,
                "unknown side 'befor'", "after, before");
    }

    @Test
    void anUnknownMoneyRoleIsNamed() {
        assertFails(() -> MoneyRoles.load(BROKEN + "money-unknown-role.tsv"), "money-unknown-role.tsv", 3,
                "unknown role 'valution'", "amount, other, valuation");
    }

    @Test
    void anUnknownPlaceOfAPluralReferenceIsNamed() {
        assertFails(() -> PluralReferences.load(BROKEN + "plural-unknown-place.tsv"), "plural-unknown-place.tsv", 3,
                "unknown where 'openning'", "anywhere, opening");
    }

    @Test
    void aNumberWordTwiceOrAValueThatIsNoNumberIsNamed() {
        assertFails(() -> Durations.load(BROKEN + "numbers-duplicate.tsv"), "numbers-duplicate.tsv", 4,
                "duplicate word 'one'", "line 2");
        assertFails(() -> Durations.load(BROKEN + "numbers-bad-value.tsv"), "numbers-bad-value.tsv", 2,
                "bad value 'seven'");
    }

    @Test
    void aWordListNamedTwiceIsNamed() {
        assertFails(() -> WordLists.load(BROKEN + "words-duplicate.tsv"), "words-duplicate.tsv", 4,
                "duplicate name 'copulas'", "line 2");
    }

    /** A list no Java code of the stage and no rule file names is most likely a misspelt name. */
    @Test
    void everyWordListIsAskedForByTheCodeOrARuleFile() throws IOException {
        StringBuilder readers = new StringBuilder();
        for (Path dir : List.of(Path.of("src/main/java/org/dealgraph/extract"),
                Path.of("src/main/resources/org/dealgraph/extract/rules"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    readers.append(Files.readString(file)).append('\n');
                }
            }
        }
        String all = readers.toString();
        Set<String> unused = new TreeSet<>();
        for (String name : WordLists.load(Lexicon.BASE + "words.tsv").keySet()) {
            if (!all.contains("\"" + name + "\"") && !all.contains("words: " + name)) {
                unused.add(name);
            }
        }
        assertEquals(Set.of(), unused, "lists of words.tsv that nothing reads");
    }
}
