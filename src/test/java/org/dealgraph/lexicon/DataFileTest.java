package org.dealgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFileTest {

    private static final String TRIGGERS = "/org/dealgraph/extract/triggers.tsv";

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
    void failsNamingTheFileOfAShortRow() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataFile.rows(TRIGGERS, 9));
        assertTrue(e.getMessage().contains("triggers.tsv"), e.getMessage());
    }

    @Test
    void mapsFirstColumnToSecond() {
        Map<String, String> titles = DataFile.pairs("/org/dealgraph/extract/role-nouns.tsv");
        assertEquals("co-founder", titles.get("co-founders"));
    }
}
