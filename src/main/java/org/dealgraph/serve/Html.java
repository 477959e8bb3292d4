package org.dealgraph.serve;

/** Plain server-side HTML: escaping every text that goes into a page, and the frame every page shares. */
final class Html {

    private Html() {
    }

    /** {@code text} safe inside an element or a quoted attribute: {@code & < > " '} escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link to {@code href} reading {@code text}, both escaped. Only server paths and http(s) addresses are
     * linked; anything else (a {@code javascript:} IRI in the data, say) is shown as text.
     */
    static String link(String href, String text) {
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        boolean safe = (href.startsWith("/") && !href.startsWith("//"))
                || lower.startsWith("http://") || lower.startsWith("https://");
        return safe ? "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>" : escape(text);
    }

    /** A whole page: {@code title} (escaped) and {@code body} (already HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · dealgraph</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/web/dealgraph.css\">\n</head>\n<body>\n"
                + "<nav><a href=\"/\">dealgraph</a> <a href=\"/graph\">graph view</a> <a href=\"/sparql\">SPARQL</a> "
                + "<a href=\"/void\">dataset</a></nav>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
    }
}
