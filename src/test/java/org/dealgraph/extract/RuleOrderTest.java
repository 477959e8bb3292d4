package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dealgraph.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

/**
 * No rule reads what another rule found: running the rule files in another order finds the same facts, with the
 * same provenance, over every golden case.
 */
class RuleOrderTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/extract");

    @Test
    void shuffledRuleFilesFindTheSameFacts() throws IOException {
        List<AnalysedArticle> articles = goldenArticles();
        List<TreeSet<String>> expected = facts(RuleExtractor.load(), articles);
        Random random = new Random(20261204);
        for (int round = 0; round < 3; round++) {
            List<String> files = new ArrayList<>(RuleBook.files());
            Collections.shuffle(files, random);
            assertNotEquals(RuleBook.files(), files, "a shuffle that changes nothing proves nothing");
            assertEquals(expected, facts(RuleExtractor.load(files), articles), "rule files in the order " + files);
        }
    }

    private static List<TreeSet<String>> facts(RuleExtractor extractor, List<AnalysedArticle> articles) {
        return articles.stream()
                .map(a -> FactLines.withProvenance(extractor.extract(a).facts(), a.article().text())).toList();
    }

    private static List<AnalysedArticle> goldenArticles() throws IOException {
        List<AnalysedArticle> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<String> input = Files.readAllLines(dir.resolve("input.txt"));
                LocalDate published = LocalDate.parse(input.get(0).replace("published:", "").strip());
                out.add(Articles.analysed(String.join("\n", input.subList(1, input.size())).strip(), published));
            }
        }
        return out;
    }
}
