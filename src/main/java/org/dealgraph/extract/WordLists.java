package org.dealgraph.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The extract stage's word lists ({@code words.tsv}): one named vocabulary a row, each kept once and read once
 * when the class loads. Asking for a name the file lacks is a bug and fails at once, naming it.
 */
final class WordLists {

    private static final Map<String, Set<String>> LISTS = load(Lexicon.BASE + "words.tsv");

    private WordLists() {
    }

    /** The words of the list {@code name}, lower case. */
    static Set<String> get(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("words.tsv has no list named " + name);
        }
        return words;
    }

    /** Whether {@code words.tsv} has a list named {@code name}. */
    static boolean has(String name) {
        return LISTS.containsKey(name);
    }

    /** The words of the list {@code name} and {@code more} besides. */
    static Set<String> get(String name, String... more) {
        Set<String> words = new LinkedHashSet<>(get(name));
        words.addAll(List.of(more));
        return Set.copyOf(words);
    }

    /** The lists of the classpath resource {@code resource} by name; a name given twice fails, naming the line. */
    static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (Row row : Lexicon.read(resource, Column.required("name").unique(), Column.required("words"))) {
            Set<String> words = new LinkedHashSet<>();
            for (List<String> phrase : Lexicon.phrases(row.get(1))) {
                words.add(String.join(" ", phrase));
            }
            lists.put(row.get(0), Set.copyOf(words));
        }
        return Map.copyOf(lists);
    }
}
