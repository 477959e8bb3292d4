package org.dealgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        IngestListener listener = terminal.interactive() ? new ProgressBar(terminal.err()) : IngestListener.NONE;
        IngestReport report = new Ingestor(pipeline, store, workers, batch, maxTransaction).ingest(paths, listener);
        printSummary(report);
        return report;
    }

    /** The exit code a report deserves. */
    static int exitCode(IngestReport report) {
        return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private void printSummary(IngestReport report) {
        var out = terminal.out();
        out.printf("articles read:  %d%n", report.read());
        out.printf("stored:         %d%n", report.stored());
        out.printf("unchanged:      %d%n", report.unchanged());
        out.printf("rejected:       %d%n", report.rejected().size());
        for (IngestOutcome.Rejected r : report.rejected()) {
            out.printf("  %s: %s%n", visible(r.source()), r.reason());
        }
        out.printf("facts stored:   %s%n", facts(report.facts()));
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

    private static String facts(Map<FactKind, Integer> facts) {
        StringBuilder text = new StringBuilder();
        int total = 0;
        for (FactKind kind : FactKind.values()) {
            int n = facts.getOrDefault(kind, 0);
            total += n;
            text.append(text.isEmpty() ? "" : ", ").append(kind.noun())
                    .append(' ').append(n);
        }
        return total + " (" + text + ")";
    }
}
