package org.dealgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a run's results as {@code bench.json} (everything) and {@code bench.md} (a short table). */
public final class BenchReport {

    private final BenchResults r;

    BenchReport(BenchResults results) {
        this.r = results;
    }

    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules()
                    .writeValue(folder.resolve("bench.json").toFile(), r);
            Files.writeString(folder.resolve("bench.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The table rows of the pages' figures. */
    public static String serverRows(ServerFigures s) {
        if (s == null) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append(f("| pages: search, p50 of %d | %.1f ms |%n", s.runs(), s.searchP50Ms()));
        md.append(f("| pages: neighbourhood at depth 2 of %s, p50 | %.1f ms, %d nodes (cap %d%s) |%n", s.center(),
                s.neighbourhoodP50Ms(), s.neighbourhoodNodes(), s.neighbourhoodCap(),
                s.neighbourhoodCapped() ? ", capped" : ""));
        md.append(f("| pages: slowest /id/ page, p50 | %.1f ms (%s) |%n", s.slowestPageP50Ms(), s.slowestPage()));
        md.append(f("| pages: front page | first %.1f ms, then p50 %.1f ms |%n", s.frontFirstMs(), s.frontP50Ms()));
        if (s.maxHeapBytes() > 0) {
            md.append(f("| pages: server heap after warm-up and a full GC | %.0f MiB of %.0f MiB |%n",
                    s.heapAfterWarmUpBytes() / 1048576.0, s.maxHeapBytes() / 1048576.0));
        }
        return md.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# dealgraph bench\n\n");
        Machine m = r.machine();
        md.append(f("Machine: %d cores, max heap %.0f MiB, %s, %s.%n%n", m.cores(), m.maxHeapBytes() / 1048576.0,
                m.java(), m.os()));
        md.append(f("Corpus: %d articles (%d files, %.1f MB, %d words; seed %d).%n%n", r.corpus().articles(),
                r.corpus().files(), r.corpus().bytes() / 1e6, r.corpus().words(), r.settings().seed()));
        md.append("| measure | value |\n| --- | --- |\n");
        ingestRows(md, r.ingestRuns().size() == 1 ? "ingest" : "ingest, median of " + r.ingestRuns().size()
                + " runs " + rates(), r.ingest());
        md.append(f("| re-run (all unchanged) | %.2f s (%d unchanged), %.1f%% of the first run |%n", r.rerun().seconds(),
                r.rerun().unchanged(), 100 * r.rerun().seconds() / r.ingest().seconds()));
        md.append(f("| TDB2 bulk load, same quads, median of as many loads as ingest runs | %.1f s (%.0f quads/s); ingest / bulk = %.1fx, store step / bulk = %.1fx |%n",
                r.bulk().seconds(), r.bulk().quadsPerSecond(), r.bulk().ingestRatio(), r.bulk().storeStageRatio()));
        md.append(f("| size on disk | store after ingest %.0f MB, bulk-loaded database %.0f MB |%n",
                r.ingest().storeBytes() / 1e6, r.bulk().bytes() / 1e6));
        md.append(f("| serve: start to first answer | %.2f s |%n", r.serveFirstAnswerSeconds()));
        HttpFigures h = r.http();
        md.append(f("| HTTP, %d clients, %.0f s (%s) | %.1f queries/s, p50 %.1f ms, p99 %.1f ms, %d errors |%n",
                h.clients(), h.seconds(), h.query(), h.queriesPerSecond(), h.p50Ms(), h.p99Ms(), h.errors()));
        md.append(serverRows(r.server()));
        queryTable(md);
        md.append("\n| target | measured | met |\n| --- | --- | --- |\n");
        for (Target t : r.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met() ? "yes" : "no").append(" |\n");
        }
        return md.toString();
    }

    private static void ingestRows(StringBuilder md, String name, IngestFigures i) {
        md.append(f("| %s (%d workers) | %.1f s: %.1f articles/s, %.0f words/s, %.0f quads/s |%n", name, i.workers(),
                i.seconds(), i.articlesPerSecond(), i.tokensPerSecond(), i.quadsPerSecond()));
        StringBuilder stages = new StringBuilder();
        for (Map.Entry<String, Double> stage : new java.util.TreeMap<>(i.stageSeconds()).entrySet()) {
            stages.append(stages.isEmpty() ? "" : ", ").append(f("%s %.1f", stage.getKey(), stage.getValue()));
        }
        md.append("| stage seconds (summed over threads) | ").append(stages).append(" |\n");
        md.append(f("| peak heap while ingesting | %.0f MiB used, %.0f MiB live after GC |%n",
                i.peakHeapBytes() / 1048576.0, i.peakLiveHeapBytes() / 1048576.0));
    }

    private void queryTable(StringBuilder md) {
        md.append("\nQuery latency in ms, p50 / p99 (runs); lookups take a different organization each run.\n\n");
        md.append("| query |");
        for (StoreFigures s : r.stores()) {
            md.append(f(" %d articles (%s, %d quads) |", s.articles(), s.builtBy(), s.quads()));
        }
        md.append("\n| --- |").append(" --- |".repeat(r.stores().size())).append('\n');
        for (int q = 0; q < r.stores().get(0).queries().size(); q++) {
            QueryFigures first = r.stores().get(0).queries().get(q);
            md.append("| ").append(first.query()).append(first.lookup() ? " (lookup)" : "").append(" |");
            for (StoreFigures s : r.stores()) {
                QueryFigures x = s.queries().get(q);
                md.append(f(" %.1f / %.1f (%d)%s |", x.p50Ms(), x.p99Ms(), x.runs(), x.timedOut() ? " timed out" : ""));
            }
            md.append('\n');
        }
    }

    private String rates() {
        return r.ingestRuns().stream().map(rate -> f("%.1f", rate))
                .collect(Collectors.joining(", ", "(", " articles/s)"));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
