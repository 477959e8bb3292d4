package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: each folder under {@code golden/extract/} holds {@code input.txt} (a first line
 * {@code published: YYYY-MM-DD}, then the article text) and {@code expected.txt} (the facts the extractor
 * must find, exactly, in the format of {@link FactLines} with provenance: each fact, the rule that found it, its
 * confidence and the words that state it; lines starting with {@code #} are comments).
 *
 * <p>To write the expected files anew from what the extractor finds today (after a change meant to alter the
 * facts, and only then), run {@code mvn -o test -Dtest=RuleExtractorGoldenTest -Dgolden.regenerate=true}: the
 * comment lines of each file are kept (at its top), the fact lines replaced; review the diff before committing.
 * Without the property the test only compares.
 */
class RuleExtractorGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/golden/extract");
    private static final RuleExtractor EXTRACTOR = RuleExtractor.load();
    private static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

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
        var analysed = Articles.analysed(text, published);
        TreeSet<String> actual = FactLines.withProvenance(EXTRACTOR.extract(analysed).facts(), analysed.article().text());
        Path file = dir.resolve("expected.txt");
        List<String> lines = Files.readAllLines(file);
        if (REGENERATE) {
            List<String> kept = new ArrayList<>(lines.stream().filter(l -> l.startsWith("#")).toList());
            kept.addAll(actual);
            Files.write(file, kept);
            return;
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "facts of " + dir.getFileName());
    }
}
