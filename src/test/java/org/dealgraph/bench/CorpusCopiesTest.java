package org.dealgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dealgraph.model.Article;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of real articles read back as the same articles, each copy with its own identity and content. */
class CorpusCopiesTest {

    @TempDir
    Path dir;

    /** Writes three invented articles in three formats, one of them without a URL, and a file no one can read. */
    static Path articles(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.md"), """
                ---
                title: "Quillon Robotics buys Marrow Labs"
                date: 2031-04-02
                url: https://news.example/quillon-marrow
                publisher: The Example Ledger
                author: Ada Ferrand
                ---

                Quillon Robotics agreed to buy Marrow Labs for $40 million, the companies said on Tuesday.

                Marrow Labs makes sensors for warehouse robots.
                """);
        Files.writeString(folder.resolve("b.json"), """
                {"title": "Tessel AI raises $12 million", "url": "https://news.example/tessel?ref=feed",
                 "published_at": "2031-05-09", "authors": ["Ben Okoro", "Ida Lund"],
                 "body": "Tessel AI raised $12 million in a round led by Harbor Point Ventures."}
                """);
        Files.writeString(folder.resolve("c.txt"), """
                Orrin Systems and Calder Cloud team up

                Orrin Systems and Calder Cloud announced a partnership to run models in Europe.
                """);
        Files.writeString(folder.resolve("d.json"), "{\"title\": \"no body\"}");
        return folder;
    }

    @Test
    void everyCopyReadsBackAsTheArticleWithItsOwnUrlAndSentence() throws IOException {
        Path source = articles(dir.resolve("source"));
        Map<String, Article> originals = read(source).stream()
                .collect(Collectors.toMap(Article::title, article -> article));

        CorpusCopies.Summary summary = CorpusCopies.write(source, 2, dir.resolve("copies"));

        assertEquals(new CorpusCopies.Summary(3, 1, 6, summary.words()), summary);
        List<Article> copies = read(dir.resolve("copies"));
        assertEquals(6, copies.size());
        assertEquals(6, copies.stream().map(Article::id).distinct().count(), "every copy has its own identity");
        assertEquals(6, copies.stream().map(Article::contentHash).distinct().count());
        assertEquals(summary.words(), copies.stream().mapToLong(a -> a.text().split("\\s+").length).sum());
        for (Article copy : copies) {
            Article original = originals.get(copy.title());
            int number = copy.source().contains("copy-0001") ? 1 : 2;
            assertEquals(original.text() + "\n\nThis is copy " + number + " of the article.", copy.text());
            assertEquals(original.published(), copy.published());
            assertEquals(original.publisher(), copy.publisher());
            assertEquals(original.authors(), copy.authors());
            assertEquals(original.format(), copy.format());
            assertEquals(original.url().map(url -> url + (url.contains("?") ? "&" : "?") + "copy=" + number),
                    copy.url());
        }
        assertEquals(Optional.empty(), originals.get("Orrin Systems and Calder Cloud team up").url());
    }

    @Test
    void aFolderWithoutArticlesIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CorpusCopies.write(empty, 2, dir.resolve("copies")));
        assertTrue(e.getMessage().contains("no article"), e.getMessage());
    }

    private static List<Article> read(Path folder) {
        try (Stream<ReadResult> inputs = new ArticleFiles().read(List.of(folder))) {
            return inputs.filter(ReadResult.Read.class::isInstance).map(r -> ((ReadResult.Read) r).article())
                    .toList();
        }
    }

    @Test
    void copiesKeepTheFormatsOfTheirArticles() throws IOException {
        CorpusCopies.write(articles(dir.resolve("source")), 1, dir.resolve("copies"));
        try (Stream<Path> files = Files.list(dir.resolve("copies").resolve("copy-0001"))) {
            Set<String> endings = files.map(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("md", "json", "txt"), endings);
        }
    }
}
