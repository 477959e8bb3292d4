package org.dealgraph.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealgraph.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads HTML pages ({@code .html}, {@code .htm}) with jsoup, in the charset the page declares (a byte
 * order mark or a {@code <meta>} charset; UTF-8 when it declares none), decoded strictly.
 * <ul>
 *   <li>text: the {@code <article>} (the longest, if several), else {@code <main>}, else the body, as
 *       {@link BlockText} reads it, so navigation, headers, footers, asides, scripts and forms are left out
 *       and the {@code <h1>} is not part of the text; the meta description stands in for an empty one;</li>
 *   <li>title: {@code og:title}, else the first {@code <h1>}, else {@code <title>};</li>
 *   <li>date: {@code article:published_time} or another common date meta, else the first
 *       {@code <time datetime>};</li>
 *   <li>URL: {@code <link rel=canonical>}, else {@code og:url}; publisher: {@code og:site_name};
 *       authors: {@code author} metas (names, not profile URLs).</li>
 * </ul>
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued",
            "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date");
    private static final List<String> METADATA_METAS = List.of("description", "og:description", "keywords",
            "article:section", "og:type");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final int CHARSET_SCAN_BYTES = 4096;

    private final long maxBytes;

    /** A reader with the default size limit of 10 MB. */
    public HtmlArticleReader() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public HtmlArticleReader(long maxBytes) {
        this.maxBytes = InputFile.checkedLimit(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public List<ReadResult> read(FileContent content, String source) {
        return List.of(ReadAttempt.of(source, () -> article(source, decoded(content))));
    }

    private String decoded(FileContent content) throws UnreadableInputException {
        byte[] bytes = content.bytes(maxBytes);
        String html = InputFile.decode(bytes, declaredCharset(bytes));
        if (html.isBlank()) {
            throw new UnreadableInputException("File is empty: it holds only blank space.");
        }
        return html;
    }

    /** The charset a byte order mark or a {@code <meta>} near the top declares, else UTF-8. */
    private static Charset declaredCharset(byte[] bytes) throws UnreadableInputException {
        Optional<Charset> marked = InputFile.byteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? InputFile.charset(meta.group(1)) : StandardCharsets.UTF_8;
    }

    private static Article article(String source, String html) throws UnreadableInputException {
        Document page = Jsoup.parse(html);
        Map<String, String> metas = metas(page);
        String text = BlockText.of(container(page));
        if (text.isEmpty()) {
            text = PlainText.normalise(first(metas, List.of("description", "og:description")).orElse(""));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        METADATA_METAS.forEach(name -> Optional.ofNullable(metas.get(name)).ifPresent(v -> metadata.put(name, v)));
        ArticleFields fields = new ArticleFields(PlainText.collapse(title(page, metas)), date(page, metas),
                url(page, metas), metas.getOrDefault("og:site_name", ""), authors(page), text, metadata);
        return fields.toArticle(source, "html");
    }

    /** The element holding the article's text. */
    private static Element container(Document page) {
        Optional<Element> article = page.select("article").stream()
                .max(Comparator.comparingInt(element -> element.text().length()));
        return article.or(() -> Optional.ofNullable(page.selectFirst("main"))).orElse(page.body());
    }

    /** Each {@code <meta>}'s content by its property, name or itemprop, lower case; the first one wins. */
    private static Map<String, String> metas(Document page) {
        Map<String, String> metas = new LinkedHashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !content.isEmpty()) {
                    metas.putIfAbsent(key, content);
                }
            }
        }
        return metas;
    }

    private static String title(Document page, Map<String, String> metas) {
        return first(metas, List.of("og:title"))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .orElse(page.title());
    }

    private static String date(Document page, Map<String, String> metas) {
        return first(metas, DATE_METAS)
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                .orElse("").strip();
    }

    private static String url(Document page, Map<String, String> metas) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? "" : canonical.attr("href").strip();
        return href.isEmpty() ? metas.getOrDefault("og:url", "") : href;
    }

    private static List<String> authors(Document page) {
        List<String> authors = new ArrayList<>();
        Elements metas = page.select("meta[name=author][content], meta[property=article:author][content]");
        for (Element meta : metas) {
            String name = PlainText.collapse(meta.attr("content"));
            if (!name.isEmpty() && !name.toLowerCase(Locale.ROOT).startsWith("http") && !authors.contains(name)) {
                authors.add(name);
            }
        }
        return authors;
    }

    private static Optional<String> first(Map<String, String> metas, List<String> names) {
        return names.stream().map(metas::get).filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
