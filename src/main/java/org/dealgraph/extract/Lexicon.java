package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dealgraph.lexicon.DataFile;

/**
 * The extract stage's data files ({@code org/dealgraph/extract/NAME}), read by {@link DataFile} in the format
 * that {@code org.dealgraph.lexicon} documents, and the phrase lists their columns hold.
 */
final class Lexicon {

    private static final String BASE = "/org/dealgraph/extract/";

    private Lexicon() {
    }

    /** Every data row of the file, split on tabs, each with at least {@code columns} columns. */
    static List<String[]> rows(String name, int columns) {
        return DataFile.rows(BASE + name, columns);
    }

    /** The phrases of a "|"-separated column, each split into lower-case words. */
    static List<List<String>> phrases(String column) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : column.split("\\|")) {
            if (!phrase.isBlank()) {
                out.add(List.of(phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        return out;
    }
}
