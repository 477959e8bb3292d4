package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        expected.put("deals", 1L);
        expected.put("investments", 1L);
        expected.put("funding rounds", 1L);
        expected.put("acquisitions", 1L);
        expected.put("partnerships", 1L);
        expected.put("subsidiaries", 0L);
        expected.put("roles", 1L);
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
