package org.dealgraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds what a request may send before anything reads it, and keeps a slow sender from holding a thread:
 * <ul>
 *   <li>a query or update in the URL longer than the limit gets 414, before it is parsed;</li>
 *   <li>a body is read here, without a thread waiting on it, into memory: one that says it is longer than
 *       the limit gets 413 before a byte is read, one that turns out longer gets 413 when it passes the
 *       limit, and one that has not all arrived within the read timeout gets 408. Only a whole body goes on
 *       to the servlets, which then read it from memory at once;</li>
 *   <li>a form whose {@code query} or {@code update} field is longer than the limit gets 413.</li>
 * </ul>
 * The limit is the query limit for a body that is the query ({@code application/sparql-query},
 * {@code application/sparql-update}), three times that (percent-encoding) and a little room for other forms
 * and URLs. Bodies for the paths {@code exempt} names (the graph store's writes, which need a login and may be
 * large) are left to stream, under the upload limit: one that says it is longer gets 413 before a byte is read,
 * one that turns out longer stops being read, marked {@link #TOO_LARGE} for {@link BoundedGraphWrites} to
 * answer 413.
 */
final class BoundedRequests extends Handler.Wrapper {

    /** The request attribute set when a streamed body passed the upload limit. */
    static final String TOO_LARGE = "org.dealgraph.serve.bodyTooLarge";

    private final Limits limits;
    private final Predicate<String> exempt;

    BoundedRequests(Limits limits, Predicate<String> exempt) {
        this.limits = limits;
        this.exempt = exempt;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null && (query.length() > limits.maxEncodedBytes() || tooLong(parameters(query)))) {
            refuse(request, response, callback, HttpStatus.URI_TOO_LONG_414, "the query in the URL is longer "
                    + "than the limit of " + limits.maxQueryBytes() + " bytes");
            return true;
        }
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        if (exempt.test(Request.getPathInContext(request))) {
            long upload = limits.maxUploadBytes();
            if (request.getLength() > upload) {
                refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(upload));
                return true;
            }
            return super.handle(new CountedUpload(request, upload), response, callback);
        }
        long max = directQuery(request) ? limits.maxQueryBytes() : limits.maxEncodedBytes();
        if (request.getLength() > max) {
            refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(max));
            return true;
        }
        new BodyReader(request, response, callback, max).start();
        return true;
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static boolean directQuery(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return mime.startsWith("application/sparql-query") || mime.startsWith("application/sparql-update");
    }

    private static boolean form(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static Fields parameters(String encoded) {
        Fields fields = new Fields();
        try {
            UrlEncoded.decodeUtf8To(encoded, fields);
        } catch (IllegalArgumentException e) {
            // left for the servlet to refuse
        }
        return fields;
    }

    /** Whether the query or update among {@code fields} is longer than the limit. */
    private boolean tooLong(Fields fields) {
        for (String name : new String[] {"query", "update", "request"}) {
            for (String value : fields.getValuesOrEmpty(name)) {
                if (value.length() > limits.maxQueryBytes()
                        || value.getBytes(StandardCharsets.UTF_8).length > limits.maxQueryBytes()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String tooLarge(long max) {
        return "the request body is longer than the limit of " + max + " bytes";
    }

    private static void refuse(Request request, Response response, Callback callback, int status, String why) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, why);
    }

    /** Reads a body as it comes, never waiting on a thread; hands the request on once it is whole. */
    private final class BodyReader implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long max;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean settled = new AtomicBoolean();
        private Scheduler.Task deadline;

        BodyReader(Request request, Response response, Callback callback, long max) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.max = max;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(() -> fail(HttpStatus.REQUEST_TIMEOUT_408,
                    late()), limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // the connection's idle timeout may come first: it is the same wait
                    if (chunk.getFailure() instanceof TimeoutException) {
                        fail(HttpStatus.REQUEST_TIMEOUT_408, late());
                    } else {
                        fail(HttpStatus.BAD_REQUEST_400, "the request body could not be read");
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (body.size() + (long) bytes.remaining() > max) {
                    chunk.release();
                    fail(HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(max));
                    return;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                chunk.release();
                if (last) {
                    whole();
                    return;
                }
            }
        }

        private String late() {
            return "the request body did not arrive within " + limits.readTimeout().toMillis() / 1000.0 + " s";
        }

        private void fail(int status, String why) {
            if (settled.compareAndSet(false, true)) {
                deadline.cancel();
                refuse(request, response, callback, status, why);
            }
        }

        private void whole() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            byte[] bytes = body.toByteArray();
            if (form(request) && tooLong(parameters(new String(bytes, StandardCharsets.ISO_8859_1)))) {
                refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "the query in the form is "
                        + "longer than the limit of " + limits.maxQueryBytes() + " bytes");
                return;
            }
            Request buffered = new Buffered(request, bytes);
            try {
                if (!BoundedRequests.super.handle(buffered, response, callback)) {
                    Response.writeError(buffered, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable e) {
                callback.failed(e);
            }
        }
    }

    /** A request whose body has all been read, served from memory. */
    private static final class Buffered extends Request.Wrapper {

        private final Content.Source body;

        Buffered(Request request, byte[] bytes) {
            super(request);
            this.body = new ByteBufferContentSource(ByteBuffer.wrap(bytes));
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }

    /** A streamed body that fails to read past {@code max} bytes, marking its request {@link #TOO_LARGE}. */
    private static final class CountedUpload extends Request.Wrapper {

        private final long max;
        private long read;

        CountedUpload(Request request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            read += chunk.remaining();
            if (read <= max) {
                return chunk;
            }
            chunk.release();
            setAttribute(TOO_LARGE, Boolean.TRUE);
            return Content.Chunk.from(new java.io.IOException(tooLarge(max)));
        }
    }
}
