package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /search?q=TEXT}: the organizations and people whose names contain the text (the graph view's search
 * query, {@code search.rq}), linked to their profiles.
 */
final class SearchServlet extends HttpServlet {

    private static final int MAX_TEXT = 200;

    private final transient NameSearch search;
    private final transient IriSpace space;

    SearchServlet(NameSearch search, IriSpace space) {
        this.search = search;
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
            List<NameSearch.Match> found = search.find(text);
            body.append("<p>").append(found.size()).append(found.size() == 1 ? " match" : " matches")
                    .append(" for “").append(Html.escape(text)).append("”.</p>\n<ul class=\"search\">\n");
            for (NameSearch.Match match : found) {
                body.append("<li>").append(Html.link(space.href(match.iri()), match.label()))
                        .append(" <span class=\"kind\">").append(Html.escape(match.type())).append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(Html.page("Search", body.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
