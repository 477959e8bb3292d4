package org.dealgraph.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The phrases of a lexicon (cues, contexts, references), each with its words in lower case, found by their
 * first or last word: a chunk is then matched only against the phrases that can start or end at it, not
 * against every phrase of the lexicon. Positions are those of the list given, so that a caller that prefers
 * the earlier of two equal phrases still gets it. Immutable.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    private final List<T> items;
    private final Map<String, BitSet> byFirst = new HashMap<>();
    private final Map<String, BitSet> byLast = new HashMap<>();

    PhraseIndex(List<T> items, Function<T, List<String>> words) {
        this.items = List.copyOf(items);
        for (int k = 0; k < this.items.size(); k++) {
            List<String> w = words.apply(this.items.get(k));
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.get(0), x -> new BitSet()).set(k);
                byLast.computeIfAbsent(w.get(w.size() - 1), x -> new BitSet()).set(k);
            }
        }
    }

    /** Marks in {@code into} the positions of the phrases whose first word is {@code word}. */
    void startingWith(String word, BitSet into) {
        BitSet found = byFirst.get(word);
        if (found != null) {
            into.or(found);
        }
    }

    /** Marks in {@code into} the positions of the phrases whose last word is {@code word}. */
    void endingWith(String word, BitSet into) {
        BitSet found = byLast.get(word);
        if (found != null) {
            into.or(found);
        }
    }

    /** The phrase at position {@code k}. */
    T get(int k) {
        return items.get(k);
    }
}
