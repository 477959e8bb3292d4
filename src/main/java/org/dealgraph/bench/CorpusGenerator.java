package org.dealgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A synthetic corpus of news-like articles about AI deals, the same for the same seed, size and length.
 * Article {@code i} depends only on those and {@code i}, so articles are made one at a time and written as
 * they are made: memory does not grow with the corpus. Files go into folders of a thousand articles, the
 * formats taking turns (.txt, .md, .html, .json, and .jsonl feeds of {@value #FEED_RECORDS} records).
 */
public final class CorpusGenerator {

    /** Records per JSON Lines file. */
    static final int FEED_RECORDS = 20;
    private static final int FOLDER_ARTICLES = 1000;

    private final int articles;
    private final ArticleComposer composer;

    /**
     * @param seed     the seed; the same seed gives the same corpus
     * @param articles how many articles
     * @param words    about how many words each article's body has
     */
    public CorpusGenerator(long seed, int articles, int words) {
        if (articles < 0 || words < 1) {
            throw new IllegalArgumentException("need articles >= 0 and words >= 1: " + articles + ", " + words);
        }
        this.articles = articles;
        CorpusWords lists = CorpusWords.INSTANCE;
        this.composer = new ArticleComposer(lists, new NamePool(lists, seed, articles), seed, words);
    }

    /** The article at {@code index}. */
    public SyntheticArticle article(int index) {
        if (index < 0 || index >= articles) {
            throw new IndexOutOfBoundsException("article " + index + " of " + articles);
        }
        return composer.compose(index);
    }

    /** Writes the corpus into {@code folder} (created if missing) and says what was written. */
    public CorpusSummary write(Path folder) {
        long start = System.nanoTime();
        Map<String, Integer> byFormat = new TreeMap<>();
        long bytes = 0;
        long words = 0;
        int files = 0;
        BufferedWriter feed = null;
        try {
            for (int i = 0; i < articles; i++) {
                SyntheticArticle article = article(i);
                CorpusFormat format = CorpusFormat.of(i);
                String text = format.render(article);
                Path file = file(folder, i, format);
                if (format != CorpusFormat.JSON_LINES) {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    files++;
                } else {
                    if (feedRecord(i) == 0) {
                        close(feed);
                        feed = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        files++;
                    }
                    feed.write(text);
                }
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                words += article.words();
                byFormat.merge(format.extension, 1, Integer::sum);
            }
            close(feed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + folder + ": " + e.getMessage(), e);
        }
        return new CorpusSummary(articles, files, bytes, words, byFormat, (System.nanoTime() - start) / 1e9);
    }

    /** The file article {@code index} goes to; a feed's records share the file of its first record. */
    private static Path file(Path folder, int index, CorpusFormat format) throws IOException {
        int first = format == CorpusFormat.JSON_LINES ? index - feedRecord(index) * CorpusFormat.values().length : index;
        Path dir = folder.resolve(String.format("part-%04d", first / FOLDER_ARTICLES));
        Files.createDirectories(dir);
        return dir.resolve(String.format("%07d.%s", first, format.extension));
    }

    /** The record number, within its feed, of a JSON Lines article. */
    private static int feedRecord(int index) {
        return (index / CorpusFormat.values().length) % FEED_RECORDS;
    }

    private static void close(BufferedWriter feed) throws IOException {
        if (feed != null) {
            feed.close();
        }
    }
}
