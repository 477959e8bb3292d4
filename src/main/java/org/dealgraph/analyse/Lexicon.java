package org.dealgraph.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the analyse stage's data files from the classpath ({@code org/dealgraph/analyse/NAME}): UTF-8 text,
 * one entry a line, tab-separated columns, blank lines and lines starting with {@code #} ignored.
 * A missing file is a packaging bug and fails loudly.
 */
final class Lexicon {

    private static final String BASE = "/org/dealgraph/analyse/";

    private Lexicon() {
    }

    /** Every data row of the file, split on tabs (trailing empty columns kept as empty strings). */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon on the classpath: " + BASE + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return rows;
    }

    /** The first column of every row. */
    static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String[] row : rows(name)) {
            words.add(row[0]);
        }
        return Set.copyOf(words);
    }

    /** The first column of every row mapped to the second; a row without a second column is a data bug. */
    static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String[] row : rows(name)) {
            if (row.length < 2) {
                throw new IllegalStateException("lexicon " + name + ": row without a second column: " + row[0]);
            }
            pairs.put(row[0], row[1]);
        }
        return Map.copyOf(pairs);
    }
}
