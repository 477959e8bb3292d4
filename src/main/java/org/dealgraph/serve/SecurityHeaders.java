package org.dealgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers on every answer that keep a browser from running anything the data might smuggle in: scripts only
 * from this server ({@code Content-Security-Policy}), no guessing a type other than the one sent
 * ({@code X-Content-Type-Options}), and no framing of the pages by other sites. As a filter they go on what
 * the servlets answer; {@link RequestGuard} and {@link QuietErrors} put them on what Jetty answers itself
 * (refusals before any servlet, error pages for requests it cannot even parse).
 */
final class SecurityHeaders implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The headers by name, in the order they are sent. */
    private static final Map<String, String> HEADERS = orderedHeaders();

    private static Map<String, String> orderedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        HEADERS.forEach(http::setHeader);
        chain.doFilter(request, response);
    }

    /** Puts the headers into {@code fields}: for the answers Jetty writes before any filter runs. */
    static void addTo(HttpFields.Mutable fields) {
        HEADERS.forEach(fields::put);
    }
}
