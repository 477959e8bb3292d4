package org.dealgraph.lexicon;

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
 * Reads one data file of words and phrases from the classpath, in the format of this package: UTF-8, one
 * entry a line, tab-separated columns stripped of blanks, blank lines and {@code #} lines ignored. Stages
 * call it once when they load and keep what they build from the rows.
 */
public final class DataFile {

    private DataFile() {
    }

    /**
     * Every data row of the classpath resource {@code resource} (an absolute name such as
     * {@code /org/dealgraph/extract/triggers.tsv}), split on tabs, each a fresh array of at least
     * {@code columns} columns; trailing empty columns are kept as empty strings.
     *
     * @throws IllegalStateException when the resource is missing or a row has fewer columns
     */
    public static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(columns(resource, line, columns));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return rows;
    }

    private static String[] columns(String resource, String line, int columns) {
        String[] cols = line.split("\t", -1);
        if (cols.length < columns) {
            throw new IllegalStateException("data file " + resource + ": fewer than " + columns + " columns: " + line);
        }
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }

    /** The first column of every row, without repeats. */
    public static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String[] row : rows(resource, 1)) {
            words.add(row[0]);
        }
        return Set.copyOf(words);
    }

    /** The first column of every row mapped to the second; a row without a second column fails. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String[] row : rows(resource, 2)) {
            pairs.put(row[0], row[1]);
        }
        return Map.copyOf(pairs);
    }
}
