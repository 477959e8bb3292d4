package org.dealgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's layering: dependencies point inward toward {@code model}, the text stages do not
 * touch Jena, nothing depends on the command line, and every package says what it is for.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/dealgraph");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern OWN = Pattern.compile("^org\\.dealgraph\\.(\\w+)");

    /** For each package, the other dealgraph packages it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("lexicon", Set.of()),
            Map.entry("read", Set.of("model", "lexicon")),
            Map.entry("analyse", Set.of("model", "lexicon")),
            Map.entry("extract", Set.of("model", "analyse", "lexicon")),
            Map.entry("resolve", Set.of("model", "analyse", "lexicon")),
            Map.entry("rdf", Set.of("model")),
            Map.entry("store", Set.of("model", "lexicon", "rdf")),
            Map.entry("ingest", Set.of("model", "read", "analyse", "extract", "resolve", "rdf", "store")),
            Map.entry("serve", Set.of("model", "rdf", "store", "export")),
            Map.entry("export", Set.of("model", "lexicon", "rdf", "store")),
            Map.entry("bench", Set.of("model", "lexicon", "read", "analyse", "extract", "resolve", "rdf", "store",
                    "ingest", "serve")),
            Map.entry("cli", Set.of("model", "read", "analyse", "extract", "resolve", "rdf", "store", "ingest",
                    "serve", "export", "bench")));

    private static final Set<String> WITHOUT_JENA = Set.of("model", "lexicon", "read", "analyse", "extract", "resolve");

    @Test
    void everyPackageIsKnownAndDocumented() {
        for (Path dir : packages()) {
            String name = dir.getFileName().toString();
            assertTrue(ALLOWED.containsKey(name), "package " + name + " has no place in the layering above");
            assertTrue(Files.exists(dir.resolve("package-info.java")), "package " + name + " has no package-info.java");
        }
    }

    @Test
    void dependenciesPointInward() {
        List<String> violations = new ArrayList<>();
        for (Path dir : packages()) {
            String pkg = dir.getFileName().toString();
            for (Path file : javaFiles(dir)) {
                for (String imported : imports(file)) {
                    Matcher own = OWN.matcher(imported);
                    if (own.find() && !own.group(1).equals(pkg) && !ALLOWED.get(pkg).contains(own.group(1))) {
                        violations.add(file + " imports " + imported);
                    }
                    if (WITHOUT_JENA.contains(pkg) && imported.startsWith("org.apache.jena")) {
                        violations.add(file + " imports Jena: " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> packages() {
        try (Stream<Path> s = Files.list(SOURCES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
