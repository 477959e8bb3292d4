package org.dealgraph.analyse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Where OpenNLP's tokenizer splits one run of characters without spaces ("OpenAI's", "$4bn,", "(AWS)."), kept
 * for the runs seen before. The tokenizer decides each run alone: it asks its model about every character of the
 * run, with features drawn from that run only, so the same run always splits the same way, and news text
 * repeats its runs ("said.", "company's", "Inc.,") from sentence to sentence and article to article. A run of
 * plain ASCII letters and digits is never split (the model is told to leave those whole) and is not kept; nor are
 * capitalised words joined by hyphens ("T-Systems", "Rolls-Royce"), which name one thing though the model may cut
 * them apart. The
 * store of runs is bounded: it starts afresh when full, so hostile input costs time, never memory. One per
 * thread.
 */
final class WordSplits {

    /** Capitalised words joined by hyphens at the start of a run: "T-Systems", "Rolls-Royce", "Hewlett-Packard". */
    private static final Pattern CAPITALISED_COMPOUND = Pattern.compile("\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)+");
    /** No split inside the run. */
    private static final int[] WHOLE = new int[0];
    /** Runs longer than this are asked about every time: they hardly repeat. */
    private static final int LONGEST_KEPT = 40;
    /** How many runs are kept before the store starts afresh. */
    private static final int MOST_KEPT = 1 << 15;

    private final TokenizerME tokenizer;
    private final Map<String, int[]> kept = new HashMap<>();

    WordSplits(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The offsets inside {@code run} (a run without spaces) where a new token starts; empty when it stays whole. */
    int[] of(String run) {
        if (run.length() < 2 || lettersAndDigits(run)) {
            return WHOLE;
        }
        if (run.length() > LONGEST_KEPT) {
            return asked(run);
        }
        int[] splits = kept.get(run);
        if (splits == null) {
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            splits = asked(run);
            kept.put(run, splits);
        }
        return splits;
    }

    private int[] asked(String run) {
        // "T-Systems", "Rolls-Royce's": capitalised words joined by hyphens are one name, whatever the model says;
        // what follows them is split as a run of its own
        Matcher compound = CAPITALISED_COMPOUND.matcher(run);
        if (compound.lookingAt()) {
            int whole = compound.end();
            if (whole == run.length()) {
                return WHOLE;
            }
            String tail = run.substring(whole);
            int[] after = tail.length() < 2 ? WHOLE : asked(tail);
            int[] splits = new int[after.length + 1];
            splits[0] = whole;
            for (int i = 0; i < after.length; i++) {
                splits[i + 1] = whole + after[i];
            }
            return splits;
        }
        Span[] tokens = tokenizer.tokenizePos(run);
        if (tokens.length <= 1) {
            return WHOLE;
        }
        int[] splits = new int[tokens.length - 1];
        for (int i = 1; i < tokens.length; i++) {
            splits[i - 1] = tokens[i].getStart();
        }
        return splits;
    }

    private static boolean lettersAndDigits(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
