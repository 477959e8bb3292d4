package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.lexicon.Row;

/**
 * The extract stage's data files ({@code org/dealgraph/extract/NAME}), read by {@link DataFile} in the format
 * that {@code org.dealgraph.lexicon} documents and checked against the columns each loader declares, and the
 * phrase lists their columns hold.
 */
final class Lexicon {

    /** The classpath folder of the stage's data files. */
    static final String BASE = "/org/dealgraph/extract/";

    /** Where a cue stands next to what it qualifies: "before" it or "after" it. */
    static final Column SIDE = Column.required("side").oneOf(List.of("before", "after"));

    private Lexicon() {
    }

    /** Every data row of the classpath resource {@code resource}, checked against {@code columns}. */
    static List<Row> read(String resource, Column... columns) {
        return DataFile.read(resource, columns);
    }

    /** Whether a row's {@link #SIDE} column says "before". */
    static boolean before(Row row, int column) {
        return row.get(column).equals("before");
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
