package org.dealgraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.model.FactKind;
import org.dealgraph.store.ArticleStore;

/** One ingest as the command line runs it: a progress bar on a terminal, then the summary. */
final class IngestRun {

    private final Terminal terminal;

    IngestRun(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Ingests {@code paths} into {@code store} with a worker per processor, prints the summary, returns the report. */
    IngestReport run(ArticleStore store, List<Path> paths) {
        return run(store, paths, Runtime.getRuntime().availableProcessors());
    }

    /** Ingests {@code paths} into {@code store} with {@code workers} workers, prints the summary, returns the report. */
    IngestReport run(ArticleStore store, List<Path> paths, int workers) {
        return run(store, paths, workers, Ingestor.BATCH_ARTICLES, Ingestor.MAX_TRANSACTION_ARTICLES,
                Pipeline.standard());
    }

    /**
     * As {@link #run(ArticleStore, List, int)}, through {@code pipeline}, writing batches of {@code batch}
     * articles in transactions of at most {@code maxTransaction} articles.
     */
    IngestReport run(ArticleStore store, List<Path> paths, int workers, int batch, int maxTransaction,
                     Pipeline pipeline) {
        IngestListener listener = IngestListener.NONE;
        CompletableFuture<Integer> count = null;
        if (terminal.interactive()) {
            count = CompletableFuture.supplyAsync(() -> pipeline.reader().count(paths));
            CompletableFuture<Integer> counted = count;
            listener = new ProgressBar(terminal.err(), terminal.columns(), () -> counted.isDone()
                    && !counted.isCompletedExceptionally() ? OptionalInt.of(counted.join()) : OptionalInt.empty());
        }
        try {
            IngestReport report = new Ingestor(pipeline, store, workers, batch, maxTransaction).ingest(paths, listener);
            printSummary(report, store.read(StatsCommand::kinds));
            return report;
        } finally {
            if (count != null) {
                count.cancel(true);
            }
        }
    }

    /** The exit code a report deserves. */
    static int exitCode(IngestReport report) {
        return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private void printSummary(IngestReport report, Map<String, Long> inStore) {
        var out = terminal.out();
        out.printf("articles read:  %d%n", report.read());
        out.printf("stored:         %d%n", report.stored());
        out.printf("unchanged:      %d%n", report.unchanged());
        out.printf("rejected:       %d%n", report.rejected().size());
        for (IngestOutcome.Rejected r : report.rejected()) {
            out.printf("  %s: %s%n", visible(r.source()), r.reason());
        }
        out.printf("facts told:     %s%n", told(report.facts()));
        out.printf("                (by the articles stored now; a fact counts once for each article that tells it)%n");
        out.printf("facts in store: %s%n", distinct(inStore));
        out.printf("                (distinct, in the whole store, as 'dealgraph stats' counts them)%n");
        out.printf("quads written:  %d%n", report.quads());
        out.printf("triples:        %d%n", report.triples());
        out.printf("seconds:        %.1f%n", report.seconds());
        out.flush();
    }

    /** A file name as printed: control characters (a line break, a terminal escape) shown as {@code \\uXXXX}. */
    static String visible(String name) {
        StringBuilder text = new StringBuilder(name.length());
        name.codePoints().forEach(c -> text.append(Character.getType(c) == Character.CONTROL
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return text.toString();
    }

    /** The facts the stored articles tell, by kind, in the order {@code stats} lists the kinds. */
    static String told(Map<FactKind, Integer> facts) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        FactKind.listed().forEach(kind -> byKind.put(kind.plural(), (long) facts.getOrDefault(kind, 0)));
        return byKind(byKind);
    }

    /** The distinct facts among {@code stats}' counts, by kind. */
    static String distinct(Map<String, Long> inStore) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        FactKind.listed().forEach(kind -> byKind.put(kind.plural(), inStore.getOrDefault(kind.plural(), 0L)));
        return byKind(byKind);
    }

    private static String byKind(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            total += count.getValue();
            text.append(text.isEmpty() ? "" : ", ").append(count.getKey()).append(' ').append(count.getValue());
        }
        return total + " (" + text + ")";
    }
}
