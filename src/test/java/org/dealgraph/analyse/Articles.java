package org.dealgraph.analyse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
}
