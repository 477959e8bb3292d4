package org.dealgraph.gold;

import java.util.List;
import java.util.Set;

/**
 * One fact of the graph, as the scorer sees it: its arguments as canonical name keys (one for an entity or a
 * funding round's investee, two for a pair, all parties of a deal) and the values the graph states for it.
 */
record Claim(List<String> args, Set<Money> values) {

    Claim {
        args = List.copyOf(args);
        values = Set.copyOf(values);
    }

    static Claim of(String... args) {
        return new Claim(List.of(args), Set.of());
    }

    @Override
    public String toString() {
        return values.isEmpty() ? show(args) : show(args) + " " + values;
    }

    static String show(List<String> args) {
        return args.size() == 1 ? args.get(0) : "(" + String.join(", ", args) + ")";
    }
}
