package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CueTest {

    @Test
    void loadsEveryCueFromTheDataFile() {
        // the first use reads cue-words.tsv, which fails when a cue has no list there
        assertTrue(Cue.LIST_LINK.has("and"));
        assertTrue(Cue.LIST_LINK.has(","));
        assertTrue(Cue.POSSESSIVE.has("’s"));
    }

    @Test
    void wordsMatchExactlyAsWritten() {
        assertTrue(Cue.HOLDING.has("Shares"));
        assertFalse(Cue.DEAL_NOUN.has("Deal"), "deal nouns are compared in lower case by their caller");
        assertFalse(Cue.LIST_LINK.has(" and"));
    }
}
