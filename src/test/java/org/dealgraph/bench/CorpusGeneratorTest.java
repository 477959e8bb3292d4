package org.dealgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dealgraph.model.Article;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameArticles() {
        CorpusGenerator one = new CorpusGenerator(7, 50, 300);
        CorpusGenerator two = new CorpusGenerator(7, 50, 300);
        for (int i = 0; i < 50; i += 7) {
            assertEquals(one.article(i), two.article(i));
        }
    }

    @Test
    void otherSeedGivesOtherArticles() {
        assertNotEquals(new CorpusGenerator(7, 10, 300).article(3).body(), new CorpusGenerator(8, 10, 300).article(3).body());
    }

    @Test
    void sameSeedWritesTheSameFiles() throws IOException {
        new CorpusGenerator(11, 30, 200).write(dir.resolve("a"));
        new CorpusGenerator(11, 30, 200).write(dir.resolve("b"));
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
    }

    @Test
    void writesEveryFormatAndEveryArticleReadsBack() {
        CorpusSummary summary = new CorpusGenerator(3, 120, 200).write(dir);
        assertEquals(Set.of("txt", "md", "html", "json", "jsonl"), summary.byFormat().keySet());
        List<ReadResult> read;
        try (Stream<ReadResult> results = new ArticleFiles().read(List.of(dir))) {
            read = results.toList();
        }
        assertEquals(120, read.size());
        assertTrue(read.stream().allMatch(r -> r instanceof ReadResult.Read), "nothing rejected: " + read);
        Set<String> urls = read.stream().map(r -> ((ReadResult.Read) r).article().url().orElseThrow())
                .collect(Collectors.toSet());
        assertEquals(120, urls.size(), "every article has its own URL, hence its own graph");
        Article first = ((ReadResult.Read) read.get(0)).article();
        assertTrue(first.published().isPresent(), "the date is read");
    }

    @Test
    void articlesHaveAboutTheWordsAskedFor() {
        SyntheticArticle article = new CorpusGenerator(5, 3, 600).article(1);
        assertTrue(article.words() >= 600 && article.words() < 700, "words: " + article.words());
    }

    @Test
    void corpusStatesEveryKindOfFactWithVariedNamesAndCurrencies() {
        CorpusGenerator generator = new CorpusGenerator(9, 40, 600);
        String text = Stream.iterate(0, i -> i + 1).limit(40).map(i -> generator.article(i).body())
                .collect(Collectors.joining("\n"));
        for (String cue : List.of(" agreement with ", " invest", "Series ", " acquire ", " subsidiary of ",
                " partnership ", " founded ", "€", "£", "¥", "$", "euros")) {
            assertTrue(text.contains(cue), "the corpus lacks " + cue);
        }
        long companies = Stream.of(text.split("[.,]")).map(String::trim)
                .filter(s -> s.endsWith(" Labs") || s.endsWith(" Robotics") || s.endsWith(" Systems")).distinct().count();
        assertTrue(companies > 20, "few distinct company names: " + companies);
    }

    private static Map<Path, String> contents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(root::relativize, f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
