package org.dealgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;

/**
 * Runs the benchmark: generates the corpus, ingests it twice (the second time everything is unchanged),
 * bulk loads the same quads with TDB2's loader, times the queries on the ingested store and on a larger
 * store made of copies of its quads, then serves the larger store and loads it with HTTP clients. Works in a
 * temporary folder that it deletes at the end; writes bench.json and bench.md.
 */
public final class Benchmark {

    private static final int LOOKUPS = 20;
    private static final String LOAD_QUERY = "organization-profile.rq";
    /** Timed runs of each page request. */
    public static final int SERVER_RUNS = 5;

    private final BenchSettings settings;
    private final PrintStream log;

    public Benchmark(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs every phase and writes the results into the settings' output folder. */
    public BenchResults run() {
        Path work = temporaryFolder();
        try {
            BenchResults results = run(work);
            new BenchReport(results).write(settings.out());
            return results;
        } finally {
            delete(work);
        }
    }

    private BenchResults run(Path work) {
        log.printf("generating %d articles…%n", settings.articles());
        CorpusSummary corpus = new CorpusGenerator(settings.seed(), settings.articles(), settings.words())
                .write(work.resolve("corpus"));
        Pipeline pipeline = Pipeline.standard();
        Path storeDir = work.resolve("store");
        List<IngestFigures> runs = new ArrayList<>();
        IngestFigures rerun;
        for (int run = 1; run <= settings.ingestRuns(); run++) {
            delete(storeDir);
            log.printf("ingesting with %d workers (run %d of %d)…%n", settings.workers(), run, settings.ingestRuns());
            try (ArticleStore store = ArticleStore.open(storeDir)) {
                runs.add(ingest(pipeline, store, work.resolve("corpus"), corpus.words(), settings.workers()));
            }
            log.printf("  %.1f articles/s%n", runs.get(runs.size() - 1).articlesPerSecond());
        }
        IngestFigures first = median(runs);
        List<Double> rates = runs.stream().map(IngestFigures::articlesPerSecond).toList();
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            log.println("ingesting again, everything unchanged…");
            rerun = ingest(pipeline, store, work.resolve("corpus"), corpus.words(), settings.workers());
        }
        log.println("bulk loading the same quads with TDB2's loader…");
        BulkFigures bulk = bulk(storeDir, work, first, settings.ingestRuns());
        List<StoreFigures> stores = new ArrayList<>();
        log.println("timing the queries on the ingested store…");
        stores.add(queries(storeDir, settings.articles(), "ingest", first.seconds()));
        Path served = storeDir;
        int copies = (int) Math.round((double) settings.queryArticles() / settings.articles());
        if (copies > 1) {
            log.printf("building a store of %d articles from copies of the ingested quads…%n", copies * settings.articles());
            long start = System.nanoTime();
            served = copies(storeDir, work, copies);
            log.println("timing the queries on it…");
            stores.add(queries(served, copies * settings.articles(), "bulk-copies", (System.nanoTime() - start) / 1e9));
        }
        log.printf("serving it, %d clients for %.0f s…%n", settings.clients(), settings.seconds());
        double[] firstAnswer = new double[1];
        ServerFigures[] pages = new ServerFigures[1];
        HttpFigures http = serve(served, firstAnswer, pages);
        BenchResults partial = new BenchResults(Machine.here(), settings, corpus, first, rates, rerun, bulk, stores,
                firstAnswer[0], http, pages[0], List.of());
        return new BenchResults(partial.machine(), settings, corpus, first, rates, rerun, bulk, stores, firstAnswer[0],
                http, pages[0], Targets.check(partial));
    }

    /** The run with the median throughput (of an even number, the slower of the middle two). */
    static IngestFigures median(List<IngestFigures> runs) {
        List<IngestFigures> sorted = runs.stream()
                .sorted(Comparator.comparingDouble(IngestFigures::articlesPerSecond)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Ingests the folder {@code corpus}, whose articles have {@code words} words, with {@code workers} workers. */
    static IngestFigures ingest(Pipeline pipeline, ArticleStore store, Path corpus, long words, int workers) {
        try (HeapWatch heap = HeapWatch.start()) {
            IngestReport report = new Ingestor(pipeline, store, workers).ingest(List.of(corpus));
            double s = report.seconds();
            long tokens = report.stored() == 0 ? 0 : words;
            return new IngestFigures(workers, report.read(), report.stored(), report.unchanged(),
                    report.rejected().size(), tokens, report.quads(), s, report.read() / s, tokens / s,
                    report.quads() / s, report.stages().byName(), heap.peakUsedBytes(), heap.peakAfterGcBytes(),
                    store.sizeOnDisk());
        }
    }

    /** Dumps the ingested store's quads into {@code work} and bulk loads them into a new database there. */
    static BulkFigures bulk(Path storeDir, Path work, IngestFigures ingest, int runs) {
        Path dump = work.resolve("ingested.nq");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            BulkLoad.dump(store, dump);
        }
        Path bulkDir = work.resolve("bulk");
        long quads = 0;
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            delete(bulkDir);
            long start = System.nanoTime();
            quads = BulkLoad.load(List.of(dump), bulkDir);
            times.add((System.nanoTime() - start) / 1e9);
        }
        double seconds = times.stream().sorted().toList().get((runs - 1) / 2);
        double storeStage = ingest.stageSeconds().getOrDefault("store", 0.0);
        return new BulkFigures("TDB2 phased loader", quads, seconds, quads / seconds, ingest.seconds() / seconds,
                storeStage / seconds, ArticleStore.sizeOnDisk(bulkDir));
    }

    private Path copies(Path storeDir, Path work, int copies) {
        Path file = work.resolve("copies.nq");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            StoreScaler.write(store, copies, file);
        }
        Path big = work.resolve("big-store");
        BulkLoad.load(List.of(file), big);
        deleteFile(file);
        try (ArticleStore loaded = ArticleStore.open(big)) {
            loaded.summarize();
        }
        return big;
    }

    private StoreFigures queries(Path storeDir, int articles, String builtBy, double buildSeconds) {
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            List<Lookup> lookups = Lookup.sample(store, LOOKUPS, settings.seed());
            QueryLatency latency = new QueryLatency(settings.queryRuns(), settings.queryBudget(),
                    (long) (settings.queryBudget() * 1000));
            long quads = store.read(dataset -> dataset.asDatasetGraph().stream().count());
            return new StoreFigures(articles, quads, builtBy, buildSeconds,
                    latency.time(store, QueryLatency.queryFiles(settings.queries()), lookups));
        }
    }

    /**
     * Opens the store, serves it, times the first answer, loads it with the clients, then times its pages one
     * request at a time ({@link ServerScale}).
     */
    private HttpFigures serve(Path storeDir, double[] firstAnswer, ServerFigures[] pages) {
        String profile = read(settings.queries().resolve(LOAD_QUERY));
        List<Lookup> lookups;
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            lookups = Lookup.sample(store, LOOKUPS, settings.seed());
        }
        List<Query> queries = lookups.stream().map(lookup -> lookup.bind(profile)).toList();
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(storeDir);
             DealgraphServer server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start()) {
            HttpLoad load = new HttpLoad(server.sparqlUrl());
            boolean answered = load.ask(queries.get(0));
            firstAnswer[0] = answered ? (System.nanoTime() - start) / 1e9 : Double.NaN;
            HttpFigures figures = load.run(LOAD_QUERY, queries, settings.clients(), settings.seconds());
            log.println("timing the pages and the graph view, one request at a time…");
            pages[0] = new ServerScale(server.url(), SERVER_RUNS).measure(true);
            return figures;
        }
    }

    /**
     * Serves the store in {@code storeDir}, read-only, and times its pages and graph view JSON one request at a
     * time; the heap is this JVM's, so run it with the heap limit the server is meant to keep ({@code -Xmx1g}).
     */
    public static ServerFigures servePages(Path storeDir, int runs) {
        try (ArticleStore store = ArticleStore.open(storeDir);
             DealgraphServer server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start()) {
            return new ServerScale(server.url(), runs).measure(true);
        }
    }

    /** Times the pages and graph view JSON of a server running elsewhere, at {@code url}. */
    public static ServerFigures servedPages(String url, int runs) {
        return new ServerScale(url, runs).measure(false);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (run bench from dealgraph's folder, or give "
                    + "--queries)", e);
        }
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("dealgraph-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(Benchmark::deleteFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's folder " + folder, e);
        }
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
