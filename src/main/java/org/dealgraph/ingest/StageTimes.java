package org.dealgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seconds spent in each step of an ingest, summed over the threads that ran it: with several workers the
 * text stages add up to more than the wall time. {@code read} is parsing files into articles, {@code check}
 * looking up stored content hashes, {@code map} turning resolved facts into quads, {@code store} the write
 * transactions.
 */
public record StageTimes(double read, double check, double analyse, double extract, double resolve, double map,
                         double store) {

    public StageTimes {
        for (double s : new double[] {read, check, analyse, extract, resolve, map, store}) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("negative or undefined stage time " + s);
            }
        }
    }

    /** No time at all. */
    public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0, 0, 0);

    /** The stages by name, in pipeline order. */
    public Map<String, Double> byName() {
        Map<String, Double> named = new LinkedHashMap<>();
        named.put("read", read);
        named.put("check", check);
        named.put("analyse", analyse);
        named.put("extract", extract);
        named.put("resolve", resolve);
        named.put("map", map);
        named.put("store", store);
        return named;
    }
}
