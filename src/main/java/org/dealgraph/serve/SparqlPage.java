package org.dealgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

/**
 * The query editor at {@code /sparql} (YASGUI, served from the jar): the page, told the IRI base and the
 * prefixes; the example queries of the {@code queries} folder as JSON for its list; and the filter that sends
 * a browser's plain GET on the endpoint (no query) to the editor instead of an error.
 */
final class SparqlPage {

    private SparqlPage() {
    }

    /** The editor's page, saying that queries are sent on to the store at {@code remote} when one is given. */
    static FixedServlet servlet(IriSpace space, PrefixMapping prefixes, Optional<String> remote) {
        JsonObject known = new JsonObject();
        prefixes.getNsPrefixMap().forEach(known::put);
        String page = TextFiles.text("web/sparql.html")
                .replace("over the union of the article graphs.", remote.map(url -> "over the union of the article "
                        + "graphs, which this server reads from the store at <code>" + Html.escape(url) + "</code>.")
                        .orElse("over the union of the article graphs."))
                .replace("data-base=\"\"", "data-base=\"" + Html.escape(space.base()) + "\"")
                .replace("data-prefixes=\"\"", "data-prefixes=\"" + Html.escape(known.toString()) + "\"");
        return new FixedServlet(page, "text/html");
    }

    /**
     * Every example query: its file name, its first comment line as title, and its text. {@code summary}: whether
     * the store served keeps the summary of canonical facts; when it does not (a remote endpoint), a query that
     * reads the summary is given in its form over the union of the article graphs, which answers the same rows.
     */
    static FixedServlet examples(boolean summary) {
        JsonArray list = new JsonArray();
        for (String name : TextFiles.text("queries/index.txt").lines().map(String::strip)
                .filter(n -> n.endsWith(".rq")).sorted().toList()) {
            String text = summary ? TextFiles.text("queries/" + name) : TextFiles.bytes("union-queries/" + name)
                    .map(b -> new String(b, StandardCharsets.UTF_8)).orElseGet(() -> TextFiles.text("queries/" + name));
            JsonObject example = new JsonObject();
            example.put("name", name.substring(0, name.length() - 3));
            example.put("title", text.lines().filter(l -> l.startsWith("#")).findFirst()
                    .map(l -> l.substring(1).strip()).orElse(name));
            example.put("query", text);
            list.add(example);
        }
        return new FixedServlet(list.toString(), "application/json");
    }

    /** The filter on the query endpoints: a GET with no query goes to the editor (303), anything else on. */
    static Filter landing() {
        return new HttpFilter() {
            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response,
                                    jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
                boolean plain = "GET".equals(request.getMethod()) && request.getParameter("query") == null
                        && (request.getQueryString() == null || request.getQueryString().isEmpty());
                if (plain) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", "/sparql");
                    response.setContentType("text/plain; charset=utf-8");
                    response.getWriter().write("This is dealgraph's SPARQL endpoint: send a query as the 'query'"
                            + " parameter (GET or POST). The query editor is at /sparql.\n");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

}
