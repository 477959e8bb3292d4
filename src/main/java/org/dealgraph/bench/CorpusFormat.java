package org.dealgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The file formats the synthetic corpus is written in: every format dealgraph reads. */
enum CorpusFormat {
    TXT("txt"), MARKDOWN("md"), HTML("html"), JSON("json"), JSON_LINES("jsonl");

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    final String extension;

    CorpusFormat(String extension) {
        this.extension = extension;
    }

    /** The format of the article at {@code index}: the formats take turns. */
    static CorpusFormat of(int index) {
        return values()[index % values().length];
    }

    /** The format whose files end in {@code extension}. */
    static CorpusFormat ofExtension(String extension) {
        for (CorpusFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no corpus format for ." + extension);
    }

    /** The article as this format writes it (for JSON Lines: one line, with its line break). */
    String render(SyntheticArticle a) {
        return render(a.text());
    }

    /** The article as this format writes it; fields it lacks are left out. */
    String render(ArticleText a) {
        return switch (this) {
            case TXT -> header(a, "Title: ", "Date: ", "URL: ", "Publisher: ", "Author: ", "") + "\n" + a.body() + "\n";
            case MARKDOWN -> header(a, "---\ntitle: \"", "date: ", "url: ", "publisher: ", "author: ", "\"")
                    + "---\n\n" + a.body() + "\n";
            case HTML -> html(a);
            case JSON -> json(a) + "\n";
            case JSON_LINES -> json(a) + "\n";
        };
    }

    /** Header lines of the fields present, each line a prefix and its value; the title's line ends in {@code quote}. */
    private static String header(ArticleText a, String title, String date, String url, String publisher,
                                 String author, String quote) {
        String quoted = quote.isEmpty() ? a.title() : a.title().replace("\\", "\\\\").replace(quote, "\\" + quote);
        StringBuilder lines = new StringBuilder(title).append(quoted).append(quote).append('\n');
        a.published().ifPresent(d -> lines.append(date).append(d).append('\n'));
        a.url().ifPresent(u -> lines.append(url).append(u).append('\n'));
        a.publisher().ifPresent(p -> lines.append(publisher).append(p).append('\n'));
        a.authors().forEach(name -> lines.append(author).append(name).append('\n'));
        return lines.toString();
    }

    private static String html(ArticleText a) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(a.title())).append(a.publisher().map(p -> " | " + escape(p)).orElse(""))
                .append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n");
        a.publisher().ifPresent(p -> page.append("<meta property=\"og:site_name\" content=\"").append(escape(p))
                .append("\">\n"));
        a.published().ifPresent(d -> page.append("<meta property=\"article:published_time\" content=\"").append(d)
                .append("\">\n"));
        a.authors().forEach(name -> page.append("<meta name=\"author\" content=\"").append(escape(name))
                .append("\">\n"));
        a.url().ifPresent(u -> page.append("<link rel=\"canonical\" href=\"").append(escape(u)).append("\">\n"));
        page.append("</head>\n<body>\n<nav><a href=\"/\">Front page</a></nav>\n<article>\n<h1>")
                .append(escape(a.title())).append("</h1>\n");
        for (String paragraph : a.paragraphs()) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page.append("</article>\n<footer><p>Newsletter</p></footer>\n</body>\n</html>\n").toString();
    }

    private static String json(ArticleText a) {
        ObjectNode node = JSON_MAPPER.createObjectNode().put("title", a.title());
        a.url().ifPresent(u -> node.put("url", u));
        a.published().ifPresent(d -> node.put("published_at", d.toString()));
        a.publisher().ifPresent(p -> node.put("publisher", p));
        if (a.authors().size() == 1) {
            node.put("author", a.authors().get(0));
        } else if (!a.authors().isEmpty()) {
            a.authors().forEach(node.putArray("authors")::add);
        }
        node.put("body", a.body());
        try {
            return JSON_MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
