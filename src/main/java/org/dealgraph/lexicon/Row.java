package org.dealgraph.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One data row of a data file: the resource it comes from, its 1-based line number and its columns, each
 * stripped of surrounding blanks. A loader that finds a problem the declared columns cannot express (a
 * number out of range, a name another file must know) reports it with {@link #error}, naming the place.
 *
 * @param resource the classpath resource, as given to {@link DataFile}
 * @param line     the 1-based line number in the resource
 * @param values   the columns of the row, as many as the line holds
 */
public record Row(String resource, int line, List<String> values) {

    public Row {
        values = List.copyOf(values);
    }

    /** Column {@code column} (0-based), or "" when the row is shorter. */
    public String get(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    /** Whether column {@code column} holds a non-empty value. */
    public boolean has(int column) {
        return !get(column).isEmpty();
    }

    /** The items of a list column, split on {@code separator} and stripped; none for an empty column. */
    public List<String> items(int column, String separator) {
        String value = get(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(Pattern.quote(separator), -1)).map(String::strip).toList();
    }

    /** Column {@code column} as a whole number between {@code min} and {@code max}; anything else is an error. */
    public int number(int column, String name, int min, int max) {
        String value = get(column);
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw badNumber(name, value, min, max);
        }
        if (n < min || n > max) {
            throw badNumber(name, value, min, max);
        }
        return n;
    }

    private DataFileException badNumber(String name, String value, int min, int max) {
        return error("bad " + name + " '" + value + "' (expected a whole number from " + min + " to " + max + ")");
    }

    /** An error about this row: its message starts with the resource and the line. */
    public DataFileException error(String message) {
        return new DataFileException(resource, line, message);
    }
}
