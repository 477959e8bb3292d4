package org.dealgraph.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the kind files on the class path: every resource {@value #INDEX} (the jar ships one, and any folder
 * or jar added to the class path may bring its own) lists kind files, one name a line, that stand beside it.
 * Read once, when {@link FactKind} loads; the one reading this package does.
 */
final class KindFiles {

    /** The index of kind files in a class path root. */
    static final String INDEX = "org/dealgraph/kinds/index.txt";

    private KindFiles() {
    }

    /** The kinds of every index on the class path, in the order of the roots and of each index. */
    static List<KindDefinition> onClassPath() {
        ClassLoader loader = KindFiles.class.getClassLoader();
        List<KindDefinition> all = new ArrayList<>();
        try {
            for (URL index : Collections.list(loader.getResources(INDEX))) {
                for (String name : names(index)) {
                    URL file = new URL(index, name);
                    try (InputStream in = file.openStream()) {
                        all.add(new KindFileReader(name).read(new InputStreamReader(in, StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kind files of the class path", e);
        }
        return all;
    }

    /** The file names an index lists; {@code #} starts a comment. */
    private static List<String> names(URL index) throws IOException {
        List<String> names = new ArrayList<>();
        String[] lines;
        try (InputStream in = index.openStream()) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        }
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].replaceFirst("#.*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.matches("[a-z0-9][a-z0-9-]*\\.yaml")) {
                throw new KindFileException(INDEX + " line " + (i + 1), "'" + name + "' is no kind file name such as lawsuit.yaml");
            }
            names.add(name);
        }
        return names;
    }
}
