package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest summary's two counts of facts: told by the articles, and distinct in the store as stats counts. */
@Tag("integration")
class IngestSummaryTest {

    private static final Pattern COUNT = Pattern.compile("(?m)^%s\\s+(\\d+) \\((.*)\\)$");

    @TempDir
    Path dir;

    @Test
    void distinctFactsAgreeWithStatsAndTheToldOnesCountEachArticle() {
        String store = dir.resolve("store").toString();
        CliRun ingest = CliRun.of("ingest", "--store", store, "examples");
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.toString());
        CliRun stats = CliRun.of("stats", "--store", store);

        Matcher inStore = matcher("facts in store:", ingest.out());
        long statsFacts = 0;
        for (String kindCount : inStore.group(2).split(", ")) {
            int space = kindCount.lastIndexOf(' ');
            String kind = kindCount.substring(0, space);
            String n = kindCount.substring(space + 1);
            assertTrue(stats.out().lines().anyMatch(l -> l.matches(Pattern.quote(kind + ":") + "\\s+" + n)),
                    kind + " " + n + " is not what stats counts:\n" + stats.out());
            statsFacts += Long.parseLong(n);
        }
        assertEquals(statsFacts, Long.parseLong(inStore.group(1)));
        long told = Long.parseLong(matcher("facts told:", ingest.out()).group(1));
        assertTrue(told > statsFacts, "the examples tell some facts in several articles: " + told + " told, "
                + statsFacts + " distinct");
        assertTrue(ingest.out().contains("once for each article that tells it"), ingest.out());
    }

    private static Matcher matcher(String label, String out) {
        Matcher m = Pattern.compile(String.format(COUNT.pattern(), Pattern.quote(label))).matcher(out);
        assertTrue(m.find(), label + " missing from:\n" + out);
        return m;
    }
}
