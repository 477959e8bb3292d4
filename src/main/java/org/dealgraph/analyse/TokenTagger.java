package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Tokenizes a sentence with OpenNLP's tokenizer and tags each token with its Universal Dependencies part of
 * speech. The tokenizer's tokens are refined first, the way the tagger's training data is tokenized: a
 * possessive "'s" becomes a token of its own ("OpenAI" + "'s"), and so does a leading currency symbol
 * ("£" + "29bn"); a full stop split off initials ("D.K" + ".") is joined back to them. Curly quotes are
 * shown to the tagger as straight ones. Thread-safe.
 */
final class TokenTagger {

    private static final String CURRENCY_SYMBOLS = "$£€¥₹₩";
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    TokenTagger(TokenizerModel tokens, POSModel pos) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pos));
    }

    /** The tokens of the sentence at {@code sentence} in {@code text}, with spans into {@code text}. */
    List<Token> tag(String text, Span sentence) {
        String s = sentence.of(text);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenizer.get().tokenizePos(s)) {
            if (closesInitials(s, spans, t.getStart(), t.getEnd())) {
                Span last = spans.remove(spans.size() - 1);
                spans.add(new Span(last.start(), t.getEnd()));
            } else {
                refine(s, t.getStart(), t.getEnd(), spans);
            }
        }
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

    /** The tagger was trained on straight quotes: curly ones are straightened for it (not in the tokens). */
    private static String[] forTagger(String[] words) {
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

    private static void refine(String s, int start, int end, List<Span> out) {
        if (end - start > 1 && CURRENCY_SYMBOLS.indexOf(s.charAt(start)) >= 0) {
            out.add(new Span(start, start + 1));
            start++;
        }
        if (end - start > 2 && s.charAt(end - 1) == 's' && isApostrophe(s.charAt(end - 2))) {
            out.add(new Span(start, end - 2));
            out.add(new Span(end - 2, end));
            return;
        }
        out.add(new Span(start, end));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
