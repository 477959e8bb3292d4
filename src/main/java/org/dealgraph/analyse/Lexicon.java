package org.dealgraph.analyse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.lexicon.DataFile;

/**
 * The analyse stage's data files ({@code org/dealgraph/analyse/NAME}), read by {@link DataFile} in the format
 * that {@code org.dealgraph.lexicon} documents.
 */
final class Lexicon {

    private static final String BASE = "/org/dealgraph/analyse/";

    private Lexicon() {
    }

    /** Every data row of the file, split on tabs. */
    static List<String[]> rows(String name) {
        return DataFile.rows(BASE + name, 1);
    }

    /** The first column of every row. */
    static Set<String> words(String name) {
        return DataFile.words(BASE + name);
    }

    /** The first column of every row mapped to the second. */
    static Map<String, String> pairs(String name) {
        return DataFile.pairs(BASE + name);
    }
}
