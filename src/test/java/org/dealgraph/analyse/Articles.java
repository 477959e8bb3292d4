package org.dealgraph.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;

/** Articles for the analyse tests, made from a text written for the test. */
final class Articles {

    private Articles() {
    }

    static Article of(String text) {
        return of(text, null);
    }

    static Article of(String text, LocalDate published) {
        return new Article(new ArticleId("0123abcd"), "test.txt", "txt", "", Optional.ofNullable(published),
                Optional.empty(), Optional.empty(), List.of(), text, "00", Map.of());
    }

    /** The texts of the files under {@code examples/}, in the order of their paths. */
    static List<String> exampleTexts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
