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
 * front page. Only its own path is served; anything under it is not found.
 */
final class CachedPageServlet extends HttpServlet {

    private final transient Kept<byte[]> page;

    CachedPageServlet(Supplier<String> make, Duration keep) {
        this.page = new Kept<>(() -> make.get().getBytes(StandardCharsets.UTF_8), keep);
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
