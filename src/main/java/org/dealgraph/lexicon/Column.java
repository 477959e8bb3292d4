package org.dealgraph.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * One column of a data file as its loader declares it: its name (for error messages), whether a row must
 * fill it, the closed set of values it takes (or none, for free text), whether it holds a list of such
 * values and the separator between them, and whether its values must be unique across the file's rows.
 *
 * <p>Columns are declared with {@link #required} or {@link #optional} and refined with {@link #oneOf},
 * {@link #eachOf} and {@link #unique}; each refinement gives a new column.
 *
 * @param name      the column's name as the file's comment names it ("form", "code", "type")
 * @param required  whether every row must have a non-empty value here
 * @param allowed   the values it takes, or empty for free text
 * @param separator the separator of a list of values ("," or "|"), or empty for a single value
 * @param uniqueValues whether no two rows may have the same value here
 */
public record Column(String name, boolean required, Set<String> allowed, String separator, boolean uniqueValues) {

    public Column {
        allowed = Set.copyOf(allowed);
    }

    /** A column that every row fills. */
    public static Column required(String name) {
        return new Column(name, true, Set.of(), "", false);
    }

    /** A column that a row may leave empty or leave out (when it is at the end). */
    public static Column optional(String name) {
        return new Column(name, false, Set.of(), "", false);
    }

    /** This column, taking only the given values. */
    public Column oneOf(Collection<String> values) {
        return new Column(name, required, Set.copyOf(values), separator, uniqueValues);
    }

    /** This column, taking only the names of the constants of {@code type} ({@code UP_TO}, {@code AT_LEAST}). */
    public <E extends Enum<E>> Column oneOf(Class<E> type) {
        return oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** This column, holding a list of values separated by {@code separator}, each one of {@code values}. */
    public Column eachOf(String separator, Collection<String> values) {
        return new Column(name, required, Set.copyOf(values), separator, uniqueValues);
    }

    /** This column, whose values no two rows may share. */
    public Column unique() {
        return new Column(name, required, allowed, separator, true);
    }

    /** Whether the column takes a closed set of values. */
    public boolean closed() {
        return !allowed.isEmpty();
    }

    /** The problem with {@code value} in this column, or null when it is fine; empty values are checked elsewhere. */
    String problem(String value) {
        if (!closed()) {
            return null;
        }
        if (separator.isEmpty()) {
            return allowed.contains(value) ? null : unknown(value);
        }
        for (String item : value.split(java.util.regex.Pattern.quote(separator), -1)) {
            if (!allowed.contains(item.strip())) {
                return unknown(item.strip());
            }
        }
        return null;
    }

    private String unknown(String value) {
        return "unknown " + name + " '" + value + "' (expected one of: " + String.join(", ", new TreeSet<>(allowed))
                + ")";
    }
}
