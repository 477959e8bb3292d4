package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Tokenizes a sentence with OpenNLP's tokenizer and tags each token with its Universal Dependencies part of
 * speech. The tokenizer's tokens are refined first, the way the tagger's training data is tokenized: a
 * possessive "'s" becomes a token of its own ("OpenAI" + "'s"), so does the bare apostrophe after a word
 * ending in "s" before a lower-case word ("investors" + "'" + "money"; before a capital it stays on its word,
 * which may be inside a name: "Teachers' Venture Growth", unless the word ends organizations' names: "Lumora
 * Systems' Tessvault unit"), and so does a leading currency symbol
 * ("£" + "29bn"); a full stop split off initials ("D.K" + ".") is joined back to them, and one the tokenizer
 * left on the sentence's last word is split off unless the word is a known abbreviation ("Marr." becomes
 * "Marr" + ".", "Inc." stays whole). Curly quotes are shown to the tagger as straight ones. Thread-safe.
 *
 * <p>Three choices keep this fast without changing what it finds on news text. The tokenizer leaves a run of
 * plain letters and digits whole instead of asking its model about every character in it (the model would
 * only ever split such runs at a capital inside a word, as in "VentureTech", which is a name and stays
 * one token), and each run it does ask about is asked once per thread while it stays in {@link WordSplits}'s
 * bounded store. The tagger keeps only the best sequence so far (a beam of one) where the model's default is
 * three: on our test articles the tags are the same, at half the cost. It compares the outcomes by their
 * summed feature weights, read from flat arrays ({@link TagWeights}), instead of asking the model for
 * probabilities through its map of feature strings, and makes the features' hashes from each word's parts
 * ({@link TagFeatures}) instead of writing their text: the order of the outcomes, and so the tag, is the same.
 */
final class TokenTagger {

    /** The currency symbols split off the number they open ("£" + "29bn"): those of {@code currencies.tsv}. */
    private static final String CURRENCY_SYMBOLS = Currencies.symbols();
    /** The longest run without spaces given to the tokenizer in one piece. */
    private static final int LONGEST_RUN = 256;
    private static final Pattern NAME_PREFIX = Pattern.compile("al|el|ad|ar|as|ash|at|az|bin|ibn|abu");
    private static final Pattern GIVEN_SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}");
    private static final Pattern SECOND_SYLLABLE = Pattern.compile("-\\p{Ll}{2,4}");
    private static final Pattern HALF_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}-");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
    /** A word of letters (a hyphen inside) ending with its full stop, unlike initials ("U.S.") or numbers. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*\\.");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("^[A-Za-z0-9]+$");
    /** The name of the part-of-speech model's classifier in OpenNLP's model package. */
    private static final String POS_CLASSIFIER = "pos.model";

    private final ThreadLocal<WordSplits> wordSplits;
    private final ThreadLocal<Tagger> tagger;
    private final Set<String> abbreviations;
    /** Words that end organizations' names: their bare apostrophe is a possessive before a capital too. */
    private final Set<String> nameEnds;

    TokenTagger(TokenizerModel tokens, POSModel pos, Set<String> nameEnds) {
        TokenizerModel wholeRuns = wholeAlphanumericRuns(tokens);
        MaxentModel classifier = pos.getArtifact(POS_CLASSIFIER);
        if (classifier == null) {
            throw new IllegalStateException("the part-of-speech model has no " + POS_CLASSIFIER + " classifier");
        }
        POSTaggerFactory factory = pos.getFactory();
        this.wordSplits = ThreadLocal.withInitial(() -> new WordSplits(wholeRuns));
        Optional<TagWeights> weights = TagWeights.of(classifier);
        boolean hashed = weights.isPresent() && TagFeatures.describe(factory.getPOSContextGenerator(0));
        this.tagger = ThreadLocal.withInitial(() -> new Tagger(classifier, weights,
                hashed ? Optional.of(new TagFeatures()) : Optional.empty(), factory.getPOSContextGenerator(0),
                closedAuxiliaries(factory.getSequenceValidator())));
        this.abbreviations = SentenceSplitter.abbreviations().keySet();
        this.nameEnds = Set.copyOf(nameEnds);
    }

    /**
     * The model's own validator, which also keeps the tag AUX to the closed class of auxiliaries ({@link
     * Cue#AUXILIARY}): the model gives it now and then to a noun it does not know ("its cloud arm"), and then tags
     * the next words as if a verb came before them.
     */
    static SequenceValidator<String> closedAuxiliaries(SequenceValidator<String> model) {
        return (i, words, tags, tag) -> (!tag.equals("AUX") || Cue.AUXILIARY.has(words[i].toLowerCase(Locale.ROOT)))
                && model.validSequence(i, words, tags, tag);
    }

    /** The tokenizer model with its classifier, told to leave runs of letters and digits whole. */
    static TokenizerModel wholeAlphanumericRuns(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), null,
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, LETTERS_AND_DIGITS));
    }

    /**
     * One thread's part-of-speech decoder: at each word, the classifier's most likely tag that the model's
     * validator accepts, given the tags chosen before it (a beam of one). It runs in time linear in the
     * sentence's length: OpenNLP's own beam search copies the sequence so far at every word, which makes a
     * sentence of tens of thousands of tokens (a table, or hostile input) take seconds to minutes. The tags
     * are those that search chooses.
     */
    private record Tagger(MaxentModel model, Optional<TagWeights> weights, Optional<TagFeatures> hashed,
                          POSContextGenerator context, SequenceValidator<String> validator,
                          Map<String, double[]> ownScores) {

        /** How many words' own scores a thread keeps before it starts afresh. */
        private static final int MOST_KEPT = 1 << 14;

        Tagger(MaxentModel model, Optional<TagWeights> weights, Optional<TagFeatures> hashed,
               POSContextGenerator context, SequenceValidator<String> validator) {
            this(model, weights, hashed, context, validator, new HashMap<>());
        }

        String[] tag(String[] words) {
            String[] tags = new String[words.length];
            double[] scores = new double[model.getNumOutcomes()];
            long[] features = new long[TagFeatures.MOST];
            hashed.ifPresent(f -> f.sentence(words));
            for (int i = 0; i < words.length; i++) {
                if (hashed.isPresent()) {
                    scoreHashed(words, i, tags, features, scores);
                } else if (weights.isPresent()) {
                    weights.get().score(context.getContext(i, words, tags, null), scores);
                } else {
                    model.eval(context.getContext(i, words, tags, null), scores);
                }
                tags[i] = best(i, words, tags, scores);
            }
            return tags;
        }

        /**
         * The scores of word {@code i} from its hashed features. The sums of a word's own features (its affixes and
         * itself, the first the model adds) are kept per word, since news text repeats its words: the rest are added
         * to a copy of them, in the model's order, which gives the same sums as adding them all.
         */
        private void scoreHashed(String[] words, int i, String[] tags, long[] features, double[] scores) {
            TagWeights w = weights.orElseThrow();
            TagFeatures f = hashed.orElseThrow();
            double[] own = ownScores.get(words[i]);
            if (own == null) {
                w.score(features, f.own(i, features), scores);
                if (ownScores.size() >= MOST_KEPT) {
                    ownScores.clear();
                }
                ownScores.put(words[i], scores.clone());
            } else {
                System.arraycopy(own, 0, scores, 0, scores.length);
            }
            w.add(features, 0, f.around(i, tags, features, 0), scores);
        }

        /** The valid outcome of the highest score; the highest of all when none is valid, as the search does. */
        private String best(int i, String[] words, String[] tags, double[] scores) {
            int chosen = -1;
            int first = -1;
            for (int o = 0; o < scores.length; o++) {
                if (first < 0 || scores[o] > scores[first]) {
                    first = o;
                }
                if ((chosen < 0 || scores[o] > scores[chosen]) && validator.validSequence(i, words, tags,
                        model.getOutcome(o))) {
                    chosen = o;
                }
            }
            return model.getOutcome(chosen >= 0 ? chosen : first);
        }
    }

    /** The tokens of the sentence at {@code sentence} in {@code text}, with spans into {@code text}. */
    List<Token> tag(String text, Span sentence) {
        String s = sentence.of(text);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenize(s)) {
            if (closesInitials(s, spans, t.getStart(), t.getEnd()) || endsGivenName(s, spans, t.getStart(), t.getEnd())
                    || continuesPrefixedName(s, spans, t.getStart(), t.getEnd())
                    || continuesCoWord(s, spans, t.getStart(), t.getEnd())
                    || continuesWebName(s, spans, t.getStart(), t.getEnd())) {
                Span last = spans.remove(spans.size() - 1);
                spans.add(new Span(last.start(), t.getEnd()));
            } else {
                refine(s, t.getStart(), t.getEnd(), spans);
            }
        }
        splitFinalStop(s, spans);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).of(s);
        }
        String[] tags = tagger.get().tag(forTagger(words));
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span at = new Span(sentence.start() + spans.get(i).start(), sentence.start() + spans.get(i).end());
            boolean possessive = words[i].length() == 2 && isApostrophe(words[i].charAt(0)) && words[i].charAt(1) == 's';
            tokens.add(new Token(words[i], at, possessive ? "PART" : tags[i]));
        }
        return tokens;
    }

    /**
     * The tokenizer's tokens of {@code s}: its runs without spaces, each split where the tokenizer splits it
     * ({@link WordSplits}). The tokenizer asks its model about every character of a run, with features that copy
     * the whole run, so a run of many thousands of characters (hostile input, never prose) would take time
     * quadratic in its length: such a run is given to it in slices of at most {@value #LONGEST_RUN} characters.
     */
    private List<opennlp.tools.util.Span> tokenize(String s) {
        WordSplits splits = wordSplits.get();
        List<opennlp.tools.util.Span> tokens = new ArrayList<>();
        for (opennlp.tools.util.Span run : WhitespaceTokenizer.INSTANCE.tokenizePos(s)) {
            for (int from = run.getStart(); from < run.getEnd(); from += LONGEST_RUN) {
                int to = Math.min(run.getEnd(), from + LONGEST_RUN);
                int start = from;
                for (int split : splits.of(s.substring(from, to))) {
                    tokens.add(new opennlp.tools.util.Span(start, from + split));
                    start = from + split;
                }
                tokens.add(new opennlp.tools.util.Span(start, to));
            }
        }
        return tokens;
    }

    /** The tagger was trained on straight quotes: curly ones are straightened for it (not in the tokens). */
    static String[] forTagger(String[] words) {
        String[] plain = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            plain[i] = words[i].replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        }
        return plain;
    }

    /** A full stop split off initials ("D.K" + "."): it belongs to them, as in "D.K. Fairbrook". */
    private static boolean closesInitials(String s, List<Span> spans, int start, int end) {
        if (spans.isEmpty() || end - start != 1 || s.charAt(start) != '.') {
            return false;
        }
        Span last = spans.get(spans.size() - 1);
        return last.end() == start && INITIALS.matcher(last.of(s)).matches();
    }

    /**
     * The second syllable of a hyphenated given name that the tokenizer split off ("Min" + "-jun", or "Jae" + "-" +
     * "won"): it belongs to the first, as in "Lee Min-jun", "Kim Jae-won".
     */
    private static boolean endsGivenName(String s, List<Span> spans, int start, int end) {
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != start
                || s.charAt(start) != '-' && s.charAt(start - 1) != '-' || end - start > 5) {
            return false;
        }
        String last = spans.get(spans.size() - 1).of(s);
        String token = s.substring(start, end);
        if (token.equals("-")) {
            // "Jae" + "-" + "won": the hyphen joins the first syllable when a second one follows it.
            int after = end;
            while (after < s.length() && Character.isLowerCase(s.charAt(after))) {
                after++;
            }
            return GIVEN_SYLLABLE.matcher(last).matches() && after - end >= 2 && after - end <= 4
                    && (after == s.length() || !Character.isLetterOrDigit(s.charAt(after)));
        }
        return GIVEN_SYLLABLE.matcher(last).matches() && SECOND_SYLLABLE.matcher(token).matches()
                || HALF_GIVEN_NAME.matcher(last).matches() && token.matches("\\p{Ll}{2,4}");
    }

    /**
     * The rest of a family name that a particle opens in small letters ("al" + "-Farsi", "el" + "-" + "Amin"), which
     * the tokenizer split: it belongs to the particle, as in "Omar al-Farsi".
     */
    private static boolean continuesPrefixedName(String s, List<Span> spans, int start, int end) {
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != start) {
            return false;
        }
        String last = spans.get(spans.size() - 1).of(s);
        String token = s.substring(start, end);
        if (token.charAt(0) != '-' && !last.endsWith("-")) {
            return false;
        }
        boolean particle = NAME_PREFIX.matcher(last).matches();
        boolean upperNext = end < s.length() && Character.isUpperCase(s.charAt(end));
        return particle && (token.equals("-") && upperNext || token.length() > 1 && token.charAt(0) == '-'
                && Character.isUpperCase(token.charAt(1)))
                || NAME_PREFIX.matcher(last.substring(0, last.length() - 1)).matches() && last.endsWith("-")
                && Character.isUpperCase(token.charAt(0));
    }

    /**
     * The rest of a word that "Co-" opens, which the tokenizer split off when the word is capitalised ("Co-" +
     * "founder", "Co" + "-CEO", "Co" + "-" + "op"): one word, as "co-founder" and "co-CEO" are within a sentence.
     */
    private static boolean continuesCoWord(String s, List<Span> spans, int start, int end) {
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != start) {
            return false;
        }
        String last = spans.get(spans.size() - 1).of(s);
        String token = s.substring(start, end);
        boolean letterAfter = end < s.length() && Character.isLetter(s.charAt(end));
        if (last.equalsIgnoreCase("co-")) {
            return Character.isLetter(token.charAt(0));
        }
        return last.equalsIgnoreCase("co") && (token.length() > 1 && token.charAt(0) == '-'
                && Character.isLetter(token.charAt(1)) || token.equals("-") && letterAfter);
    }

    /**
     * The web ending of a short capitalised name, which the tokenizer split off after the name's full stop as if
     * the name were an abbreviation ("Nod." + "ai"): one word, as "Quorvane.ai" is.
     */
    private static boolean continuesWebName(String s, List<Span> spans, int start, int end) {
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != start) {
            return false;
        }
        String last = spans.get(spans.size() - 1).of(s);
        return last.length() > 2 && last.endsWith(".") && Character.isUpperCase(last.charAt(0))
                && Cue.WEB_ENDING.has(s.substring(start, end))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    /**
     * The full stop that ends the sentence, when the tokenizer kept it on the last word ("Ilse Marr."): a word
     * of its own, unless the word is an abbreviation or initials, whose stop is part of them.
     */
    private void splitFinalStop(String s, List<Span> spans) {
        int last = spans.size() - 1;
        while (last >= 0 && isClosing(spans.get(last).of(s))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Span word = spans.get(last);
        String text = word.of(s);
        if (text.length() >= 4 && text.endsWith(".") && PLAIN_WORD.matcher(text).matches()
                && !abbreviations.contains(text)) {
            spans.set(last, new Span(word.start(), word.end() - 1));
            spans.add(last + 1, new Span(word.end() - 1, word.end()));
        }
    }

    private static boolean isClosing(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> "\"'”’)]".indexOf(c) >= 0);
    }

    private void refine(String s, int start, int end, List<Span> out) {
        if (end - start > 1 && CURRENCY_SYMBOLS.indexOf(s.charAt(start)) >= 0) {
            out.add(new Span(start, start + 1));
            start++;
        }
        if (end - start > 2 && s.charAt(end - 1) == 's' && isApostrophe(s.charAt(end - 2))) {
            out.add(new Span(start, end - 2));
            out.add(new Span(end - 2, end));
            return;
        }
        if (end - start > 2 && isApostrophe(s.charAt(end - 1)) && s.charAt(end - 2) == 's'
                && (!beforeCapital(s, end) || nameEnds.contains(s.substring(start, end - 1)))) {
            // "Systems'" + nothing: the bare apostrophe of a plural owner is a token of its own, as "'s" is
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        if (hangingHyphen(s, start, end)) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        out.add(new Span(start, end));
    }

    /**
     * "Northwind-" before "owned": a capitalised word that the tokenizer left with the hyphen that joins it to the
     * participle after it, split as the tokenizer splits such words it knows ("Siemens" + "-" + "owned"). Short
     * halves of given names ("Min-" + "jun") and "Co-" stay whole; the words after them join them.
     */
    private static boolean hangingHyphen(String s, int start, int end) {
        return end - start > 4 && s.charAt(end - 1) == '-' && Character.isUpperCase(s.charAt(start))
                && end < s.length() && Character.isLowerCase(s.charAt(end))
                && !HALF_GIVEN_NAME.matcher(s.substring(start, end)).matches();
    }

    /** Whether the next word after {@code end}, past spaces, opens with a capital: "Teachers' Venture Growth". */
    private static boolean beforeCapital(String s, int end) {
        int k = end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && Character.isUpperCase(s.charAt(k));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
