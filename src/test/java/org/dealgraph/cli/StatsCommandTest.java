package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealgraph.model.FactKind;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void countsEachKindOnceAcrossArticles() {
        SampleGraph sample = new SampleGraph();
        try (ArticleStore store = ArticleStore.open(dir)) {
            sample.writeTo(store);
        }
        CliRun run = CliRun.of("stats", "--store", dir.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("articles", 2L);
        expected.put("organizations", 3L);
        expected.put("people", 1L);
        Map<FactKind, Long> told = Map.of(FactKind.DEAL, 1L, FactKind.INVESTMENT, 1L, FactKind.FUNDING_ROUND, 1L,
                FactKind.ACQUISITION, 1L, FactKind.PARTNERSHIP, 1L, FactKind.SUBSIDIARY, 0L, FactKind.ROLE, 1L);
        for (FactKind kind : FactKind.listed()) {
            expected.put(kind.plural(), told.getOrDefault(kind, 0L));
        }
        expected.put("triples", (long) sample.unionTriples().size());
        assertEquals(expected, parse(run.out()));
    }

    private static Map<String, Long> parse(String out) {
        Map<String, Long> counts = new LinkedHashMap<>();
        out.lines().forEach(line -> {
            String[] parts = line.split(":\\s+");
            counts.put(parts[0], Long.parseLong(parts[1].strip()));
        });
        return counts;
    }
}
