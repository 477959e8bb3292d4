package org.dealgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dealgraph.bench.BenchResults;
import org.dealgraph.bench.BenchSettings;
import org.dealgraph.bench.BenchReport;
import org.dealgraph.bench.Benchmark;
import org.dealgraph.bench.ServerFigures;
import org.dealgraph.bench.CorpusBench;
import org.dealgraph.bench.CorpusBenchResults;
import org.dealgraph.bench.HostileBench;
import org.dealgraph.bench.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealgraph bench}: measures ingest, storage, queries and serving on a generated corpus. */
@Command(name = "bench",
        description = {"Generates a synthetic corpus of news-like articles in every format dealgraph reads, and "
                + "measures: ingest throughput end to end and per step, peak heap, a re-run over the unchanged "
                + "corpus, TDB2's bulk loader on the same quads, the latency of every query in --queries on the "
                + "ingested store and on a larger one (built by bulk loading copies of the ingested quads, not by "
                + "running the text stages again), the server's time to its first answer, and queries per second "
                + "over HTTP with concurrent clients.",
                "Writes DIR/bench.json and DIR/bench.md. Works in a temporary folder, deleted at the end."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (whether or not the targets were met)", "1:failure", "2:bad usage"})
final class BenchCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to generate and ingest (default: 10000; 300 with --quick).")
    private Integer articles;

    @Option(names = "--words", paramLabel = "W", defaultValue = "600", description = "About how many words per article (default: ${DEFAULT-VALUE}).")
    private int words;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The corpus's seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results", description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--query-articles", paramLabel = "N2", description = "Articles in the larger store the queries are timed on (default: 100000; 3000 with --quick).")
    private Integer queryArticles;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "4", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--seconds", paramLabel = "T", description = "How long the HTTP clients ask (default: 30; 3 with --quick).")
    private Double seconds;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0", description = "Ingest workers (default: one per processor).")
    private int workers;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The .rq files to time (default: ${DEFAULT-VALUE}).")
    private Path queries;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "1", description = "Ingest the corpus R times, each into a new store, and report the median run (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--quick", description = "Small sizes and few runs, for tests and CI.")
    private boolean quick;

    @Option(names = "--hostile", description = "Instead of the corpus benchmark: time files made to be expensive "
            + "(one endless sentence, thousands of names or amounts) against news text of the same size, with no "
            + "article budget, and show what the default budget does with them. Writes DIR/hostile.md.")
    private boolean hostile;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples", description = "With --hostile: "
            + "the articles whose text is the news text (default: ${DEFAULT-VALUE}).")
    private Path examples;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Instead of the generated corpus: measure ingest "
            + "of real text, on --copies copies of the articles in DIR (each copy with its own URL and one sentence "
            + "of its own, so that none is skipped as unchanged): articles and words per second, stage seconds per "
            + "1,000 words, and the ratio to TDB2's bulk loader on the same quads. Writes corpus-bench.json and "
            + "corpus-bench.md into the --out folder.")
    private Path corpus;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "40", description = "With --corpus: how many "
            + "copies of its articles to ingest (default: ${DEFAULT-VALUE}).")
    private int copies;

    @Option(names = "--serve-store", paramLabel = "DIR", description = "Instead of the corpus benchmark: serve the "
            + "existing store DIR read-only in this JVM and time its pages one request at a time (search, the "
            + "neighbourhood of the most connected organization at depth 2, the /id/ pages, the front page) and the "
            + "heap after a full collection; run with JAVA_OPTS=-Xmx1g to check the server's heap bound.")
    private Path serveStore;

    @Option(names = "--server-url", paramLabel = "URL", description = "Instead of the corpus benchmark: time the "
            + "pages of a server already running at URL (e.g. http://127.0.0.1:3030), as --serve-store does, "
            + "without the heap.")
    private String serverUrl;

    BenchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (hostile) {
            return hostile();
        }
        if (corpus != null) {
            return realText();
        }
        if (serveStore != null || serverUrl != null) {
            return pages();
        }
        BenchSettings settings = settings();
        // The clients send thousands of queries: keep the server's request log out of the output.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
        BenchResults results = new Benchmark(settings, terminal.err()).run();
        var text = terminal.out();
        text.printf("%.1f articles/s ingested; results in %s%n", results.ingest().articlesPerSecond(),
                settings.out().resolve("bench.json"));
        for (Target t : results.targets()) {
            text.printf("  %-4s %s: %s%n", t.met() ? "met" : "MISS", t.target(), t.measured());
        }
        text.flush();
        return ExitCodes.OK;
    }

    private int hostile() {
        if (!examples.toFile().isDirectory()) {
            throw CommandError.usage("--examples " + examples + " is not a folder of articles: run bench from "
                    + "dealgraph's folder, or give --examples DIR.");
        }
        List<HostileBench.Result> results = new HostileBench(examples, terminal.err()).run(out);
        terminal.out().print(HostileBench.table(results));
        terminal.out().flush();
        return ExitCodes.OK;
    }

    private int pages() {
        if (serveStore != null && serverUrl != null) {
            throw CommandError.usage("--serve-store and --server-url name two servers: give one of them.");
        }
        if (serveStore != null && !serveStore.toFile().isDirectory()) {
            throw CommandError.usage("--serve-store " + serveStore + " is not a store's folder.");
        }
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
        ServerFigures figures = serveStore != null ? Benchmark.servePages(serveStore, Benchmark.SERVER_RUNS)
                : Benchmark.servedPages(serverUrl, Benchmark.SERVER_RUNS);
        terminal.out().print(BenchReport.serverRows(figures));
        terminal.out().flush();
        return ExitCodes.OK;
    }

    private int realText() {
        if (!corpus.toFile().isDirectory()) {
            throw CommandError.usage("--corpus " + corpus + " is not a folder of articles.");
        }
        if (copies < 1 || runs < 1 || workers < 0) {
            throw CommandError.usage("--copies and --runs must be positive, --workers at least 0: " + copies + ", "
                    + runs + ", " + workers);
        }
        int threads = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        CorpusBenchResults results = new CorpusBench(corpus, copies, threads, runs, terminal.err()).run(out);
        terminal.out().print(CorpusBench.table(results));
        terminal.out().flush();
        return ExitCodes.OK;
    }

    private BenchSettings settings() {
        if (!queries.toFile().isDirectory()) {
            throw CommandError.usage("--queries " + queries + " is not a folder of .rq files: run bench from "
                    + "dealgraph's folder, or give --queries DIR.");
        }
        int threads = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        try {
            return new BenchSettings(or(articles, quick ? 300 : 10_000), words, seed, out,
                    or(queryArticles, quick ? 3_000 : 100_000), clients, seconds == null ? (quick ? 3 : 30) : seconds,
                    threads, queries, quick ? 3 : 30, quick ? 1 : 60, runs);
        } catch (IllegalArgumentException e) {
            throw CommandError.usage("bench options out of range (articles, words, clients, seconds, workers "
                    + "and runs must be positive): " + e.getMessage());
        }
    }

    private static <T> T or(T given, T otherwise) {
        return given == null ? otherwise : given;
    }
}
