package org.dealgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dealgraph.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs end to end at tiny sizes and writes its results with every expected key. */
@Tag("integration")
class BenchCommandTest {

    @TempDir
    Path out;

    @Test
    void quickBenchWritesJsonAndMarkdown() throws IOException {
        int exit = Main.run("bench", "--quick", "--articles", "25", "--query-articles", "75", "--seconds", "1",
                "--clients", "2", "--runs", "3", "--out", out.toString());

        assertEquals(0, exit);
        JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        for (String key : List.of("machine", "settings", "corpus", "ingest", "ingestRuns", "rerun", "bulk", "stores",
                "serveFirstAnswerSeconds", "http", "targets")) {
            assertTrue(json.has(key), "bench.json lacks " + key);
        }
        assertEquals(25, json.at("/ingest/stored").asInt());
        assertEquals(3, json.get("ingestRuns").size(), "three ingests, each into a new store");
        List<Double> rates = new java.util.ArrayList<>();
        json.get("ingestRuns").forEach(rate -> rates.add(rate.asDouble()));
        rates.sort(null);
        assertEquals(rates.get(1), json.at("/ingest/articlesPerSecond").asDouble(), "the median run is reported");
        assertEquals(25, json.at("/rerun/unchanged").asInt());
        assertTrue(json.at("/ingest/stageSeconds").has("analyse"));
        assertTrue(json.at("/bulk/quads").asLong() > 0);
        assertEquals(2, json.get("stores").size(), "the ingested store and the larger one");
        assertEquals(75, json.at("/stores/1/articles").asInt());
        assertTrue(json.at("/http/answered").asLong() > 0);
        assertEquals(0, json.at("/http/errors").asLong());
        assertTrue(Files.readString(out.resolve("bench.md")).contains("| target | measured | met |"));
    }

    @Test
    void corpusBenchIngestsCopiesOfRealArticlesAndComparesWithTheBulkLoader() throws IOException {
        Path articles = CorpusCopiesTest.articles(out.resolve("articles"));

        int exit = Main.run("bench", "--corpus", articles.toString(), "--copies", "2", "--runs", "2", "--workers",
                "2", "--out", out.resolve("results").toString());

        assertEquals(0, exit);
        JsonNode json = new ObjectMapper().readTree(out.resolve("results/corpus-bench.json").toFile());
        assertEquals(3, json.get("sourceArticles").asInt());
        assertEquals(1, json.get("unreadable").asInt());
        assertEquals(6, json.at("/ingest/stored").asInt(), "no copy is skipped as unchanged");
        assertEquals(0, json.at("/ingest/unchanged").asInt());
        assertEquals(0, json.at("/ingest/rejected").asInt());
        assertEquals(2, json.get("ingestRuns").size());
        assertEquals(json.get("words").asLong(), json.at("/ingest/tokens").asLong());
        assertEquals(List.of("read", "analyse", "extract", "resolve", "map", "store"),
                iterable(json.get("stageSecondsPerThousandWords").fieldNames()));
        assertTrue(json.at("/stageSecondsPerThousandWords/analyse").asDouble() > 0);
        assertEquals(json.at("/ingest/quads").asLong(), json.at("/bulk/quads").asLong(),
                "the bulk loader loads the quads the ingest wrote");
        assertTrue(json.at("/bulk/ingestRatio").asDouble() > 0);
        assertTrue(Files.readString(out.resolve("results/corpus-bench.md")).contains("ingest / bulk"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
