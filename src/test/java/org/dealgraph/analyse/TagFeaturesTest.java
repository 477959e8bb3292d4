package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The features' hashes made from their parts are those of the model's own generator, word by word. */
class TagFeaturesTest {

    private static POSModel pos;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TagFeaturesTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            pos = new POSModel(in);
        }
    }

    @Test
    void everyWordOfTheExampleArticlesHasTheModelsFeaturesInItsOrder() throws IOException {
        POSContextGenerator model = pos.getFactory().getPOSContextGenerator(0);
        OpenNlpAnalyser analyser = OpenNlpAnalyser.load();
        TagFeatures features = new TagFeatures();
        long[] mine = new long[TagFeatures.MOST];
        int words = 0;
        for (String text : Articles.exampleTexts()) {
            for (Sentence sentence : analyser.sentences(text)) {
                String[] tokens = TokenTagger.forTagger(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
                String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
                features.sentence(tokens);
                for (int i = 0; i < tokens.length; i++) {
                    long[] expected = Arrays.stream(model.getContext(i, tokens, tags, null))
                            .mapToLong(TagWeights::hash).toArray();
                    int count = features.at(i, tags, mine);
                    assertArrayEquals(expected, Arrays.copyOf(mine, count), tokens[i] + " in: " + sentence.text());
                    words++;
                }
            }
        }
        assertTrue(words > 5000, "words compared: " + words);
    }

    @Test
    void theShippedModelIsDescribedAndAGeneratorWithOtherFeaturesIsNot() {
        POSContextGenerator model = pos.getFactory().getPOSContextGenerator(0);
        assertTrue(TagFeatures.describe(model));
        POSContextGenerator another = (index, tokens, tags, extra) -> {
            List<String> features = new ArrayList<>(List.of(model.getContext(index, tokens, tags, extra)));
            features.add("len=" + tokens[index].length());
            return features.toArray(String[]::new);
        };
        assertFalse(TagFeatures.describe(another));
    }
}
