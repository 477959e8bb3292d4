package org.dealgraph.analyse;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The part-of-speech model's feature weights in flat arrays, for choosing a tag quickly. The tagger only needs the
 * order of the outcomes' scores, not their probabilities, and the order is that of the sums of the weights of the
 * features present (a uniform prior adds the same to each, and the model's exponent and normalisation keep the
 * order): {@link #score} gives those sums, as the model computes them before its exponent, without the exponent.
 *
 * <p>The model keeps its features in a hash map of strings; looking each feature of each word up there was about a
 * fifth of the analyse stage. Here a feature is found by a 64-bit hash of its text in an open-addressing table of
 * longs, and its weights are read from one array. Two features of the model with the same hash are refused when
 * the table is built (no such table is made, see {@link #of}); a feature the model lacks sharing a hash with one it
 * has is a chance of about one in 10<sup>14</sup> per lookup.
 */
final class TagWeights {

    private final long[] hashes;
    private final int[] features;
    private final int[] from;
    private final int[] outcomes;
    private final double[] weights;
    private final double prior;
    private final int mask;

    private TagWeights(long[] hashes, int[] features, int[] from, int[] outcomes, double[] weights, double prior) {
        this.hashes = hashes;
        this.features = features;
        this.from = from;
        this.outcomes = outcomes;
        this.weights = weights;
        this.prior = prior;
        this.mask = hashes.length - 1;
    }

    /**
     * The weights of {@code model}, if it is a maxent model trained by GIS (whose prior is uniform) and no two of its
     * features share a hash; empty otherwise, and the caller asks the model itself.
     */
    static java.util.Optional<TagWeights> of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return java.util.Optional.empty();
        }
        Object[] parts = gis.getDataStructures();
        Context[] contexts = (Context[]) parts[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) parts[1];
        int size = Integer.highestOneBit(Math.max(4, byFeature.size() * 3)) << 1;
        long[] hashes = new long[size];
        int[] features = new int[size];
        int[] from = new int[byFeature.size() + 1];
        int total = Arrays.stream(contexts).mapToInt(c -> c.getOutcomes().length).sum();
        int[] outcomes = new int[total];
        double[] weights = new double[total];
        int feature = 0;
        int at = 0;
        for (Map.Entry<String, Context> entry : byFeature.entrySet()) {
            long hash = hash(entry.getKey());
            int slot = (int) hash & (size - 1);
            while (hashes[slot] != 0) {
                if (hashes[slot] == hash) {
                    return java.util.Optional.empty();
                }
                slot = (slot + 1) & (size - 1);
            }
            hashes[slot] = hash;
            features[slot] = feature;
            from[feature] = at;
            Context context = entry.getValue();
            System.arraycopy(context.getOutcomes(), 0, outcomes, at, context.getOutcomes().length);
            System.arraycopy(context.getParameters(), 0, weights, at, context.getParameters().length);
            at += context.getOutcomes().length;
            feature++;
        }
        from[feature] = at;
        return java.util.Optional.of(new TagWeights(hashes, features, Arrays.copyOf(from, feature + 1),
                Arrays.copyOf(outcomes, at), Arrays.copyOf(weights, at), Math.log(1.0 / model.getNumOutcomes())));
    }

    /**
     * Writes into {@code scores} each outcome's sum: the uniform prior's logarithm plus the weights of the features
     * of {@code context} the model has for it, added in the order the model adds them.
     */
    void score(String[] context, double[] scores) {
        long[] hashes = new long[context.length];
        for (int i = 0; i < context.length; i++) {
            hashes[i] = hash(context[i]);
        }
        score(hashes, hashes.length, scores);
    }

    /** As {@link #score(String[], double[])}, for the features whose {@link #hash hashes} are the first {@code count} of {@code hashes}. */
    void score(long[] hashes, int count, double[] scores) {
        Arrays.fill(scores, prior);
        add(hashes, 0, count, scores);
    }

    /**
     * Adds to {@code scores} the weights of the features whose hashes are {@code hashes[first]} to {@code
     * hashes[end - 1]}, in that order: scores made by {@link #score} of the first features, then this with the
     * rest, are the very sums {@link #score} gives of them all.
     */
    void add(long[] hashes, int first, int end, double[] scores) {
        for (int h = first; h < end; h++) {
            long hash = hashes[h];
            for (int slot = (int) hash & mask; this.hashes[slot] != 0; slot = (slot + 1) & mask) {
                if (this.hashes[slot] == hash) {
                    int f = features[slot];
                    for (int i = from[f]; i < from[f + 1]; i++) {
                        scores[outcomes[i]] += weights[i];
                    }
                    break;
                }
            }
        }
    }

    /**
     * A 64-bit hash of the text, never 0: {@link #finish} of the text {@link #feed fed} to {@link #START}. A feature's
     * hash can so be made from its parts without joining them into a string.
     */
    static long hash(String text) {
        return finish(feed(START, text));
    }

    /** The state a hash starts from (FNV-1a's offset basis). */
    static final long START = 0xcbf29ce484222325L;

    /** The state after {@code c} (FNV-1a, one character at a time). */
    static long feed(long state, char c) {
        return (state ^ c) * 0x100000001b3L;
    }

    /** The state after the characters of {@code text}. */
    static long feed(long state, String text) {
        long h = state;
        for (int i = 0; i < text.length(); i++) {
            h = feed(h, text.charAt(i));
        }
        return h;
    }

    /** The hash of a state: mixed so that its low bits spread over the table, and never 0 (an empty slot). */
    static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
