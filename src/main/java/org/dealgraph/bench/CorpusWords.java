package org.dealgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The word lists and sentence shapes of the synthetic corpus, read once from this package's data files. */
final class CorpusWords {

    static final CorpusWords INSTANCE = new CorpusWords();

    final List<String> syllables = lines("syllables.txt");
    final List<String> companyEndings = new ArrayList<>();
    final List<String> investorEndings = new ArrayList<>();
    final List<String> knownOrganizations = lines("known-organizations.txt");
    final List<String> givenNames = lines("given-names.txt");
    final List<String> titles = lines("titles.txt");
    final List<String> outlets = lines("outlets.txt");
    final Map<String, List<String>> shapes = new LinkedHashMap<>();
    /**
     * The kinds of sentence that state a fact, in the order of {@code sentences.tsv}: every kind there but
     * the headline and the filler.
     */
    final List<String> factKinds;

    private CorpusWords() {
        for (String line : lines("org-endings.txt")) {
            String[] columns = line.split("\t");
            (columns[1].equals("investor") ? investorEndings : companyEndings).add(columns[0]);
        }
        for (String line : lines("sentences.tsv")) {
            String[] columns = line.split("\t", 2);
            shapes.computeIfAbsent(columns[0], kind -> new ArrayList<>()).add(columns[1]);
        }
        factKinds = shapes.keySet().stream().filter(k -> !k.equals("headline") && !k.equals("filler")).toList();
    }

    /** The shapes of sentences of {@code kind}. */
    List<String> shapes(String kind) {
        List<String> found = shapes.get(kind);
        if (found == null) {
            throw new IllegalStateException("sentences.tsv has no sentence of kind " + kind);
        }
        return found;
    }

    private static List<String> lines(String name) {
        try (InputStream in = CorpusWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/dealgraph/bench/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
