package org.dealgraph.spark;

import java.util.List;
import java.util.stream.Collectors;

/** Lines of tab-separated values; a tab, line break or backslash inside a value is escaped as {@code \t}, {@code \n}, {@code \\}. */
final class Tsv {

    private Tsv() {
    }

    static String line(String... values) {
        return List.of(values).stream().map(Tsv::escape).collect(Collectors.joining("\t"));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
