package org.dealgraph.lexicon;

/**
 * A data file that does not hold what its loader declares: a short row, a stray tab, an empty required
 * column, an unknown value in a closed column, a repeated key. The message names the resource, the 1-based
 * line and the offending value: {@code /org/dealgraph/analyse/calendar.tsv line 7: unknown kind 'mnth'
 * (expected one of: month, weekday)}. A packaging bug: it fails the stage that loads the file.
 */
public final class DataFileException extends IllegalStateException {

    private final String resource;
    private final int line;

    DataFileException(String resource, int line, String problem) {
        super(resource + " line " + line + ": " + problem);
        this.resource = resource;
        this.line = line;
    }

    /** The classpath resource that holds the bad line. */
    public String resource() {
        return resource;
    }

    /** The 1-based number of the bad line. */
    public int line() {
        return line;
    }
}
