package org.dealgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.apache.jena.query.QueryDeniedException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * A ceiling on the bytes of one answer of the query endpoints. The answer is counted as it is written; the
 * write that passes the ceiling stops the query. If nothing had been sent yet, the client gets a 422 that says
 * why; if part of the answer had gone, the connection is cut before the answer ends, so that a client never
 * takes a cut answer for a whole one (its HTTP library reports the answer as incomplete).
 */
final class BoundedAnswers implements Filter {

    private final long max;

    BoundedAnswers(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Counted counted = new Counted((HttpServletResponse) response, max);
        try {
            chain.doFilter(request, counted);
        } finally {
            if (counted.over && response.isCommitted()) {
                ServletContextRequest.getServletContextRequest(request).getServletChannel()
                        .abort(new IOException(counted.why()));
            }
        }
    }

    /** The response with its output stream counted. */
    private static final class Counted extends HttpServletResponseWrapper {

        private final long max;
        private long written;
        private boolean over;
        private ServletOutputStream stream;

        Counted(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        String why() {
            return "the answer is longer than the limit of " + max + " bytes";
        }

        private void count(long bytes) {
            written += bytes;
            if (written > max) {
                over = true;
                throw new QueryDeniedException(why());
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        count(1);
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        count(length);
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
