package org.dealgraph.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines feeds ({@code .jsonl}): one article object per line, UTF-8 (or UTF-16 with a byte order mark), each read as
 * {@link JsonArticleReader} reads a file. Blank lines are skipped; the n-th record (from 1) has the source
 * {@code file#n}. A bad record is rejected on its own and the others are still read; a bad file (missing,
 * too large, empty, not UTF-8) gives one rejection for the file.
 */
public final class JsonLinesArticleReader implements ArticleReader {

    private final long maxBytes;

    /** A reader with the default size limit of 10 MB. */
    public JsonLinesArticleReader() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public JsonLinesArticleReader(long maxBytes) {
        this.maxBytes = InputFile.checkedLimit(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl");
    }

    @Override
    public List<ReadResult> read(Path file, String fileSource) {
        String content;
        try {
            content = InputFile.text(file, maxBytes);
        } catch (UnreadableInputException e) {
            return List.of(new ReadResult.Rejected(fileSource, e.reason()));
        }
        List<ReadResult> results = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int line = 0; line < lines.length; line++) {
            if (!lines[line].isBlank()) {
                String source = fileSource + "#" + (results.size() + 1);
                String json = lines[line];
                int lineNumber = line + 1;
                results.add(ReadAttempt.of(source,
                        () -> JsonArticles.fields(json, lineNumber).toArticle(source, "jsonl")));
            }
        }
        return results;
    }
}
