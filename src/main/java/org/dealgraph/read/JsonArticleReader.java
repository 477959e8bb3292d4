package org.dealgraph.read;

import java.util.List;

/**
 * Reads JSON articles ({@code .json}): a file holding one object, UTF-8 (or UTF-16 with a byte order mark), whose keys {@link FieldMap}
 * reads ({@code title}, {@code published_at}, {@code url}, {@code publisher}, {@code body}…). Malformed
 * JSON is rejected with the parser's line and column; a value other than an object is rejected too.
 */
public final class JsonArticleReader implements ArticleReader {

    private final long maxBytes;

    /** A reader with the default size limit of 10 MB. */
    public JsonArticleReader() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public JsonArticleReader(long maxBytes) {
        this.maxBytes = InputFile.checkedLimit(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public List<ReadResult> read(FileContent content, String source) {
        return List.of(ReadAttempt.of(source,
                () -> JsonArticles.fields(InputFile.text(content, maxBytes), 1).toArticle(source, "json")));
    }
}
