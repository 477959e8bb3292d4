package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kept splits against the tokenizer asked anew each time. */
class WordSplitsTest {

    private static TokenizerModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WordSplitsTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = TokenTagger.wholeAlphanumericRuns(new TokenizerModel(in));
        }
    }

    @Test
    void everyRunOfTheExamplesSplitsAsTheTokenizerSplitsItTheFirstTimeAndTheNext() throws IOException {
        WordSplits splits = new WordSplits(model);
        TokenizerME asked = new TokenizerME(model);
        List<String> runs = new ArrayList<>();
        for (String text : Articles.exampleTexts()) {
            for (Span run : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
                runs.add(run.getCoveredText(text).toString());
            }
        }
        int split = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String run : runs) {
                int[] expected = starts(asked.tokenizePos(run));
                assertArrayEquals(expected, splits.of(run), run);
                split += expected.length > 0 ? 1 : 0;
            }
        }
        assertTrue(runs.size() > 3000, "the examples give enough runs: " + runs.size());
        assertTrue(split > 500, "many runs are split (punctuation, possessives): " + split);
    }

    @Test
    void capitalisedWordsJoinedByHyphensStayOneName() {
        WordSplits splits = new WordSplits(model);
        assertArrayEquals(new int[0], splits.of("T-Systems"));
        assertArrayEquals(new int[0], splits.of("Varga-Holm"));
        assertArrayEquals(new int[] {11}, splits.of("Rolls-Royce's"));
        assertArrayEquals(new int[] {9}, splits.of("T-Systems,"));
    }

    @Test
    void answersStayRightWhenTheStoreOfRunsFillsAndStartsAfresh() {
        WordSplits splits = new WordSplits(model);
        TokenizerME asked = new TokenizerME(model);
        for (int i = 0; i < 40_000; i++) {
            String run = "(Q" + i + "),";
            assertArrayEquals(starts(asked.tokenizePos(run)), splits.of(run), run);
        }
        assertArrayEquals(starts(asked.tokenizePos("(Q1234),")), splits.of("(Q1234),"), "asked again after the store started afresh");
        assertTrue(splits.of("(Q1234),").length >= 2, "the brackets and the comma come off");
        assertEquals(0, splits.of("OpenAI2").length, "a run of ASCII letters and digits stays whole");
    }

    private static int[] starts(Span[] tokens) {
        int[] starts = new int[Math.max(0, tokens.length - 1)];
        for (int i = 1; i < tokens.length; i++) {
            starts[i - 1] = tokens[i].getStart();
        }
        return starts;
    }
}
