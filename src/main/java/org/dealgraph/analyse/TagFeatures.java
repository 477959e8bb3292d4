package org.dealgraph.analyse;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the part-of-speech model weighs at a word, given as the {@link TagWeights#hash hashes} its weights
 * are found by, without writing out their text. The model's own generator (described in the model) builds some
 * twenty strings per word, lower-casing each word of a five-word window anew at every word; that was a quarter
 * of the analyse stage. Here each word is read once per sentence, and a feature's hash is made from its parts.
 *
 * <p>The features, in the model's order: {@code def}; the word's suffixes and prefixes of one to four characters
 * ({@code suf=}, {@code pre=}); the lower-cased word and the two words before and after it ({@code w=},
 * {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=}); whether it or one of the two words before it begins
 * the sentence ({@code S=begin}, {@code p1S=begin}, {@code p2S=begin}); its class of characters and the word
 * with its class ({@code wc=}, {@code w&c=}); the tags of the words before it ({@code t=}, {@code t2=}).
 * {@link #describe} checks on sample sentences that the model's generator gives exactly these, so a model with
 * another description of its features is read the slow way.
 *
 * <p>One instance per thread: it keeps the current sentence's word hashes.
 */
final class TagFeatures {

    /** The most features one word has. */
    static final int MOST = 24;
    private static final int AFFIX = 4;
    private static final long DEF = TagWeights.hash("def");
    private static final long[] BEGINS = {TagWeights.hash("S=begin"), TagWeights.hash("p1S=begin"),
        TagWeights.hash("p2S=begin")};
    private static final long SUFFIX = TagWeights.feed(TagWeights.START, "suf=");
    private static final long PREFIX = TagWeights.feed(TagWeights.START, "pre=");
    private static final long WORD = TagWeights.feed(TagWeights.START, "w=");
    private static final long BEFORE_1 = TagWeights.feed(TagWeights.START, "p1w=");
    private static final long BEFORE_2 = TagWeights.feed(TagWeights.START, "p2w=");
    private static final long AFTER_1 = TagWeights.feed(TagWeights.START, "n1w=");
    private static final long AFTER_2 = TagWeights.feed(TagWeights.START, "n2w=");
    private static final long CLASS = TagWeights.feed(TagWeights.START, "wc=");
    private static final long WORD_AND_CLASS = TagWeights.feed(TagWeights.START, "w&c=");
    private static final long TAG = TagWeights.feed(TagWeights.START, "t=");
    private static final long TWO_TAGS = TagWeights.feed(TagWeights.START, "t2=");
    /** Sentences the features are compared on against the model's generator: cases, digits, signs, accents. */
    private static final List<String[]> SAMPLES = List.of(
            "Orbital Compute , a Leeds-based startup , said on Tuesday it raised $ 40 million from İnci Ventures ."
                    .split(" "),
            "The U.S. chipmaker 's shares ( NASDAQ : ORBC ) rose 3.5 % to € 12,40 after Ångström AG 's deal ."
                    .split(" "),
            new String[] {"A"}, new String[] {"ok", "?"}, new String[] {"ΣΑΣ", "x9", "--", "Straße", "e-mail"});

    private String[] words = new String[0];
    private long[] word = new long[0];
    private long[] before1 = new long[0];
    private long[] before2 = new long[0];
    private long[] after1 = new long[0];
    private long[] after2 = new long[0];
    private long[] wordClass = new long[0];
    private long[] wordAndClass = new long[0];

    /** Whether these features are exactly those {@code model} generates, in its order, on the sample sentences. */
    static boolean describe(POSContextGenerator model) {
        TagFeatures features = new TagFeatures();
        long[] mine = new long[MOST];
        for (String[] sentence : SAMPLES) {
            String[] tags = new String[sentence.length];
            features.sentence(sentence);
            for (int i = 0; i < sentence.length; i++) {
                String[] theirs = model.getContext(i, sentence, tags, null);
                int count = features.at(i, tags, mine);
                long[] expected = Arrays.stream(theirs).mapToLong(TagWeights::hash).toArray();
                if (!Arrays.equals(expected, Arrays.copyOf(mine, count))) {
                    return false;
                }
                tags[i] = i % 2 == 0 ? "NOUN" : "VERB";
            }
        }
        return true;
    }

    /** Reads the words of the next sentence. */
    void sentence(String[] sentence) {
        words = sentence;
        int n = sentence.length;
        if (word.length < n) {
            int size = Math.max(n, word.length * 2);
            word = new long[size];
            before1 = new long[size];
            before2 = new long[size];
            after1 = new long[size];
            after2 = new long[size];
            wordClass = new long[size];
            wordAndClass = new long[size];
        }
        for (int i = 0; i < n; i++) {
            String text = sentence[i];
            long w = WORD;
            long b1 = BEFORE_1;
            long b2 = BEFORE_2;
            long a1 = AFTER_1;
            long a2 = AFTER_2;
            long wc = WORD_AND_CLASS;
            for (int c = 0; c < text.length(); c++) {
                char lower = Character.toLowerCase(text.charAt(c));
                w = TagWeights.feed(w, lower);
                b1 = TagWeights.feed(b1, lower);
                b2 = TagWeights.feed(b2, lower);
                a1 = TagWeights.feed(a1, lower);
                a2 = TagWeights.feed(a2, lower);
                wc = TagWeights.feed(wc, lower);
            }
            String shape = FeatureGeneratorUtil.tokenFeature(text);
            word[i] = TagWeights.finish(w);
            before1[i] = TagWeights.finish(b1);
            before2[i] = TagWeights.finish(b2);
            after1[i] = TagWeights.finish(a1);
            after2[i] = TagWeights.finish(a2);
            wordClass[i] = TagWeights.finish(TagWeights.feed(CLASS, shape));
            wordAndClass[i] = TagWeights.finish(TagWeights.feed(TagWeights.feed(wc, ','), shape));
        }
    }

    /**
     * Writes the hashes of the features of word {@code i} of the current sentence into {@code into} (of at least
     * {@link #MOST} places), given the tags of the words before it; returns how many.
     */
    int at(int i, String[] tags, long[] into) {
        return around(i, tags, into, own(i, into));
    }

    /**
     * Writes the hashes of the features that word {@code i} gives whatever its neighbours ({@code def}, its
     * affixes and itself, the first of its features) into {@code into}; returns how many.
     */
    int own(int i, long[] into) {
        String text = words[i];
        int n = 0;
        into[n++] = DEF;
        int affixes = Math.min(AFFIX, text.length());
        for (int length = 1; length <= affixes; length++) {
            long suffix = SUFFIX;
            for (int c = text.length() - length; c < text.length(); c++) {
                suffix = TagWeights.feed(suffix, text.charAt(c));
            }
            into[n++] = TagWeights.finish(suffix);
        }
        long prefix = PREFIX;
        for (int length = 1; length <= affixes; length++) {
            prefix = TagWeights.feed(prefix, text.charAt(length - 1));
            into[n++] = TagWeights.finish(prefix);
        }
        into[n++] = word[i];
        return n;
    }

    /**
     * Writes the hashes of the rest of word {@code i}'s features, those of its neighbours, its place and the tags
     * before it, into {@code into} from place {@code n}; returns where they end.
     */
    int around(int i, String[] tags, long[] into, int from) {
        int n = from;
        if (i >= 1) {
            into[n++] = before1[i - 1];
        }
        if (i >= 2) {
            into[n++] = before2[i - 2];
        }
        if (i + 1 < words.length) {
            into[n++] = after1[i + 1];
        }
        if (i + 2 < words.length) {
            into[n++] = after2[i + 2];
        }
        if (i < BEGINS.length) {
            into[n++] = BEGINS[i];
        }
        into[n++] = wordClass[i];
        into[n++] = wordAndClass[i];
        if (i >= 1 && tags[i - 1] != null) {
            into[n++] = TagWeights.finish(TagWeights.feed(TAG, tags[i - 1]));
        }
        if (i >= 2 && tags[i - 2] != null) {
            long two = TagWeights.feed(TagWeights.feed(TWO_TAGS, tags[i - 2]), ',');
            into[n++] = TagWeights.finish(TagWeights.feed(two, String.valueOf(tags[i - 1])));
        }
        return n;
    }
}
