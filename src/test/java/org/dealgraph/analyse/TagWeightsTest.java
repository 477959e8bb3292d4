package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat weights give the part-of-speech model's own scores, before its exponent. */
class TagWeightsTest {

    private static POSModel pos;
    private static MaxentModel model;
    private static TagWeights weights;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TagWeightsTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            pos = new POSModel(in);
        }
        model = pos.getArtifact("pos.model");
        Optional<TagWeights> built = TagWeights.of(model);
        assertTrue(built.isPresent(), "the shipped model is a GIS model whose features all have distinct hashes");
        weights = built.get();
    }

    @Test
    void theScoresNormalisedAreTheModelsProbabilitiesAtEveryWord() {
        String text = "Orbital Compute, a chip startup based in Leeds, said on Tuesday it had raised $40 million "
                + "in a Series B round led by Harrow Capital. Its chief executive, Mina Okafor, declined to comment.";
        POSContextGenerator contexts = pos.getFactory().getPOSContextGenerator(1);
        int compared = 0;
        for (Sentence sentence : OpenNlpAnalyser.load().sentences(text)) {
            String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] features = contexts.getContext(i, words, tags, null);
                double[] expected = model.eval(features);
                double[] scores = new double[model.getNumOutcomes()];
                weights.score(features, scores);
                double[] probabilities = normalised(scores);
                for (int o = 0; o < expected.length; o++) {
                    assertEquals(expected[o], probabilities[o], 1e-12, words[i] + " " + model.getOutcome(o));
                }
                tags[i] = model.getBestOutcome(expected);
                compared++;
            }
        }
        assertTrue(compared > 30, "words compared: " + compared);
    }

    @Test
    void aFeatureTheModelLacksAddsNothing() {
        double[] scores = new double[model.getNumOutcomes()];
        weights.score(new String[] {"w=qzxvwplk-not-a-word", "suf=qzxv"}, scores);
        double prior = Math.log(1.0 / model.getNumOutcomes());
        assertTrue(Arrays.stream(scores).allMatch(score -> score == prior), Arrays.toString(scores));
    }

    private static double[] normalised(double[] scores) {
        double[] exp = Arrays.stream(scores).map(StrictMath::exp).toArray();
        double sum = Arrays.stream(exp).sum();
        return Arrays.stream(exp).map(e -> e / sum).toArray();
    }
}
