package org.dealgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFileTest {

    private static final String TRIGGERS = "/org/dealgraph/extract/triggers.tsv";
    private static final String HERE = "/org/dealgraph/lexicon/";

    private enum Form { verb, noun }

    /** The columns the test files declare: a unique key, a form, a list of tags, an optional weight. */
    private static final Column[] COLUMNS = {
            Column.required("key").unique(),
            Column.required("form").oneOf(Form.class),
            Column.optional("tags").eachOf(",", Set.of("buy", "deal")),
            Column.optional("weight")};

    private static DataFileException failure(String file) {
        return assertThrows(DataFileException.class, () -> DataFile.read(HERE + file, COLUMNS));
    }

    private static void assertNames(DataFileException e, String file, int line, String... words) {
        assertTrue(e.getMessage().startsWith(HERE + file + " line " + line + ": "), e.getMessage());
        assertEquals(HERE + file, e.resource());
        assertEquals(line, e.line());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
    }

    @Test
    void readsDeclaredColumnsWithTheirLineNumbers() {
        List<Row> rows = DataFile.read(HERE + "good.tsv", COLUMNS);
        assertEquals(3, rows.size());
        assertEquals(List.of(3, 4, 5), rows.stream().map(Row::line).toList());
        assertEquals(List.of("buy", "deal"), rows.get(0).items(2, ","));
        assertEquals(3, rows.get(0).number(3, "weight", 1, 9));
        assertEquals("merger", rows.get(2).get(0));
        assertEquals("", rows.get(1).get(3));
        assertFalse(rows.get(2).has(2));
    }

    @Test
    void unknownValueInAClosedColumnNamesFileLineValueAndChoices() {
        assertNames(failure("unknown-form.tsv"), "unknown-form.tsv", 4, "unknown form 'verbb'",
                "expected one of: noun, verb");
    }

    @Test
    void unknownItemOfAListColumnIsNamed() {
        assertNames(failure("unknown-tag.tsv"), "unknown-tag.tsv", 2, "unknown tags 'dael'", "buy, deal");
    }

    @Test
    void shortRowNamesTheColumnsItLacks() {
        assertNames(failure("short-row.tsv"), "short-row.tsv", 4, "only 1 of the 2 required columns", "(key, form)",
                "merge");
    }

    @Test
    void strayTabGivesOneColumnTooMany() {
        assertNames(failure("stray-tab.tsv"), "stray-tab.tsv", 3, "5 columns where at most 4", "stray tab", "merge");
    }

    @Test
    void emptyRequiredColumnIsNamed() {
        assertNames(failure("empty-column.tsv"), "empty-column.tsv", 3, "empty form");
    }

    @Test
    void repeatedKeyNamesBothLines() {
        assertNames(failure("duplicate-key.tsv"), "duplicate-key.tsv", 5, "duplicate key 'acquire'",
                "first on line 2");
    }

    @Test
    void loaderChecksReportTheirRowToo() {
        Row row = DataFile.read(HERE + "bad-number.tsv", COLUMNS).get(0);
        DataFileException e = assertThrows(DataFileException.class, () -> row.number(3, "weight", 1, 9));
        assertNames(e, "bad-number.tsv", 2, "bad weight 'three'");
    }

    @Test
    void wordListRefusesARepeatedWord() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.words(HERE + "repeated-word.txt"));
        assertNames(e, "repeated-word.txt", 4, "duplicate word 'alpha'", "first on line 2");
    }

    @Test
    void skipsCommentsAndStripsColumns() {
        List<String[]> rows = DataFile.rows(TRIGGERS, 4);
        assertFalse(rows.isEmpty());
        for (String[] row : rows) {
            assertFalse(row[0].startsWith("#"));
            assertEquals(row[0].strip(), row[0]);
        }
    }

    @Test
    void failsNamingAMissingFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataFile.rows("/org/dealgraph/extract/no-such-file.tsv", 1));
        assertTrue(e.getMessage().contains("no-such-file.tsv"), e.getMessage());
    }

    @Test
    void failsNamingTheFileAndLineOfAShortRow() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.rows(HERE + "short-row.tsv", 3));
        assertNames(e, "short-row.tsv", 4, "fewer than 3 columns", "merge");
    }

    @Test
    void mapsFirstColumnToSecond() {
        Map<String, String> titles = DataFile.pairs("/org/dealgraph/extract/role-nouns.tsv");
        assertEquals("co-founder", titles.get("co-founders"));
    }
}
