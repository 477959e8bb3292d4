package org.dealgraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.analyse.OpenNlpAnalyser;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;

/** Test fixtures: articles made from a few sentences, analysed by the real analyser (loaded once). */
public final class Articles {

    private static final OpenNlpAnalyser ANALYSER = OpenNlpAnalyser.load();

    private Articles() {
    }

    public static Article article(String text, LocalDate published) {
        String hash = sha256(text + published);
        return new Article(new ArticleId(hash.substring(0, 16)), "test.txt", "txt", "", Optional.ofNullable(published),
                Optional.empty(), Optional.empty(), List.of(), text, hash, Map.of());
    }

    public static AnalysedArticle analysed(String text, LocalDate published) {
        return ANALYSER.analyse(article(text, published));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
