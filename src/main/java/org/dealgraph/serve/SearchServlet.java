package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /search?q=TEXT}: the organizations and people whose names contain the text (the graph view's search
 * query, {@code search.rq}), linked to their profiles.
 */
final class SearchServlet extends HttpServlet {

    private static final Query SEARCH = TextFiles.query("search.rq");
    private static final int MAX_TEXT = 200;

    private final transient UnionQueries queries;
    private final transient IriSpace space;

    SearchServlet(UnionQueries queries, IriSpace space) {
        this.queries = queries;
        this.space = space;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        StringBuilder body = new StringBuilder("<h1>Search</h1>\n<form id=\"front-search\" action=\"/search\">"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(text) + "\" aria-label=\"Search\"> "
                + "<button type=\"submit\">Search</button></form>\n");
        if (!text.isEmpty()) {
            List<Binding> rows = queries.select(SEARCH,
                    Map.of("text", NodeFactory.createLiteralString(text)));
            body.append("<p>").append(rows.size()).append(rows.size() == 1 ? " match" : " matches")
                    .append(" for “").append(Html.escape(text)).append("”.</p>\n<ul class=\"search\">\n");
            for (Binding row : rows) {
                Node entity = UnionQueries.get(row, "node");
                Node label = UnionQueries.get(row, "label");
                body.append("<li>").append(Html.link(space.href(entity.getURI()),
                                label == null ? entity.getURI() : label.getLiteralLexicalForm()))
                        .append(" <span class=\"kind\">")
                        .append(Html.escape(UnionQueries.get(row, "type").getLiteralLexicalForm()))
                        .append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(Html.page("Search", body.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
