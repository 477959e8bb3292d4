package org.dealgraph.serve;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, before Fuseki, the login check and the servlets. It puts the
 * {@link SecurityHeaders} on the answer whatever comes of it, and refuses:
 * <ul>
 *   <li>{@code TRACE} and {@code TRACK} (405): they echo a request's headers, a login among them;</li>
 *   <li>on a server bound to a loopback address, a {@code Host} that does not name it (421), which is how a
 *       page elsewhere that made its own name resolve to this machine would show ({@link LoopbackHosts});</li>
 *   <li>when writers log in, an {@code Authorization: Basic} header that is not base64 of {@code user:password}
 *       (401 with the login challenge), which would otherwise fail inside the login check as a 500.</li>
 * </ul>
 */
final class RequestGuard extends Handler.Wrapper {

    private final Optional<LoopbackHosts> hosts;
    private final Optional<String> realm;

    /** A guard checking {@code Host} against {@code hosts} if any, and basic logins for {@code realm} if any. */
    RequestGuard(Optional<LoopbackHosts> hosts, Optional<String> realm) {
        this.hosts = hosts;
        this.realm = realm;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.addTo(response.getHeaders());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                    method + " is not served");
            return true;
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && hosts.isPresent() && !hosts.get().accepts(host)) {
            Response.writeError(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421,
                    "this server answers to its loopback names only");
            return true;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (realm.isPresent() && authorization != null && !wellFormed(authorization)) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + realm.get() + "\"");
            Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401,
                    "the Authorization header is not user:password in base64");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Whether a basic login is base64 of text with a colon; other schemes are left to the login check. */
    static boolean wellFormed(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("basic")) {
            return true;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(value.substring(space + 1).strip());
            for (byte b : decoded) {
                if (b == ':') {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
