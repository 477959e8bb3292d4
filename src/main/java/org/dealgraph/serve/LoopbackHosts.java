package org.dealgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a server bound to a loopback address answers to: {@code localhost}, {@code 127.0.0.1},
 * {@code [::1]} and the address it is bound to, each with any port. A page of another site that makes its
 * own name resolve to this machine (DNS rebinding) sends its own name in {@code Host}, and is refused. A
 * server bound to another address has no such list: the names it is reached by are not known to it.
 */
final class LoopbackHosts {

    /** A {@code Host} value: a name or an IPv6 literal in brackets, then an optional port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-f:.]+\\]|[^:\\[\\]]*)(?::([0-9]*))?");

    private final Set<String> names;

    private LoopbackHosts(Set<String> names) {
        this.names = names;
    }

    /** The names to accept when bound to {@code address}; empty when that is not a loopback address. */
    static Optional<LoopbackHosts> forAddress(String address) {
        try {
            if (!InetAddress.getByName(address).isLoopbackAddress()) {
                return Optional.empty();
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        String bound = address.toLowerCase(Locale.ROOT);
        String shown = bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.add(shown);
        return Optional.of(new LoopbackHosts(Set.copyOf(names)));
    }

    /** Whether {@code host}, a {@code Host} header's value, names this server. */
    boolean accepts(String host) {
        Matcher parts = HOST.matcher(host.strip().toLowerCase(Locale.ROOT));
        return parts.matches() && names.contains(parts.group(1));
    }
}
