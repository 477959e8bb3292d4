package org.dealgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dealgraph.model.Article;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;

/**
 * Copies of a folder of real articles for the benchmark. The articles are read with dealgraph's own readers and
 * written again, each in its own format, once per copy, with the copy's number in the URL's query (when the
 * article has a URL) and one sentence of the copy's own at the end of the text: every copy has its own identity
 * and content hash, so none is skipped as unchanged, and the text stages see the real text. Copy {@code c} goes
 * into the folder {@code copy-c}.
 */
final class CorpusCopies {

    private CorpusCopies() {
    }

    /**
     * What was copied.
     *
     * @param sourceArticles articles read from the source folder
     * @param rejected       inputs of the source folder that could not be read (not copied)
     * @param articles       articles written, over all copies
     * @param words          words of the articles written (whitespace-separated), over all copies
     */
    record Summary(int sourceArticles, int rejected, int articles, long words) {
    }

    /** Writes {@code copies} copies of the articles of {@code source} into {@code folder}. */
    static Summary write(Path source, int copies, Path folder) {
        List<Article> articles = new ArrayList<>();
        int rejected;
        try (Stream<ReadResult> inputs = new ArticleFiles().read(List.of(source))) {
            List<ReadResult> all = inputs.toList();
            all.forEach(input -> {
                if (input instanceof ReadResult.Read read) {
                    articles.add(read.article());
                }
            });
            rejected = all.size() - articles.size();
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no article dealgraph can read");
        }
        long words = 0;
        for (int copy = 1; copy <= copies; copy++) {
            Path dir = folder.resolve(String.format("copy-%04d", copy));
            for (int i = 0; i < articles.size(); i++) {
                ArticleText text = copy(articles.get(i), copy);
                words += text.paragraphs().stream().mapToLong(CorpusCopies::words).sum();
                write(dir.resolve(String.format("%05d.%s", i, articles.get(i).format())),
                        CorpusFormat.ofExtension(articles.get(i).format()).render(text));
            }
        }
        return new Summary(articles.size(), rejected, copies * articles.size(), words);
    }

    /** Copy number {@code copy} of {@code article}: its URL and its text made its own. */
    static ArticleText copy(Article article, int copy) {
        List<String> paragraphs = new ArrayList<>(List.of(article.text().split("\n\n")));
        paragraphs.add("This is copy " + copy + " of the article.");
        return new ArticleText(article.title(), article.published(),
                article.url().map(url -> url + (url.contains("?") ? "&" : "?") + "copy=" + copy),
                article.publisher(), article.authors(), paragraphs);
    }

    private static long words(String paragraph) {
        String trimmed = paragraph.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
