package org.dealgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The pages of a server over a remote endpoint, when the endpoint fails them: a page that names the endpoint
 * and what went wrong, with the {@link EndpointFailure}'s status (502, 503 or 504), instead of a stack
 * trace.
 */
final class EndpointFailures extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (EndpointFailure e) {
            answer(response, e);
        } catch (ServletException e) {
            if (!(e.getCause() instanceof EndpointFailure failure)) {
                throw e;
            }
            answer(response, failure);
        }
    }

    private static void answer(HttpServletResponse response, EndpointFailure failure) throws IOException {
        if (response.isCommitted()) {
            throw failure;
        }
        response.reset();
        response.setStatus(failure.status());
        response.setHeader("Cache-Control", "no-store");
        String message = failure.getMessage();
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(Html.page("The store cannot be read", "<h1>The store cannot be read</h1>\n"
                + "<p>This server shows a store that another server holds, and " + Html.escape(message)
                + ". Try again later, or ask whoever runs it.</p>").getBytes(StandardCharsets.UTF_8));
    }
}
