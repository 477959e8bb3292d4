package org.dealgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times what a person's browser asks of a served store: searches, the neighbourhood of the most connected
 * organization at depth 2, the {@code /id/} pages of the entities {@code /api/suggest} names (the first one's
 * first and last page of facts), of a fact and of an article, and the front page. Each request is asked once to
 * warm up, then {@code runs} times; the figures are medians. The server may run in this JVM (then the heap it
 * holds is measured after a full collection) or elsewhere.
 */
final class ServerScale {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int runs;

    /** {@code base}: the server's URL, e.g. {@code http://127.0.0.1:3030}. */
    ServerScale(String base, int runs) {
        this.base = base;
        this.runs = runs;
    }

    /** Times every request; {@code inThisJvm}: whether the server runs in this JVM, whose heap is then measured. */
    ServerFigures measure(boolean inThisJvm) {
        double frontFirst = millis("/");
        JsonNode suggested = json("/api/suggest");
        String center = organization(suggested);
        List<String> texts = new ArrayList<>();
        suggested.forEach(s -> texts.add(s.get("label").asText().substring(0, Math.min(4, s.get("label").asText()
                .length())).toLowerCase(Locale.ROOT)));
        texts.add("ai");
        double search = median(texts.stream().map(t -> "/api/search?q=" + encode(t)).toList());
        String around = "/api/neighbourhood?depth=2&iri=" + encode(center);
        JsonNode neighbourhood = json(around);
        double neighbourhoodMs = median(List.of(around));
        Map<String, Double> pages = new LinkedHashMap<>();
        for (String page : pages(suggested, neighbourhood)) {
            pages.put(page, median(List.of(page)));
        }
        Map.Entry<String, Double> slowest = pages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        double front = median(List.of("/"));
        long heap = 0;
        long max = 0;
        if (inThisJvm) {
            System.gc();
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            max = Runtime.getRuntime().maxMemory();
        }
        return new ServerFigures(runs, search, center, neighbourhoodMs,
                neighbourhood.path("elements").path("nodes").size(), neighbourhood.path("cap").asInt(0),
                neighbourhood.path("capped").asBoolean(false), slowest.getKey(), slowest.getValue(), frontFirst,
                front, heap, max);
    }

    /** The pages timed: each suggested entity's, the center's last page of facts, a fact's and an article's. */
    private List<String> pages(JsonNode suggested, JsonNode neighbourhood) {
        List<String> pages = new ArrayList<>();
        suggested.forEach(s -> {
            String iri = s.get("iri").asText();
            if (iri.contains("/id/")) {
                pages.add(iri.substring(iri.indexOf("/id/")));
            }
        });
        if (!pages.isEmpty()) {
            String first = get(pages.get(0)).body();
            java.util.regex.Matcher last = java.util.regex.Pattern.compile("href=\"([^\"]*\\?page=[0-9]+)\">oldest")
                    .matcher(first);
            if (last.find()) {
                pages.add(last.group(1));
            }
        }
        JsonNode edges = neighbourhood.path("elements").path("edges");
        if (!edges.isEmpty()) {
            JsonNode facts = edges.get(0).path("data").path("facts");
            String fact = facts.isArray() && !facts.isEmpty() ? facts.get(0).path("fact").asText()
                    : edges.get(0).path("data").path("fact").asText();
            JsonNode details = json("/api/fact?iri=" + encode(fact));
            pages.add(details.path("href").asText(""));
            JsonNode evidence = details.path("evidence");
            if (!evidence.isEmpty()) {
                pages.add(evidence.get(0).path("article").path("href").asText(""));
            }
        }
        pages.removeIf(String::isEmpty);
        return pages;
    }

    private static String organization(JsonNode suggested) {
        for (JsonNode s : suggested) {
            if ("organization".equals(s.get("type").asText())) {
                return s.get("iri").asText();
            }
        }
        throw new IllegalStateException("the server suggests no organization: " + suggested);
    }

    /** The median time of asking each path once, over {@code runs} rounds, after one round to warm up. */
    private double median(List<String> paths) {
        paths.forEach(this::millis);
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            paths.forEach(p -> times.add(millis(p)));
        }
        return QueryLatency.percentile(times, 50);
    }

    private double millis(String path) {
        long start = System.nanoTime();
        HttpResponse<String> answer = get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private JsonNode json(String path) {
        try {
            return JSON.readTree(get(path).body());
        } catch (IOException e) {
            throw new UncheckedIOException(path + " answered no JSON", e);
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask " + base + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + path, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
