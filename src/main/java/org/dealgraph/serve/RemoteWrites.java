package org.dealgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses every write to a server over a remote endpoint, which is read-only: a SPARQL update or a graph
 * store write gets 405 Method Not Allowed and a line that says where to write instead.
 */
final class RemoteWrites extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final String endpoint;

    RemoteWrites(String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod()) && !("POST".equals(request.getMethod())
                && (type.startsWith("application/sparql-query")
                || type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") == null));
        if (!write) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST");
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write("This server is read-only: it serves pages and queries over the SPARQL "
                + "endpoint " + endpoint + ", and takes no updates or graph writes. Write to that store itself.\n");
    }
}
