package org.dealgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * What the server's log keeps of a text a client sent: its first {@value #KEPT} characters on one line, and
 * its whole length when it was longer. A query may be as long as the query limit (64 KB by default), and a
 * query in a URL three times that; logged whole, every request could add that much to the log.
 */
final class LogText {

    /** The characters of a text the log keeps. */
    static final int KEPT = 1024;

    private LogText() {
    }

    /** {@code text} as the log shows it: on one line, cut after {@value #KEPT} characters with its length. */
    static String of(String text) {
        if (text == null) {
            return "<none>";
        }
        String head = text.length() <= KEPT ? text : text.substring(0, KEPT);
        head = head.replace('\r', ' ').replace('\n', ' ');
        return text.length() <= KEPT ? head : head + " ... (" + text.length() + " characters in all)";
    }

    /**
     * Shows Fuseki, which logs each request's whole URL, a URL query string no longer than the log keeps.
     * Parameters are still read whole: only {@code getQueryString} is cut, and it is only ever absent when the
     * URL has none.
     */
    static final class ShortQueryStrings implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            String query = http.getQueryString();
            if (query == null || query.length() <= KEPT) {
                chain.doFilter(request, response);
                return;
            }
            String shown = query.substring(0, KEPT) + "...(" + query.length() + "-characters)";
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getQueryString() {
                    return shown;
                }
            }, response);
        }
    }
}
