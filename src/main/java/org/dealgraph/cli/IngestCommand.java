package org.dealgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dealgraph.ingest.ArticleBudget;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.rdf.Iris;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dealgraph ingest}: reads articles into the store. */
@Command(name = "ingest",
        description = {"Reads articles (.txt, .md, .html, .json, .jsonl; files or folders) into the store, one "
                + "named graph per article. Articles whose content is unchanged are skipped; changed ones are "
                + "replaced whole.",
                "With --to URL the article graphs go to a SPARQL Graph Store Protocol endpoint instead of --store: "
                + "the articles are ingested into a scratch store in a temporary folder, then each graph is PUT.",
                "Each article is stored under its path from the folder holding the PATH given (a file given "
                + "directly: its file name), never under an absolute path of this machine.",
                "On a terminal a progress bar shows the articles through analysis of the total, the percentage, "
                + "the rate and the time left.",
                "Ends with a summary: articles read, stored, unchanged, rejected (each with its file and reason), "
                + "facts by kind twice (told: once per article that tells a fact; in store: distinct, as 'dealgraph "
                + "stats' counts them), triples in the store, seconds."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input stored or unchanged",
                "1:failure (bad --store, no articles found in the paths given)",
                "2:bad usage (also a --base that contradicts the store's)",
                "3:some inputs were rejected (missing, empty, binary, too large, badly encoded or malformed files, named pipes, devices and sockets, symbolic links leading outside the folders given; each listed with its reason), the rest were stored"})
final class IngestCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Mixin
    private BaseOption base;

    @Mixin
    private RemoteOptions remote;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Threads that analyse articles in parallel (default: one per processor).")
    private int workers;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingestor.BATCH_ARTICLES,
            description = "Articles written together, and the fewest one write transaction takes (default: "
                    + "${DEFAULT-VALUE}). Only a batch is held in memory.")
    private int batch;

    @Option(names = "--max-transaction", paramLabel = "N", defaultValue = "" + Ingestor.MAX_TRANSACTION_ARTICLES,
            description = "The most articles one write transaction takes (default: ${DEFAULT-VALUE}, or --batch if "
                    + "larger). Between the two, a transaction takes as many articles as the store already holds: "
                    + "TDB2 copies every block a transaction touches, so fewer, larger transactions store faster "
                    + "and leave a much smaller store. Readers see new articles, and a killed ingest keeps them, "
                    + "a transaction at a time.")
    private int maxTransaction;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Reject files larger than N bytes (default: ${DEFAULT-VALUE}, 10 MB). The limit holds "
                    + "while reading, whatever size the file claims.")
    private long maxBytes;

    @Option(names = "--follow-links",
            description = "Also read what symbolic links inside the folders given lead to when that lies outside "
                    + "them (by default such links are rejected: a link must not carry a file from elsewhere into "
                    + "the graph). A link given directly as a PATH is always followed.")
    private boolean followLinks;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + ArticleBudget.DEFAULT_SENTENCE_TOKENS,
            description = "Reject an article with a sentence of more than N tokens (default: ${DEFAULT-VALUE}; news "
                    + "sentences have well under 100).")
    private int maxSentenceTokens;

    @Option(names = "--max-mentions", paramLabel = "N", defaultValue = "" + ArticleBudget.DEFAULT_MENTIONS,
            description = "Reject an article with more than N mentions of names, amounts, dates and titles "
                    + "(default: ${DEFAULT-VALUE}; a news article has a few hundred at most).")
    private int maxMentions;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + ArticleBudget.DEFAULT_SECONDS,
            description = "Reject an article whose analysis, extraction and mapping take more than S seconds "
                    + "(default: ${DEFAULT-VALUE}); checked after each stage.")
    private int maxSeconds;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders to read.")
    private List<Path> paths;

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (workers < 0) {
            throw CommandError.usage("--workers " + workers + " is not a number of threads: give 1 or more, "
                    + "or 0 for one per processor.");
        }
        if (batch < 1) {
            throw CommandError.usage("--batch " + batch + " is not a number of articles: give 1 or more (the "
                    + "default is " + Ingestor.BATCH_ARTICLES + ").");
        }
        if (maxTransaction < 1) {
            throw CommandError.usage("--max-transaction " + maxTransaction + " is not a number of articles: give 1 "
                    + "or more (the default is " + Ingestor.MAX_TRANSACTION_ARTICLES + ").");
        }
        if (maxBytes < 1) {
            throw CommandError.usage("--max-bytes " + maxBytes + " is not a size limit: give a number of bytes, "
                    + "1 or more (the default is 10485760, 10 MB).");
        }
        ArticleBudget budget = budget();
        int threads = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        Function<ArticleStore, IngestReport> ingest = opened -> {
            IngestReport report = new IngestRun(terminal).run(opened, paths, threads, batch,
                    Math.max(batch, maxTransaction), Pipeline.standard(maxBytes, followLinks, budget));
            if (report.read() == 0) {
                throw CommandError.failure("found no articles in " + paths + ": dealgraph reads .txt, .md, "
                        + ".html, .json and .jsonl files.");
            }
            return report;
        };
        if (remote.given()) {
            return new RemoteIngest(terminal, remote.open(System.getenv()))
                    .run(base.given().orElseGet(Iris::new), ingest);
        }
        try (ArticleStore opened = store.openOrCreate(base.given())) {
            return IngestRun.exitCode(ingest.apply(opened));
        }
    }

    private ArticleBudget budget() {
        positive("--max-sentence-tokens", maxSentenceTokens, "tokens", ArticleBudget.DEFAULT_SENTENCE_TOKENS);
        positive("--max-mentions", maxMentions, "mentions", ArticleBudget.DEFAULT_MENTIONS);
        positive("--max-seconds", maxSeconds, "seconds", ArticleBudget.DEFAULT_SECONDS);
        return new ArticleBudget(maxSentenceTokens, maxMentions, Duration.ofSeconds(maxSeconds));
    }

    private static void positive(String option, int value, String unit, int defaultValue) {
        if (value < 1) {
            throw CommandError.usage(option + " " + value + " is not a limit: give a number of " + unit
                    + ", 1 or more (the default is " + defaultValue + ").");
        }
    }
}
