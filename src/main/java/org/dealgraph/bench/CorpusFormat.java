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

    /** The article as this format writes it (for JSON Lines: one line, with its line break). */
    String render(SyntheticArticle a) {
        return switch (this) {
            case TXT -> "Title: " + a.title() + "\nDate: " + a.published() + "\nURL: " + a.url() + "\nPublisher: "
                    + a.publisher() + "\nAuthor: " + a.author() + "\n\n" + a.body() + "\n";
            case MARKDOWN -> "---\ntitle: \"" + a.title() + "\"\ndate: " + a.published() + "\nurl: " + a.url()
                    + "\npublisher: " + a.publisher() + "\nauthor: " + a.author() + "\n---\n\n" + a.body() + "\n";
            case HTML -> html(a);
            case JSON -> json(a) + "\n";
            case JSON_LINES -> json(a) + "\n";
        };
    }

    private static String html(SyntheticArticle a) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(a.title())).append(" | ").append(escape(a.publisher())).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(a.publisher())).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(a.author())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(a.url())).append("\">\n</head>\n<body>\n")
                .append("<nav><a href=\"/\">Front page</a></nav>\n<article>\n<h1>").append(escape(a.title()))
                .append("</h1>\n");
        for (String paragraph : a.paragraphs()) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page.append("</article>\n<footer><p>Newsletter</p></footer>\n</body>\n</html>\n").toString();
    }

    private static String json(SyntheticArticle a) {
        ObjectNode node = JSON_MAPPER.createObjectNode()
                .put("title", a.title())
                .put("url", a.url())
                .put("published_at", a.published().toString())
                .put("publisher", a.publisher())
                .put("author", a.author())
                .put("body", a.body());
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
