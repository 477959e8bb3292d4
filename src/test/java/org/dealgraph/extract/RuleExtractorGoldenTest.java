package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: each folder under {@code golden/extract/} holds {@code input.txt} (a first line
 * {@code published: YYYY-MM-DD}, then the article text) and {@code expected.txt} (the facts the extractor
 * must find, exactly, in the format of {@link FactLines}; lines starting with {@code #} are comments).
 */
class RuleExtractorGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/golden/extract");
    private static final RuleExtractor EXTRACTOR = RuleExtractor.load();

    @TestFactory
    Stream<DynamicTest> extractsTheExpectedFacts() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        List<String> input = Files.readAllLines(dir.resolve("input.txt"));
        LocalDate published = LocalDate.parse(input.get(0).replace("published:", "").strip());
        String text = String.join("\n", input.subList(1, input.size())).strip();
        TreeSet<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        TreeSet<String> actual = FactLines.of(EXTRACTOR.extract(Articles.analysed(text, published)).facts());
        assertEquals(String.join("\n", expected), String.join("\n", actual), "facts of " + dir.getFileName());
    }
}
