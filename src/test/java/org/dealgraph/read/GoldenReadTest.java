package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dealgraph.model.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each folder under {@code golden/read/} holds one input article and {@code expected.json}
 * with the title, date ({@code yyyy-MM-dd} or null), url, publisher (or null), authors and text the reader
 * must give; compared field by field.
 */
class GoldenReadTest {

    private static final Path CASES = Path.of("src/test/resources/golden/read");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> readsEveryGoldenCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden cases under " + CASES);
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        Path input = input(folder);
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        List<ReadResult> results = new ArticleFiles().read(List.of(input)).toList();
        assertEquals(1, results.size(), () -> "results: " + results);
        Article article = assertInstanceOf(ReadResult.Read.class, results.get(0), () -> results.toString()).article();
        assertAll(
                () -> assertEquals(expected.get("title").asText(), article.title(), "title"),
                () -> assertEquals(optional(expected, "date").map(LocalDate::parse), article.published(), "date"),
                () -> assertEquals(optional(expected, "url"), article.url(), "url"),
                () -> assertEquals(optional(expected, "publisher"), article.publisher(), "publisher"),
                () -> assertEquals(texts(expected.get("authors")), article.authors(), "authors"),
                () -> assertEquals(expected.get("text").asText(), article.text(), "text"));
    }

    private static Path input(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(file -> !file.getFileName().toString().equals("expected.json")).toList();
            assertEquals(1, inputs.size(), () -> folder + " must hold one input besides expected.json: " + inputs);
            return inputs.get(0);
        }
    }

    private static Optional<String> optional(JsonNode expected, String field) {
        JsonNode value = expected.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
