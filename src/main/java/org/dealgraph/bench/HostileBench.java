package org.dealgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dealgraph.ingest.ArticleBudget;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.dealgraph.store.ArticleStore;

/**
 * Times files made to be expensive against news text of the same size: one sentence of 40,000 brackets,
 * a list of 20,000 organization names, 20,000 short sentences, 100,000 amounts in one sentence. Each is
 * ingested alone into a new in-memory store with no budget, so that what is timed is the stages' own cost,
 * then once with the default budget, to show what an ingest does with it. The news text is the example
 * articles' text, repeated to the file's size. Targets: at most {@value #MAX_RATIO}× the news text's time, and
 * at most {@value #MAX_LIVE_MIB} MiB of heap in use after a collection (the pipeline's models included).
 */
public final class HostileBench {

    static final double MAX_RATIO = 5.0;
    static final long MAX_LIVE_MIB = 512;

    /** One kind of hostile file: its name and how to write it with {@code n} repeats of its unit. */
    private record Case(String name, int repeats, IntFunction<String> unit, String separator, String opening) {
        String text() {
            return opening + IntStream.range(0, repeats).mapToObj(unit).collect(Collectors.joining(separator))
                    + ".\n";
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("40,000 brackets in one sentence", 40_000, i -> "[", "", "Orbital Compute said "),
            new Case("20,000 organization names in one list", 20_000, i -> "Tern" + i + " Robotics", ", ",
                    "The partners are "),
            new Case("20,000 short sentences", 20_000, i -> "Helios" + i + " Systems bought Kestrel" + i
                    + " Labs", ". ", ""),
            new Case("100,000 amounts in one sentence", 100_000, i -> "$1 billion", " and ",
                    "Orbital Compute paid "));

    /** The figures of one case. */
    public record Result(String name, long bytes, double seconds, double newsSeconds, long liveMib, long newsLiveMib,
                  String withBudget) {
        double ratio() {
            return seconds / newsSeconds;
        }

        boolean met() {
            return ratio() <= MAX_RATIO && liveMib <= MAX_LIVE_MIB;
        }
    }

    private final Path examples;
    private final PrintStream log;

    public HostileBench(Path examples, PrintStream log) {
        this.examples = examples;
        this.log = log;
    }

    /** Runs every case in a temporary folder, writes {@code out/hostile.md}, and returns the figures. */
    public List<Result> run(Path out) {
        Path work = Benchmark.temporaryFolder();
        try {
            List<Result> results = run(work, log);
            write(out.resolve("hostile.md"), "# Hostile files against news text of the same size\n\n"
                    + table(results));
            return results;
        } finally {
            Benchmark.delete(work);
        }
    }

    private List<Result> run(Path work, PrintStream log) {
        String news = newsText();
        Pipeline unlimited = Pipeline.standard().withBudget(ArticleBudget.unlimited());
        Pipeline budgeted = unlimited.withBudget(ArticleBudget.defaults());
        time(unlimited, write(work.resolve("warm-up.txt"), repeatTo(news, 200_000)));
        List<Result> results = new ArrayList<>();
        for (Case c : CASES) {
            String hostile = c.text();
            Path hostileFile = write(work.resolve("hostile.txt"), hostile);
            Path newsFile = write(work.resolve("news.txt"), repeatTo(news, hostile.length()));
            log.printf("%s (%,d bytes)…%n", c.name(), hostile.length());
            double[] newsFigures = time(unlimited, newsFile);
            double[] hostileFigures = time(unlimited, hostileFile);
            results.add(new Result(c.name(), hostile.length(), hostileFigures[0], newsFigures[0],
                    (long) hostileFigures[1], (long) newsFigures[1], withBudget(budgeted, hostileFile)));
        }
        return results;
    }

    /** Seconds to ingest the file alone, and the most heap in use after a collection meanwhile, in MiB. */
    private static double[] time(Pipeline pipeline, Path file) {
        System.gc();
        try (HeapWatch heap = HeapWatch.start(); ArticleStore store = ArticleStore.inMemory()) {
            long start = System.nanoTime();
            IngestReport report = new Ingestor(pipeline, store).ingest(List.of(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.stored() != 1) {
                throw new IllegalStateException("the benchmark's file was not stored: " + report.rejected());
            }
            return new double[] {seconds, Math.max(heap.peakAfterGcBytes(), 0) / (1024.0 * 1024.0)};
        }
    }

    private static String withBudget(Pipeline pipeline, Path file) {
        try (ArticleStore store = ArticleStore.inMemory()) {
            IngestReport report = new Ingestor(pipeline, store).ingest(List.of(file));
            return report.stored() == 1 ? "stored" : "rejected: " + report.rejected().get(0).reason();
        }
    }

    /** The text of the example articles, one after the other. */
    private String newsText() {
        StringBuilder text = new StringBuilder();
        new ArticleFiles().read(List.of(examples)).forEach(result -> {
            if (result instanceof ReadResult.Read read) {
                text.append(read.article().text()).append("\n\n");
            }
        });
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no example articles in " + examples);
        }
        return text.toString();
    }

    private static String repeatTo(String text, int length) {
        StringBuilder out = new StringBuilder(length + text.length());
        while (out.length() < length) {
            out.append(text);
        }
        return out.substring(0, length);
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The results as a Markdown table. */
    public static String table(List<Result> results) {
        StringBuilder md = new StringBuilder("| file | bytes | seconds | news text, seconds | ratio (≤ "
                + MAX_RATIO + ") | heap after GC, MiB (≤ " + MAX_LIVE_MIB + "; news text) | with the default "
                + "budget | target |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Result r : results) {
            md.append(String.format("| %s | %,d | %.2f | %.2f | %.2f | %d (%d) | %s | %s |%n", r.name(), r.bytes(),
                    r.seconds(), r.newsSeconds(), r.ratio(), r.liveMib(), r.newsLiveMib(), r.withBudget(),
                    r.met() ? "met" : "MISS"));
        }
        return md.toString();
    }
}
