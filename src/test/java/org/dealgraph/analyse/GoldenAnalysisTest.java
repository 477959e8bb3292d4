package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dealgraph.model.AnalysedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each folder under {@code golden/analyse/} holds {@code input.txt} (published on the date in
 * {@code published.txt}, when there is one) and {@code expected.tsv}, one mention a line:
 * {@code TYPE<TAB>text<TAB>name}. On failure, both lists are printed.
 */
class GoldenAnalysisTest {

    private static final Path ROOT = Path.of("src/test/resources/golden/analyse");
    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpectedMentions(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        String text = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
        Path published = dir.resolve("published.txt");
        LocalDate date = Files.exists(published) ? LocalDate.parse(Files.readString(published).strip()) : null;
        AnalysedArticle a = analyser.analyse(Articles.of(text, date));
        List<String> actual = a.mentions().stream().map(m -> m.type() + "\t" + m.text() + "\t" + m.name()).toList();
        List<String> expected = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
