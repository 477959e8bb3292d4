package org.dealgraph.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealgraph.model.Article;

/**
 * Reads plain text articles ({@code .txt}), UTF-8 (or UTF-16 with a byte order mark). Two optional conventions at the top of the file:
 * <ol>
 *   <li>header lines {@code Key: value}, a block of them ended by a blank line, where every key is one
 *       {@link FieldMap} knows ({@code Title:}, {@code Date:}, {@code URL:}, {@code Source:} or
 *       {@code Publisher:}, {@code Author:}…);</li>
 *   <li>a title line: when no header gave a title, a first line that stands alone (a blank line follows),
 *       is shorter than 200 characters and does not end with a period is the title.</li>
 * </ol>
 * The rest is the text, in {@link PlainText}'s paragraphs.
 */
public final class TextArticleReader implements ArticleReader {

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z _-]{0,30}):[ \\t]*(.*)");
    private static final int MAX_TITLE_LENGTH = 200;

    private final long maxBytes;

    /** A reader with the default size limit of 10 MB. */
    public TextArticleReader() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public TextArticleReader(long maxBytes) {
        this.maxBytes = InputFile.checkedLimit(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public List<ReadResult> read(FileContent content, String source) {
        return List.of(ReadAttempt.of(source, () -> article(source, InputFile.text(content, maxBytes))));
    }

    private static Article article(String source, String content) throws UnreadableInputException {
        List<String> blocks = List.of(content.strip().split("\\n[ \\t]*\\n", 2));
        Map<String, String> headers = headers(blocks.get(0));
        String rest = content.strip();
        if (!headers.isEmpty() && blocks.size() == 2) {
            rest = blocks.get(1);
        } else {
            headers = Map.of();
        }
        ArticleFields fields = new FieldMap(headers).fields(Optional.empty());
        String title = fields.title();
        String[] titleAndText = rest.strip().split("\\n[ \\t]*\\n", 2);
        if (title.isEmpty() && titleAndText.length == 2 && isTitle(titleAndText[0])) {
            title = PlainText.collapse(titleAndText[0]);
            rest = titleAndText[1];
        }
        ArticleFields withText = new ArticleFields(title, fields.date(), fields.url(), fields.publisher(),
                fields.authors(), PlainText.normalise(rest), fields.metadata());
        return withText.toArticle(source, "txt");
    }

    /** The block's header lines by key, or nothing when any line of it is not a known header. */
    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\\n")) {
            Matcher header = HEADER.matcher(line.strip());
            if (!header.matches() || !FieldMap.isFieldKey(header.group(1))) {
                return Map.of();
            }
            headers.put(header.group(1), header.group(2));
        }
        return headers;
    }

    private static boolean isTitle(String block) {
        String line = block.strip();
        return !line.contains("\n") && line.length() < MAX_TITLE_LENGTH && !line.endsWith(".");
    }
}
