package org.dealgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dealgraph.cli.Main;

/**
 * A {@code dealgraph} command run in-process as the command line runs it ({@link Main#run}), with what it
 * printed. The standard streams are swapped for the run's time, so two runs must not overlap.
 */
record CommandRun(int exitCode, String out, String err) {

    /** Exit code 0: done. */
    static final int OK = 0;
    /** Exit code 3: some inputs rejected, the rest stored. */
    static final int REJECTED = 3;

    static synchronized CommandRun of(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
