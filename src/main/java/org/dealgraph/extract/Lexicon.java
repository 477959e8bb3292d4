package org.dealgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the extract stage's data files from the classpath ({@code org/dealgraph/extract/NAME}): UTF-8 text,
 * tab-separated columns, blank lines and lines starting with {@code #} ignored. A missing file or a short row
 * is a packaging bug and fails loudly.
 */
final class Lexicon {

    private static final String BASE = "/org/dealgraph/extract/";

    private Lexicon() {
    }

    /** Every data row of the file, split on tabs, each with at least {@code columns} columns. */
    static List<String[]> rows(String name, int columns) {
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
                if (cols.length < columns) {
                    throw new IllegalStateException("lexicon " + name + ": fewer than " + columns + " columns: " + line);
                }
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

    /** The phrases of a "|"-separated column, each split into lower-case words. */
    static List<List<String>> phrases(String column) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : column.split("\\|")) {
            if (!phrase.isBlank()) {
                out.add(List.of(phrase.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
            }
        }
        return out;
    }
}
