package org.dealgraph.serve;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A deadline for a request's head. The connection's idle timeout closes a connection that sends nothing for
 * the read timeout, but one that sends a byte of its headers now and then is never idle and would hold its
 * connection for as long as it likes. This closes a connection that has not sent a whole request head within
 * the read timeout of opening, or of the end of its last request. A request being handled is not watched:
 * its body has its own deadline ({@link BoundedRequests}) and a query its timeout.
 *
 * <p>It is both the outermost handler, which sees each request begin, and a listener of the connectors,
 * which sees each connection open and close.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {

    private final long millis;
    private final ConcurrentHashMap<Connection, Watch> watched = new ConcurrentHashMap<>();

    HeaderDeadline(Duration timeout) {
        this.millis = timeout.toMillis();
    }

    @Override
    public void onOpened(Connection connection) {
        Watch watch = new Watch(connection);
        watched.put(connection, watch);
        watch.arm(millis);
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Watch watch = watched.get(request.getConnectionMetaData().getConnection());
        if (watch != null) {
            watch.busy = true;
            Request.addCompletionListener(request, failure -> watch.ended());
        }
        return super.handle(request, response, callback);
    }

    /** The connections watched now. */
    int watched() {
        return watched.size();
    }

    /** One connection's wait for a request head: since when, and whether a request is being handled. */
    private final class Watch implements Runnable {

        private final Connection connection;
        private volatile long since = System.nanoTime();
        private volatile boolean busy;

        Watch(Connection connection) {
            this.connection = connection;
        }

        void arm(long delay) {
            getServer().getScheduler().schedule(this, delay, TimeUnit.MILLISECONDS);
        }

        void ended() {
            since = System.nanoTime();
            busy = false;
        }

        @Override
        public void run() {
            if (!watched.containsKey(connection)) {
                return;
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
            if (busy) {
                arm(millis);
            } else if (waited >= millis) {
                watched.remove(connection);
                connection.close();
            } else {
                arm(millis - waited);
            }
        }
    }
}
