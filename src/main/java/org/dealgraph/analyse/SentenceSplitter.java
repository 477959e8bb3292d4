package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.model.Span;

/**
 * Splits an article's text into sentence spans: first into paragraphs (blank lines, and single line breaks
 * around Markdown headings and list items), then each paragraph with OpenNLP's sentence detector, whose
 * breaks are repaired where they fall after an abbreviation ("Inc.", "U.S.", "Mr."), inside a number or
 * before a lower-case word. No sentence crosses a paragraph break. Thread-safe.
 */
final class SentenceSplitter {

    private final ThreadLocal<SentenceDetectorME> detector;
    private final Map<String, String> abbreviations;
    private final Set<String> openers;

    SentenceSplitter(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        this.abbreviations = abbreviations();
        this.openers = Lexicon.words("sentence-openers.txt");
    }

    /** The abbreviations of {@code abbreviations.tsv} mapped to their kind ("title" or "name"). */
    static Map<String, String> abbreviations() {
        return DataFile.pairs(Lexicon.resource("abbreviations.tsv"), Column.required("abbreviation"),
                Column.required("kind").oneOf(List.of("title", "name")));
    }

    /** The sentence spans of {@code text}, in order, trimmed of surrounding white space. */
    List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            String block = paragraph.of(text);
            List<Span> pieces = new ArrayList<>();
            for (opennlp.tools.util.Span s : detector.get().sentPosDetect(block)) {
                pieces.add(new Span(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd()));
            }
            if (pieces.isEmpty()) {
                pieces.add(paragraph);
            }
            for (Span piece : repair(text, pieces)) {
                splitAfterAbbreviations(text, piece, sentences);
            }
        }
        return sentences;
    }

    /** Paragraph spans, trimmed, never empty. */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            int next = i + 1;
            boolean end = i == n || isBlankLine(text, next) || startsBlock(text, lineStart) || startsBlock(text, next);
            if (end) {
                addTrimmed(text, start, i, paragraphs);
                start = next;
            }
            lineStart = next;
        }
        return paragraphs;
    }

    private static boolean isBlankLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A line that is a Markdown heading, list item, quote or table row stands alone. */
    private static boolean startsBlock(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        boolean marker = c == '#' || c == '>' || c == '|' || c == '•';
        boolean bullet = (c == '-' || c == '*' || c == '+') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
        return marker || bullet;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** Joins pieces the detector wrongly broke apart. */
    private List<Span> repair(String text, List<Span> pieces) {
        List<Span> out = new ArrayList<>();
        Span current = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            Span next = pieces.get(i);
            if (wrongBreak(current.of(text), next.of(text))) {
                current = new Span(current.start(), next.end());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    /**
     * Breaks a piece where the detector missed a sentence end after an abbreviation: "made in the U.S. The
     * company said" ends after "U.S." because "The" opens a sentence.
     */
    private void splitAfterAbbreviations(String text, Span piece, List<Span> out) {
        int start = piece.start();
        int i = piece.start();
        while (i < piece.end()) {
            int wordEnd = i;
            while (wordEnd < piece.end() && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int next = wordEnd;
            while (next < piece.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            String word = text.substring(i, wordEnd);
            if (next < piece.end() && abbreviations.containsKey(word) && "name".equals(abbreviations.get(word))
                    && openers.contains(firstWord(text.substring(next, Math.min(piece.end(), next + 20))))) {
                out.add(new Span(start, wordEnd));
                start = next;
            }
            i = next;
        }
        out.add(new Span(start, piece.end()));
    }

    private boolean wrongBreak(String before, String after) {
        String last = lastWord(before);
        String first = firstWord(after);
        if (!endsSentence(before) || startsLowerOrDigit(after)) {
            return true;
        }
        String kind = abbreviations.get(stripOpening(last));
        if ("title".equals(kind) || isInitial(last) && !lettered(before)) {
            return true;
        }
        boolean name = "name".equals(kind) || kind == null && isInitials(last);
        return name && !openers.contains(first);
    }

    /** "its Series C.", "Class A.": a letter that a noun before it names (a funding round, a share class), no initial. */
    private static boolean lettered(String before) {
        String s = before.strip();
        int end = s.lastIndexOf(' ');
        if (end < 0) {
            return false;
        }
        String previous = lastWord(s.substring(0, end));
        return Cue.LETTERED_NOUN.has(previous);
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’)]*_".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:".indexOf(s.charAt(i)) >= 0;
    }

    private static boolean startsLowerOrDigit(String s) {
        int i = 0;
        while (i < s.length() && "\"'“‘([".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ';' || c == '%';
    }

    private static boolean isInitial(String word) {
        String w = stripOpening(word);
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,4}");

    /** Initials such as "D.A." or "J.P.": part of a name, like a "name" abbreviation. */
    private static boolean isInitials(String word) {
        return INITIALS.matcher(stripOpening(word)).matches();
    }

    private static String stripOpening(String word) {
        int i = 0;
        while (i < word.length() && "\"'“‘([".indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        String t = stripOpening(s);
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }
}
