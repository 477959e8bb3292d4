package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases are found by their first and by their last word, at the positions of the list they came in. */
class PhraseIndexTest {

    private final PhraseIndex<List<String>> index = new PhraseIndex<>(List.of(
            List.of("in", "talks"), List.of("called", "off"), List.of("talks"), List.of("in", "early", "talks")),
            phrase -> phrase);

    @Test
    void findsThePhrasesThatStartWithAWordInListOrder() {
        assertEquals(List.of(List.of("in", "talks"), List.of("in", "early", "talks")), found(true, "in"));
        assertEquals(List.of(List.of("talks")), found(true, "talks"));
    }

    @Test
    void findsThePhrasesThatEndWithAWordInListOrder() {
        assertEquals(List.of(List.of("in", "talks"), List.of("talks"), List.of("in", "early", "talks")),
                found(false, "talks"));
        assertEquals(List.of(List.of("called", "off")), found(false, "off"));
    }

    @Test
    void aWordNoPhraseStartsOrEndsWithFindsNone() {
        assertTrue(found(true, "early").isEmpty());
        assertTrue(found(false, "called").isEmpty());
    }

    private List<List<String>> found(boolean first, String word) {
        BitSet at = new BitSet();
        if (first) {
            index.startingWith(word, at);
        } else {
            index.endingWith(word, at);
        }
        List<List<String>> out = new ArrayList<>();
        at.stream().forEach(k -> out.add(index.get(k)));
        return out;
    }
}
