package org.dealgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses (403) a write whose {@code Origin} header names another site. A browser that has logged in to the
 * server sends the saved basic-auth password with every request to it, also with a form another site makes
 * it post: browsers name that site in {@code Origin}, so such a forged write is stopped here. Clients that
 * are not browsers (curl, scripts) send no {@code Origin} and pass.
 */
final class SameOriginWrites implements Filter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String origin = http.getHeader("Origin");
        if (origin != null && !SAFE_METHODS.contains(http.getMethod()) && !sameOrigin(origin, http)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "writes from another site's page are refused");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && origin.toLowerCase(Locale.ROOT).equals(
                request.getScheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT));
    }
}
