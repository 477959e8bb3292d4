package org.dealgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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

    /**
     * The lines that hold more than white space, counted over the bytes without decoding them (so a UTF-16
     * feed counts about right); one for a file over the size limit or one that cannot be read, which is
     * rejected whole.
     */
    @Override
    public int count(Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                return 1;
            }
            int records = 0;
            boolean filled = false;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            records += filled ? 1 : 0;
                            filled = false;
                        } else if ((buffer[i] & 0xff) > ' ') {
                            filled = true;
                        }
                    }
                }
            }
            return Math.max(1, records + (filled ? 1 : 0));
        } catch (IOException e) {
            return 1;
        }
    }

    @Override
    public List<ReadResult> read(FileContent content, String fileSource) {
        String text;
        try {
            text = InputFile.text(content, maxBytes);
        } catch (UnreadableInputException e) {
            return List.of(new ReadResult.Rejected(fileSource, e.reason()));
        }
        List<ReadResult> results = new ArrayList<>();
        String[] lines = text.split("\n");
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
