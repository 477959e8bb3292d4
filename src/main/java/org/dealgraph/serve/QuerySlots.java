package org.dealgraph.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * At most so many queries and updates running at once, in all and from one address; one more gets 503 with
 * {@code Retry-After} at once rather than waiting. The server has a fixed number of threads, and a query holds
 * one until it ends or times out: without a cap, that many expensive queries would leave no thread to take a
 * connection, refuse a request over a limit or serve a page, and every other client would wait. With it,
 * threads are always left for that, and one address cannot take every slot. Requests come here with their
 * bodies whole ({@link BoundedRequests}), so a slow sender holds no slot.
 */
final class QuerySlots extends Handler.Wrapper {

    private final int max;
    private final int perClient;
    private final Predicate<String> counted;
    private final Map<InetAddress, Integer> byClient = new HashMap<>();
    private int running;

    /** At most {@code max} requests at once, {@code perClient} from one address, for the paths {@code counted}. */
    QuerySlots(int max, int perClient, Predicate<String> counted) {
        this.max = max;
        this.perClient = perClient;
        this.counted = counted;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!counted.test(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        InetAddress client = client(request.getConnectionMetaData().getRemoteSocketAddress());
        if (!take(client)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                    "the server is running as many queries as it takes at once: try again in a moment");
            return true;
        }
        Request.addCompletionListener(request, failure -> release(client));
        return super.handle(request, response, callback);
    }

    private synchronized boolean take(InetAddress client) {
        int mine = byClient.getOrDefault(client, 0);
        if (running >= max || mine >= perClient) {
            return false;
        }
        running++;
        byClient.put(client, mine + 1);
        return true;
    }

    private synchronized void release(InetAddress client) {
        running--;
        byClient.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
    }

    /** The requests running now. */
    synchronized int running() {
        return running;
    }

    private static InetAddress client(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
}
