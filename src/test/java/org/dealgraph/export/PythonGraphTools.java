package org.dealgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Python graph libraries an analyst opens dealgraph's exports with (NetworkX, igraph), run through the
 * loader script {@code load_graph.py}. The interpreter is the first of {@code python3} on the path and the
 * system's own that imports the library: Debian's python3-networkx and python3-igraph go to the latter, which
 * a python3 of one's own (pyenv, a virtual environment) does not see.
 */
final class PythonGraphTools {

    private static final List<String> INTERPRETERS = List.of("python3", "/usr/bin/python3");

    private PythonGraphTools() {
    }

    /** The first interpreter that imports {@code module}, if any does. */
    static Optional<String> interpreterWith(String module) {
        for (String python : INTERPRETERS) {
            try {
                Process check = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // no such interpreter: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Runs the loader with {@code python} on {@code file}; its JSON answer, or a failure with what it printed. */
    static String load(String python, String library, String format, Path file, Path scratch) throws Exception {
        Path script = scratch.resolve("load_graph.py");
        try (InputStream in = PythonGraphTools.class.getResourceAsStream("load_graph.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path err = scratch.resolve(library + "-" + format + ".err");
        Process run = new ProcessBuilder(python, script.toString(), library, format, file.toString())
                .redirectError(err.toFile()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(120, TimeUnit.SECONDS) || run.exitValue() != 0) {
            throw new AssertionError(library + " could not read the " + format + " export: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return out;
    }
}
