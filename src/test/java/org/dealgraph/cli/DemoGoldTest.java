package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dealgraph.gold.GoldScorer;
import org.dealgraph.gold.Scorecard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's own graph against hand-written gold: the example articles are ingested through the command line
 * into a fresh store, the competency queries of {@code queries/} are answered as CSV, and {@link GoldScorer}
 * compares the answers with the gold under {@code demo-gold/} (one file per article, written from the article's
 * text in the shared annotation format). Prints the table per kind, every wrong and missed fact and the pooled
 * figures, and holds the pooled relation F1 to a floor.
 */
@Tag("integration")
class DemoGoldTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path QUERIES = Path.of("queries");
    private static final List<String> CONTRACT = List.of("organizations", "people", "roles", "partnerships", "deals",
            "investments", "fundings", "acquisitions", "subsidiaries");
    /**
     * Just under the pooled relation F1 the demo's graph reaches against its gold. Measured on 2026-12-04, when
     * the gold was first written: relations P 0.877 R 0.480 F1 0.620, entities P 0.952 R 0.938 F1 0.945; on
     * 2026-12-05, after general work on roles, rounds, partnerships, acquisitions, units and names: relations P
     * 0.894 R 0.570 F1 0.696, entities F1 0.984; later that day, after work on rounds, references and the demo's
     * gold: relations P 1.000 R 0.770 F1 0.870, entities F1 0.984; then, after reported deal values, verbs of result
     * and a gazetteer entry: relations P 1.000 R 0.800 F1 0.889, entities F1 0.992; on 2026-12-06, after titles held at two
     * organizations at once, appositions before a title, "founded with P" and descriptions of a newly made
     * organization: relations P 1.000 R 0.890 F1 0.942, 0.947 once joining a board counted as a role, and 0.953 once an investment valued in a later sentence took its amount. The goal is a relation F1 of 0.95; the floor only goes up, each time the extraction gets better, until it
     * gets there.
     */
    private static final double FLOOR = 0.95;

    @TempDir
    Path dir;

    @Test
    void demoGraphHoldsItsFloorAgainstTheGold() throws Exception {
        Path store = dir.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), EXAMPLES.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.toString());
        Map<String, String> answers = new LinkedHashMap<>();
        for (String query : CONTRACT) {
            CliRun run = CliRun.of("query", "--store", store.toString(), "--format", "csv",
                    QUERIES.resolve(query + ".rq").toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            answers.put(query, run.out());
        }
        Scorecard card = GoldScorer.score(goldFolder(), answers);
        System.out.println("The demo's graph against its gold:\n" + card.report());
        double f1 = card.relations().f1();
        assertTrue(f1 >= FLOOR, String.format(Locale.ROOT, "relation F1 %.3f is under the floor %.2f%n%s",
                f1, FLOOR, card.report()));
    }

    @Test
    void everyExampleArticleHasItsGold() throws IOException, URISyntaxException {
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String base = name.replaceFirst("\\.[^.]+$", "");
                if (name.endsWith(".jsonl")) {
                    long records = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
                    for (int line = 1; line <= records; line++) {
                        expected.add(base + "-" + line + ".json");
                    }
                } else if (!name.equals("README.md")) {
                    expected.add(base + ".json");
                }
            }
        }
        TreeSet<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(goldFolder())) {
            files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("aliases.json")).forEach(written::add);
        }
        assertEquals(15, expected.size(), "the examples hold fifteen articles: " + expected);
        assertEquals(expected, written, "one gold file per example article");
    }

    private static Path goldFolder() throws URISyntaxException {
        return Path.of(DemoGoldTest.class.getResource("/demo-gold").toURI());
    }
}
