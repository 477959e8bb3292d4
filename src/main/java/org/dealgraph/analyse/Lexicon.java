package org.dealgraph.analyse;

import java.util.List;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.lexicon.Row;

/**
 * The analyse stage's data files ({@code org/dealgraph/analyse/NAME}), read by {@link DataFile} in the format
 * that {@code org.dealgraph.lexicon} documents and checked against the columns each loader declares.
 */
final class Lexicon {

    private static final String BASE = "/org/dealgraph/analyse/";

    private Lexicon() {
    }

    /** The classpath resource of the data file {@code name}. */
    static String resource(String name) {
        return BASE + name;
    }

    /** Every data row of the file, checked against {@code columns}. */
    static List<Row> read(String name, Column... columns) {
        return DataFile.read(BASE + name, columns);
    }

    /** The words of a one-column list; a word listed twice fails. */
    static Set<String> words(String name) {
        return DataFile.words(BASE + name);
    }
}
