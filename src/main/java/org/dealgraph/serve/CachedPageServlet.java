package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An HTML page made from the store and kept for a while, so that many visits cost one set of queries: the
 * front page. It is made anew in the background while the last one is served ({@link Kept}), and first made as
 * the server starts ({@link #prime()}). Only its own path is served; anything under it is not found.
 */
final class CachedPageServlet extends HttpServlet {

    private final transient Kept<byte[]> page;

    /** {@code makings}: where the server finds the page's making, to end it when the server stops. */
    CachedPageServlet(Supplier<String> make, Duration keep, BackgroundMakings makings) {
        this.page = makings.add(new Kept<>(() -> make.get().getBytes(StandardCharsets.UTF_8), keep, "front-page"));
    }

    /** Starts making the page in the background, so that the first visit finds it made or under way. */
    CachedPageServlet prime() {
        page.prime();
        return this;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(page.get());
    }
}
