package org.dealgraph.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * At most {@code max} connections open at once from one address: a connection beyond them is closed as soon
 * as it opens, before a byte of it is read. It keeps one client from taking every connection the server will
 * accept; clients that share an address (all of this machine's, or those behind one proxy) share the count.
 */
final class ClientConnectionLimit implements Connection.Listener {

    private final int max;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each open connection's client, kept because a closed socket no longer says. */
    private final ConcurrentHashMap<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ClientConnectionLimit(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int count = open.merge(client, 1, Integer::sum);
        if (count > max) {
            connection.close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
        }
    }

    /** The connections open from {@code address} now. */
    int open(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
