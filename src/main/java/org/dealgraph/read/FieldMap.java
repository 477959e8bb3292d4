package org.dealgraph.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Picks an article's fields out of keyed values: YAML front matter, a JSON object or the header lines of a
 * text file. Keys match ignoring case and punctuation ({@code published_at} = {@code publishedAt}); for
 * each field the first key of its list that holds a value wins:
 * <ul>
 *   <li>title: title, headline</li>
 *   <li>date: date, published, published_at, publishedDateTime, datePublished, published_date, pubDate,
 *       created_at</li>
 *   <li>url: url, canonical_url, canonical, link, sourceUrl, permalink; then a publisher key whose value is a
 *       URL ({@code source: https://…})</li>
 *   <li>publisher: publisher, site_name, site, provider, source, outlet; a nested object gives its
 *       {@code name}</li>
 *   <li>authors: author, authors, byline (a name, a list of names, or objects with a {@code name}); a
 *       leading "By" is dropped</li>
 *   <li>text: body, content, text, article, articleBody; when empty, summary, abstract, description,
 *       excerpt stands in. A body holding HTML markup is read as HTML.</li>
 * </ul>
 * Every other key with a scalar value goes to the metadata, as text.
 */
final class FieldMap {

    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> DATE = List.of("date", "published", "publishedat", "publisheddatetime",
            "datepublished", "publisheddate", "pubdate", "createdat");
    private static final List<String> URL = List.of("url", "canonicalurl", "canonical", "link", "sourceurl",
            "permalink");
    private static final List<String> PUBLISHER = List.of("publisher", "sitename", "site", "provider", "source",
            "outlet");
    private static final List<String> AUTHORS = List.of("author", "authors", "byline");
    private static final List<String> BODY = List.of("body", "content", "text", "article", "articlebody");
    private static final List<String> SUMMARY = List.of("summary", "abstract", "description", "excerpt");
    private static final Pattern HTML = Pattern.compile(
            "(?i)<(p|div|br|h[1-6]|li|ul|ol|blockquote|article|section|span|a|em|strong)\\b[^>]*>");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

    /** Values by normalised key, in the file's order; the original key is kept for the metadata. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> originalKeys = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    FieldMap(Map<?, ?> raw) {
        raw.forEach((key, value) -> {
            String normalised = normaliseKey(String.valueOf(key));
            if (!values.containsKey(normalised) && value != null) {
                values.put(normalised, value);
                originalKeys.put(normalised, String.valueOf(key));
            }
        });
    }

    /** Whether {@code key} names one of the fields above (for text file headers). */
    static boolean isFieldKey(String key) {
        String k = normaliseKey(key);
        return TITLE.contains(k) || DATE.contains(k) || URL.contains(k) || PUBLISHER.contains(k)
                || AUTHORS.contains(k);
    }

    /**
     * The fields, with {@code ownText} (already in {@link PlainText}'s shape) as the text when the format
     * carries its body outside the keyed values, as Markdown does; otherwise the body key's text.
     */
    ArticleFields fields(Optional<String> ownText) {
        String title = first(TITLE, false).orElse("");
        String date = first(DATE, false).orElse("");
        String url = first(URL, false).or(() -> firstUrlValued(PUBLISHER)).orElse("");
        String publisher = first(PUBLISHER, true).orElse("");
        List<String> authors = authors();
        String text = ownText.filter(t -> !t.isBlank())
                .or(() -> first(BODY, false).map(FieldMap::toText).filter(t -> !t.isBlank()))
                .or(() -> first(SUMMARY, false).map(FieldMap::toText))
                .orElse("");
        return new ArticleFields(PlainText.collapse(title), date.strip(), url.strip(), PlainText.collapse(publisher),
                authors, text, metadata());
    }

    /** The first key of {@code keys} holding text; with {@code skipUrls}, values that are URLs do not count. */
    private Optional<String> first(List<String> keys, boolean skipUrls) {
        for (String key : keys) {
            Optional<String> text = text(values.get(key)).filter(t -> !skipUrls || !isUrl(t));
            if (text.isPresent()) {
                used.add(key);
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstUrlValued(List<String> keys) {
        for (String key : keys) {
            Optional<String> text = text(values.get(key)).filter(FieldMap::isUrl);
            if (text.isPresent()) {
                used.add(key);
                return text;
            }
        }
        return Optional.empty();
    }

    private List<String> authors() {
        for (String key : AUTHORS) {
            Object value = values.get(key);
            Collection<?> items = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
            Set<String> names = new LinkedHashSet<>();
            for (Object item : items) {
                text(item).map(name -> BY.matcher(PlainText.collapse(name)).replaceFirst(""))
                        .filter(name -> !name.isEmpty()).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                used.add(key);
                return new ArrayList<>(names);
            }
        }
        return List.of();
    }

    /** Scalar values of keys no field took, by their original key. */
    private Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!used.contains(key) && isScalar(value)) {
                text(value).ifPresent(text -> metadata.put(originalKeys.get(key), text));
            }
        });
        return metadata;
    }

    /** A value's text: a scalar as written, a nested object's {@code name}; nothing for blanks and lists. */
    private static Optional<String> text(Object value) {
        Object scalar = value instanceof Map<?, ?> map ? map.get("name") : value;
        if (!isScalar(scalar)) {
            return Optional.empty();
        }
        String text = scalar instanceof Date date ? date.toInstant().toString() : String.valueOf(scalar).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date;
    }

    /** A body or summary as plain text in {@link PlainText}'s shape; HTML markup is read as HTML. */
    private static String toText(String body) {
        return HTML.matcher(body).find() ? BlockText.of(Jsoup.parseBodyFragment(body).body()) : PlainText.normalise(body);
    }

    private static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String normaliseKey(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
