package org.dealgraph.serve;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error pages Jetty writes itself (a request line it cannot parse, a header too large, a URI too long, a
 * failure before any servlet): with the {@link SecurityHeaders}, and without a stack trace, an exception's
 * message or the cause, so an error page tells a client no more than its status.
 */
final class QuietErrors extends ErrorHandler {

    QuietErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.addTo(response.getHeaders());
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.addTo(fields);
        return super.badMessageError(status, reason, fields);
    }
}
