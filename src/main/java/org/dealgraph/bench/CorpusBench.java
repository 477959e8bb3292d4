package org.dealgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;

/**
 * Ingest of real text: copies a folder of articles ({@link CorpusCopies}), ingests the copies end to end into a
 * new store (several times, reporting the median run), and bulk loads the same quads with TDB2's loader as many
 * times (its median time is the ratio's denominator: one load alone varies by half on a shared machine). Works
 * in a temporary folder that it deletes at the end; writes corpus-bench.json and corpus-bench.md.
 */
public final class CorpusBench {

    /** Stages whose time is given per 1,000 words, in pipeline order. */
    private static final List<String> STAGES = List.of("read", "analyse", "extract", "resolve", "map", "store");

    private final Path corpus;
    private final int copies;
    private final int workers;
    private final int runs;
    private final PrintStream log;

    public CorpusBench(Path corpus, int copies, int workers, int runs, PrintStream log) {
        if (copies < 1 || workers < 1 || runs < 1) {
            throw new IllegalArgumentException("copies, workers and runs must be positive: " + copies + ", "
                    + workers + ", " + runs);
        }
        this.corpus = corpus;
        this.copies = copies;
        this.workers = workers;
        this.runs = runs;
        this.log = log;
    }

    /** Runs the benchmark and writes its results into {@code out}. */
    public CorpusBenchResults run(Path out) {
        Path work = Benchmark.temporaryFolder();
        try {
            CorpusBenchResults results = measure(work);
            write(out, results);
            return results;
        } finally {
            Benchmark.delete(work);
        }
    }

    private CorpusBenchResults measure(Path work) {
        log.printf("writing %d copies of the articles of %s…%n", copies, corpus);
        Path copied = work.resolve("corpus");
        CorpusCopies.Summary summary = CorpusCopies.write(corpus, copies, copied);
        Pipeline pipeline = Pipeline.standard();
        Path storeDir = work.resolve("store");
        List<IngestFigures> figures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Benchmark.delete(storeDir);
            log.printf("ingesting %d articles with %d workers (run %d of %d)…%n", summary.articles(), workers, run,
                    runs);
            try (ArticleStore store = ArticleStore.open(storeDir)) {
                figures.add(Benchmark.ingest(pipeline, store, copied, summary.words(), workers));
            }
            log.printf("  %.1f articles/s%n", figures.get(figures.size() - 1).articlesPerSecond());
        }
        IngestFigures median = Benchmark.median(figures);
        // Every run writes the same quads, so the last run's store stands for the median one's.
        log.println("bulk loading the same quads with TDB2's loader…");
        BulkFigures bulk = Benchmark.bulk(storeDir, work, median, runs);
        return new CorpusBenchResults(Machine.here(), corpus.getFileName().toString(), copies,
                summary.sourceArticles(), summary.rejected(), summary.articles(), summary.words(),
                figures.stream().map(IngestFigures::articlesPerSecond).toList(), median,
                perThousandWords(median, summary.words()), bulk);
    }

    private static Map<String, Double> perThousandWords(IngestFigures ingest, long words) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String stage : STAGES) {
            per.put(stage, ingest.stageSeconds().getOrDefault(stage, 0.0) * 1000 / words);
        }
        return per;
    }

    private static void write(Path out, CorpusBenchResults results) {
        try {
            Files.createDirectories(out);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules()
                    .writeValue(out.resolve("corpus-bench.json").toFile(), results);
            Files.writeString(out.resolve("corpus-bench.md"), "# dealgraph bench --corpus\n\n" + table(results));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + out + ": " + e.getMessage(), e);
        }
    }

    /** The results as a Markdown table. */
    public static String table(CorpusBenchResults r) {
        IngestFigures i = r.ingest();
        StringBuilder md = new StringBuilder("| measure | value |\n| --- | --- |\n");
        md.append(f("| corpus | %d copies of %d articles of %s: %d articles, %d words (%.0f per article) |%n",
                r.copies(), r.sourceArticles(), r.corpus(), r.articles(), r.words(), (double) r.words() / r.articles()));
        String runs = r.ingestRuns().size() == 1 ? "one run" : "median of " + r.ingestRuns().size() + " runs "
                + r.ingestRuns().stream().map(x -> f("%.1f", x)).toList();
        md.append(f("| ingest, %d workers, %s | %.1f s: %.1f articles/s, %.0f words/s, %.0f quads/s |%n", i.workers(), runs,
                i.seconds(), i.articlesPerSecond(), i.tokensPerSecond(), i.quadsPerSecond()));
        StringBuilder stages = new StringBuilder();
        r.stageSecondsPerThousandWords().forEach((stage, s) ->
                stages.append(stages.isEmpty() ? "" : ", ").append(f("%s %.4f", stage, s)));
        md.append("| stage seconds per 1,000 words (summed over threads) | ").append(stages).append(" |\n");
        md.append(f("| TDB2 bulk load, same quads, median of as many loads as ingest runs | %.1f s (%.0f quads/s); ingest / bulk = %.2fx, store step / bulk = "
                + "%.2fx |%n", r.bulk().seconds(), r.bulk().quadsPerSecond(), r.bulk().ingestRatio(),
                r.bulk().storeStageRatio()));
        md.append(f("| stored, unchanged, rejected | %d, %d, %d (unreadable inputs of the folder, not copied: %d) |%n",
                i.stored(), i.unchanged(), i.rejected(), r.unreadable()));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
