package org.dealgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape every reader gives an article's text: paragraphs separated by one blank line ({@code "\n\n"}),
 * each paragraph on one line, runs of white space (also no-break spaces) and control characters collapsed
 * to one space, no leading or trailing space.
 *
 * <p>From plain text, paragraphs are the blocks between blank lines, and the lines of a block are joined
 * with a space (hard-wrapped text reads as prose). A text with no blank line at all keeps one paragraph
 * per line, since such files put each paragraph on its own line.
 */
final class PlainText {

    static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    /** White space, and control characters, which no article means as text. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\p{Cc}]+");

    private PlainText() {
    }

    /** The paragraphs of a plain text (line endings already normalised), in order, none empty. */
    static List<String> paragraphs(String text) {
        String trimmed = text.strip();
        boolean blockPerLine = !BLANK_LINES.matcher(trimmed).find();
        String[] blocks = blockPerLine ? trimmed.split("\n") : BLANK_LINES.split(trimmed);
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            String paragraph = collapse(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** A plain text in the shape above. */
    static String normalise(String text) {
        return join(paragraphs(text));
    }

    /** Paragraphs joined by a blank line. */
    static String join(List<String> paragraphs) {
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    /** One line: white space collapsed to single spaces and trimmed. */
    static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
