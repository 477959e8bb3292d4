package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extract stage's word lists come from {@code words.tsv}, each by its name. */
class WordListsTest {

    @Test
    void readsAListWithPunctuationAndQuotes() {
        Set<String> breaks = WordLists.get("clause-breaks");
        assertTrue(breaks.containsAll(Set.of(";", "—", "\"", "“", "however")), breaks.toString());
    }

    @Test
    void addsWordsToAList() {
        assertEquals(WordLists.get("include-words").size() + 1, WordLists.get("include-words", ",").size());
    }

    @Test
    void anUnknownListNameFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.get("clause-brakes"));
        assertTrue(e.getMessage().contains("clause-brakes"), e.getMessage());
    }
}
