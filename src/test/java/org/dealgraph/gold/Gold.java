package org.dealgraph.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gold of a corpus, read from a folder of per-article JSON files and {@code aliases.json}. The articles
 * are pooled into one corpus: a fact with an {@code "id"} is one fact however many articles tell it (its
 * stated values pooled, required if any telling is), and two annotations that say exactly the same thing
 * (same arguments as written, same values, same title or valuations) are one fact too.
 */
record Gold(Names names, Map<Kind, List<GoldFact>> required, Map<Kind, List<GoldFact>> optional, int articles) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The facts of one kind that a graph is required to hold. */
    List<GoldFact> required(Kind kind) {
        return required.getOrDefault(kind, List.of());
    }

    /** The facts of one kind that a graph may hold or leave. */
    List<GoldFact> optional(Kind kind) {
        return optional.getOrDefault(kind, List.of());
    }

    static Gold read(Path folder) {
        Names names = new Names(aliases(folder.resolve("aliases.json")));
        GoldFacts facts = new GoldFacts(names);
        Map<Kind, Map<Object, GoldFact>> pooled = new EnumMap<>(Kind.class);
        List<Path> files = articleFiles(folder);
        for (Path file : files) {
            JsonNode doc = parse(file);
            for (Kind kind : Kind.ALL) {
                Map<Object, GoldFact> kept = pooled.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                for (JsonNode raw : doc.path(kind.key())) {
                    GoldFact fact = facts.of(kind, raw);
                    Object key = raw.hasNonNull("id") ? "id:" + raw.get("id").asText() : fact.sameness();
                    kept.merge(key, fact, GoldFact::pooledWith);
                }
            }
        }
        Map<Kind, List<GoldFact>> required = new EnumMap<>(Kind.class);
        Map<Kind, List<GoldFact>> optional = new EnumMap<>(Kind.class);
        pooled.forEach((kind, kept) -> {
            required.put(kind, kept.values().stream().filter(f -> !f.optional()).toList());
            optional.put(kind, kept.values().stream().filter(GoldFact::optional).toList());
        });
        return new Gold(names, required, optional, files.size());
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("aliases.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the gold folder " + folder, e);
        }
    }

    private static Map<String, List<String>> aliases(Path file) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        if (Files.exists(file)) {
            parse(file).fields().forEachRemaining(e -> {
                List<String> others = new ArrayList<>();
                e.getValue().forEach(n -> others.add(n.asText()));
                aliases.put(e.getKey(), others);
            });
        }
        return aliases;
    }

    static JsonNode parse(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold file " + file, e);
        }
    }
}
