package org.dealgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dealgraph.rdf.Iris;

/**
 * What a run of the job is told: the inputs (paths or globs any Hadoop file system reads), the output folder
 * (which must not exist yet), the IRI base, the size limit for one file and how many partitions to read into.
 *
 * @param inputs     paths or globs of article files and folders
 * @param output     the folder the three outputs go under
 * @param base       the IRI base resources are minted under, as a store's {@code --base}
 * @param maxBytes   the largest file read, as ingest's {@code --max-bytes}
 * @param partitions how many partitions the files are packed into, of about equal bytes; 0 for four per core of
 *                   the cluster
 */
public record JobSettings(List<String> inputs, String output, String base, long maxBytes, int partitions)
        implements Serializable {

    /** The size limit unless told otherwise, as ingest's: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    static final String USAGE = "usage: ArticleJob --out DIR [--base IRI] [--max-bytes N] [--partitions N] INPUT...";

    public JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(base, "base");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given: name at least one path or glob; " + USAGE);
        }
        new Iris(base);
        if (maxBytes < 1 || partitions < 0) {
            throw new IllegalArgumentException("--max-bytes must be at least 1 and --partitions at least 0: "
                    + maxBytes + ", " + partitions);
        }
    }

    /** Settings with the default base, size limit and partitions. */
    public static JobSettings of(List<String> inputs, String output) {
        return new JobSettings(inputs, output, Iris.DEFAULT_BASE, DEFAULT_MAX_BYTES, 0);
    }

    /**
     * The settings {@code args} give.
     *
     * @throws IllegalArgumentException naming the option, the value and what is expected
     */
    public static JobSettings parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String base = Iris.DEFAULT_BASE;
        long maxBytes = DEFAULT_MAX_BYTES;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> output = value(args, ++i, arg);
                case "--base" -> base = value(args, ++i, arg);
                case "--max-bytes" -> maxBytes = number(value(args, ++i, arg), arg);
                case "--partitions" -> partitions = (int) number(value(args, ++i, arg), arg);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--out is missing: name a folder that does not exist yet; " + USAGE);
        }
        return new JobSettings(inputs, output, base, maxBytes, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a whole number; " + USAGE, e);
        }
    }
}
