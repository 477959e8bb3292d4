package org.dealgraph.analyse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dealgraph.gold.Names;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;

/**
 * A measuring tool, not a test: analyses a corpus folder ({@code articles/} and {@code gold/}) and scores the
 * distinct organization and person mention names against the gold entities, normalised the way the corpus
 * scorer normalises names. Prints precision, recall and F1 per kind, then the wrong names (with the rule
 * that found them and where) and the missed ones. Run with the corpus folder as the only argument.
 */
public final class EntityScoreProbe {


    private final Map<String, String> aliases = new HashMap<>();

    private EntityScoreProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        new EntityScoreProbe().run(corpus, args.length > 1 ? args[1] : "");
    }

    private void run(Path corpus, String only) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode aliasDoc = json.readTree(corpus.resolve("gold/aliases.json").toFile());
        aliasDoc.fields().forEachRemaining(e -> {
            aliases.put(norm(e.getKey()), norm(e.getKey()));
            e.getValue().forEach(v -> aliases.put(norm(v.asText()), norm(e.getKey())));
        });
        Map<String, List<Set<String>>> required = new HashMap<>();
        Map<String, List<Set<String>>> optional = new HashMap<>();
        for (String kind : List.of("organizations", "people")) {
            required.put(kind, new ArrayList<>());
            optional.put(kind, new ArrayList<>());
        }
        try (Stream<Path> files = Files.list(corpus.resolve("gold"))) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().equals("aliases.json")
                        || !p.getFileName().toString().contains(only)) {
                    continue;
                }
                JsonNode doc = json.readTree(p.toFile());
                for (String kind : List.of("organizations", "people")) {
                    for (JsonNode e : doc.path(kind)) {
                        boolean opt = e.isObject() && e.path("optional").asBoolean(false);
                        Set<String> alt = alternatives(e.isObject() ? e.path("name").asText() : e.asText());
                        List<Set<String>> into = (opt ? optional : required).get(kind);
                        if (!into.contains(alt)) {
                            into.add(alt);
                        }
                    }
                }
            }
        }
        Map<String, Map<String, String>> predicted = Map.of("organizations", new TreeMap<>(), "people",
                new TreeMap<>());
        OpenNlpAnalyser analyser = OpenNlpAnalyser.load();
        List<ReadResult> results = new ArticleFiles().read(List.of(corpus.resolve("articles"))).toList();
        for (ReadResult r : results) {
            if (!(r instanceof ReadResult.Read read) || !read.source().contains(only)) {
                continue;
            }
            AnalysedArticle a = analyser.analyse(read.article());
            String file = Path.of(read.source()).getFileName().toString();
            for (Mention m : a.mentions()) {
                String kind = m.type() == MentionType.ORGANIZATION ? "organizations"
                        : m.type() == MentionType.PERSON ? "people" : null;
                if (kind != null) {
                    predicted.get(kind).putIfAbsent(m.name(), m.rule() + " \"" + m.text() + "\" "
                            + file.substring(0, Math.min(40, file.length())));
                }
            }
        }
        for (String kind : List.of("organizations", "people")) {
            score(kind, predicted.get(kind), required.get(kind), optional.get(kind));
        }
    }

    private void score(String kind, Map<String, String> predicted, List<Set<String>> gold, List<Set<String>> opt) {
        Map<String, String> keys = new TreeMap<>();
        predicted.forEach((name, where) -> keys.putIfAbsent(canon(name), name + "  <- " + where));
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> k : keys.entrySet()) {
            if (gold.stream().anyMatch(g -> g.contains(k.getKey()))) {
                right++;
            } else if (opt.stream().noneMatch(g -> g.contains(k.getKey()))) {
                wrong.add(k.getValue());
            }
        }
        List<Set<String>> missed = gold.stream().filter(g -> g.stream().noneMatch(keys::containsKey)).toList();
        double p = right / (double) Math.max(1, right + wrong.size());
        double r = (gold.size() - missed.size()) / (double) Math.max(1, gold.size());
        System.out.printf(Locale.ROOT, "%s: P %.3f  R %.3f  F1 %.3f  (right %d, wrong %d, gold %d, missed %d)%n",
                kind, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), right, wrong.size(), gold.size(), missed.size());
        wrong.forEach(w -> System.out.println("  WRONG  " + w));
        missed.forEach(m -> System.out.println("  MISSED " + m));
    }

    private Set<String> alternatives(String spec) {
        Set<String> alt = new LinkedHashSet<>();
        for (String part : spec.split("\\|")) {
            if (!part.isBlank()) {
                alt.add(canon(part));
            }
        }
        return alt;
    }

    private String canon(String name) {
        String n = norm(name);
        return aliases.getOrDefault(n, n);
    }

    /** The corpus scorer's normalisation, as the tests' gold scorer applies it. */
    static String norm(String name) {
        return Names.key(name);
    }
}
