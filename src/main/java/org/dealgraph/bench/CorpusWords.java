package org.dealgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.lexicon.Row;

/**
 * The word lists and sentence shapes of the synthetic corpus, read once from this package's data files by
 * {@link DataFile}, in file order (the corpus draws from them by index, so the order is part of the seed).
 */
final class CorpusWords {

    static final CorpusWords INSTANCE = new CorpusWords();

    private static final String BASE = "/org/dealgraph/bench/";

    final List<String> syllables = list("syllables.txt");
    final List<String> companyEndings = new ArrayList<>();
    final List<String> investorEndings = new ArrayList<>();
    final List<String> knownOrganizations = list("known-organizations.txt");
    final List<String> givenNames = list("given-names.txt");
    final List<String> titles = list("titles.txt");
    final List<String> outlets = list("outlets.txt");
    final Map<String, List<String>> shapes = new LinkedHashMap<>();
    /**
     * The kinds of sentence that state a fact, in the order of {@code sentences.tsv}: every kind there but
     * the headline and the filler.
     */
    final List<String> factKinds;

    private CorpusWords() {
        for (Row row : DataFile.read(BASE + "org-endings.txt", Column.required("ending").unique(),
                Column.required("role").oneOf(List.of("company", "investor")))) {
            (row.get(1).equals("investor") ? investorEndings : companyEndings).add(row.get(0));
        }
        for (Row row : DataFile.read(BASE + "sentences.tsv", Column.required("kind"), Column.required("shape"))) {
            shapes.computeIfAbsent(row.get(0), kind -> new ArrayList<>()).add(row.get(1));
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

    /** The entries of a one-column list, in file order; an entry listed twice fails. */
    private static List<String> list(String name) {
        return DataFile.read(BASE + name, Column.required(name.replace(".txt", "")).unique()).stream()
                .map(row -> row.get(0)).toList();
    }
}
