package org.dealgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one data file of words and phrases from the classpath, in the format of this package: UTF-8, one
 * entry a line, tab-separated columns stripped of blanks, blank lines and {@code #} lines ignored. Stages
 * call it once when they load and keep what they build from the rows.
 *
 * <p>{@link #read} checks every row against the columns its loader declares ({@link Column}) and fails on
 * the first problem with a {@link DataFileException} that names the resource, the line and the value.
 */
public final class DataFile {

    private DataFile() {
    }

    /**
     * Every data row of the classpath resource {@code resource} (an absolute name such as
     * {@code /org/dealgraph/analyse/calendar.tsv}), checked against {@code columns}: a row must have every
     * required column and no more columns than declared, a required column must not be empty, a closed
     * column takes only its values, a unique column no value twice.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws DataFileException     at the first row that breaks a declaration
     */
    public static List<Row> read(String resource, Column... columns) {
        int needed = 0;
        for (int i = 0; i < columns.length; i++) {
            needed = columns[i].required() ? i + 1 : needed;
        }
        List<Map<String, Integer>> seen = new ArrayList<>();
        for (Column ignored : columns) {
            seen.add(new HashMap<>());
        }
        List<Row> rows = lines(resource);
        for (Row row : rows) {
            check(row, columns, needed, seen);
        }
        return rows;
    }

    private static void check(Row row, Column[] columns, int needed, List<Map<String, Integer>> seen) {
        if (row.values().size() < needed) {
            throw row.error("only " + row.values().size() + " of the " + needed + " required columns ("
                    + names(columns, needed) + "): '" + String.join("\\t", row.values()) + "'");
        }
        if (row.values().size() > columns.length) {
            throw row.error(row.values().size() + " columns where at most " + columns.length + " are declared ("
                    + names(columns, columns.length) + "), a stray tab? '" + String.join("\\t", row.values()) + "'");
        }
        for (int i = 0; i < row.values().size(); i++) {
            Column column = columns[i];
            String value = row.get(i);
            if (value.isEmpty()) {
                if (column.required()) {
                    throw row.error("empty " + column.name());
                }
                continue;
            }
            String problem = column.problem(value);
            if (problem != null) {
                throw row.error(problem);
            }
            Integer first = column.uniqueValues() ? seen.get(i).putIfAbsent(value, row.line()) : null;
            if (first != null) {
                throw row.error("duplicate " + column.name() + " '" + value + "' (first on line " + first + ")");
            }
        }
    }

    private static String names(Column[] columns, int count) {
        return String.join(", ", Arrays.stream(columns).limit(count).map(Column::name).toList());
    }

    /**
     * Every data row of {@code resource}, split on tabs, each a fresh array of at least {@code columns}
     * columns; trailing empty columns are kept as empty strings. Checks only the number of columns.
     *
     * @throws IllegalStateException when the resource is missing or a row has fewer columns
     */
    public static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (Row row : lines(resource)) {
            if (row.values().size() < columns) {
                throw row.error("fewer than " + columns + " columns: '" + String.join("\\t", row.values()) + "'");
            }
            rows.add(row.values().toArray(String[]::new));
        }
        return rows;
    }

    /** The words of a one-column list; a word listed twice, or a row of more columns, fails. */
    public static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (Row row : read(resource, Column.required("word").unique())) {
            words.add(row.get(0));
        }
        return Set.copyOf(words);
    }

    /** The first column of every row mapped to the second; a row without a second column or a repeated key fails. */
    public static Map<String, String> pairs(String resource) {
        return pairs(resource, Column.required("key"), Column.required("value"));
    }

    /**
     * The first column of every row mapped to the second, the rows checked against {@code key} (made unique)
     * and {@code value}: {@code pairs(file, Column.required("abbreviation"), Column.required("kind").oneOf(kinds))}.
     */
    public static Map<String, String> pairs(String resource, Column key, Column value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Row row : read(resource, key.unique(), value)) {
            pairs.put(row.get(0), row.get(1));
        }
        return Map.copyOf(pairs);
    }

    /** Every line of {@code resource} that is neither blank nor a comment, as a row of stripped columns. */
    private static List<Row> lines(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(resource, number, Arrays.stream(line.split("\t", -1)).map(String::strip).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return rows;
    }
}
