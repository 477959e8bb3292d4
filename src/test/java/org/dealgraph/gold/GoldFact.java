package org.dealgraph.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One fact of the gold: its arguments (each a set of acceptable canonical name keys), the values stated for
 * it, the title of a role, the valuations of a funding round, and whether it is optional.
 */
record GoldFact(List<Set<String>> args, List<Money> values, String title, List<Money> valuations, boolean optional) {

    GoldFact {
        args = List.copyOf(args);
        values = List.copyOf(values);
        valuations = List.copyOf(valuations);
    }

    /** Two annotations that say exactly the same thing are one fact. */
    Object sameness() {
        return List.of(args, values, title == null ? "" : title, valuations);
    }

    /**
     * The same real-world fact told again: required if either telling is, its stated values and valuations
     * pooled (the first telling's come first).
     */
    GoldFact pooledWith(GoldFact other) {
        return new GoldFact(args, union(values, other.values), title, union(valuations, other.valuations),
                optional && other.optional);
    }

    private static List<Money> union(List<Money> first, List<Money> second) {
        List<Money> all = new ArrayList<>(first);
        second.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return all;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Claim.show(args.stream().map(a -> String.join("|", new TreeSet<>(a))).toList()));
        if (!values.isEmpty()) {
            s.append(' ').append(values);
        }
        return s.toString();
    }
}
