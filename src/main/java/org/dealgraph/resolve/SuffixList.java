package org.dealgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads {@code org-suffixes.txt}, the corporate suffixes that keys ignore. A missing file fails loudly. */
final class SuffixList {

    private static final String FILE = "/org/dealgraph/resolve/org-suffixes.txt";

    private SuffixList() {
    }

    static Set<String> read() {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = SuffixList.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon on the classpath: " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Set.copyOf(words);
    }
}
