package org.dealgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.dealgraph.store.ArticleStore;

/**
 * Times every query of a folder of {@code .rq} files on a store, in process: a couple of warm-up runs, then
 * timed runs until the run count or the time budget is spent, each run reading every result. Lookup queries
 * take a different sampled organization on each run.
 */
final class QueryLatency {

    private static final int WARM_UP = 2;

    private final int runs;
    private final double budgetSeconds;
    private final long timeoutMillis;

    QueryLatency(int runs, double budgetSeconds, long timeoutMillis) {
        this.runs = runs;
        this.budgetSeconds = budgetSeconds;
        this.timeoutMillis = timeoutMillis;
    }

    /** The {@code .rq} files of {@code folder}, sorted by name. */
    static List<Path> queryFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + folder, e);
        }
    }

    List<QueryFigures> time(ArticleStore store, List<Path> queries, List<Lookup> lookups) {
        List<QueryFigures> figures = new ArrayList<>();
        for (Path file : queries) {
            figures.add(time(store, file, lookups));
        }
        return figures;
    }

    private QueryFigures time(ArticleStore store, Path file, List<Lookup> lookups) {
        String text = read(file);
        boolean lookup = Lookup.isLookup(text) && !lookups.isEmpty();
        List<Double> millis = new ArrayList<>();
        long rows = 0;
        boolean timedOut = false;
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP + runs && (System.nanoTime() - start) / 1e9 < budgetSeconds; i++) {
            Query query = lookup ? lookups.get(i % lookups.size()).bind(text) : QueryFactory.create(text);
            long began = System.nanoTime();
            try {
                rows = run(store, query);
            } catch (QueryCancelledException e) {
                timedOut = true;
                break;
            } catch (RuntimeException e) {
                // Jena may fail while closing a query it cancelled (a hash join torn down before it was built):
                // past the timeout that is the timeout, before it a real failure.
                if ((System.nanoTime() - began) / 1e6 < timeoutMillis) {
                    throw e;
                }
                timedOut = true;
                break;
            }
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - began) / 1e6);
            }
        }
        return new QueryFigures(file.getFileName().toString(), lookup, millis.size(), percentile(millis, 50),
                percentile(millis, 99), rows, timedOut);
    }

    private long run(ArticleStore store, Query query) {
        return store.read(dataset -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                return count(exec);
            }
        });
    }

    private static long count(QueryExecution exec) {
        Query query = exec.getQuery();
        if (query.isSelectType()) {
            long n = 0;
            for (var rows = exec.execSelect(); rows.hasNext(); rows.next()) {
                n++;
            }
            return n;
        }
        if (query.isAskType()) {
            return exec.execAsk() ? 1 : 0;
        }
        return query.isConstructType() ? exec.execConstruct().size() : exec.execDescribe().size();
    }

    /** The nearest-rank percentile {@code p} of {@code values}; NaN when there are none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
