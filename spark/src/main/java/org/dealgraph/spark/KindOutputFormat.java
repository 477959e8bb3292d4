package org.dealgraph.spark;

import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Writes each line into the folder of its {@link OutputKind}, the record's key: one pass over the input writes
 * all three outputs, and every task its own part file of each.
 */
public final class KindOutputFormat extends MultipleTextOutputFormat<String, String> {

    @Override
    protected String generateFileNameForKeyValue(String kind, String line, String part) {
        return OutputKind.valueOf(kind).file(part);
    }

    /** Only the line is written, not the kind. */
    @Override
    protected String generateActualKey(String kind, String line) {
        return null;
    }
}
