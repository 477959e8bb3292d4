package org.dealgraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.FactKind;

/**
 * The kinds of edge of the property graph, one per {@link FactKind#edge()} of the registry of kinds of fact:
 * an investment and a funding round both give an {@code invested-in} edge. The six of the built-in kinds are
 * the constants; a kind defined by a kind file with an edge of its own adds one. One instance per label.
 */
public final class EdgeKind {

    /** Two parties of a partnership; unordered. */
    public static final EdgeKind PARTNER = new EdgeKind(FactKind.PARTNERSHIP);
    /** Two parties of a deal; unordered. */
    public static final EdgeKind DEAL = new EdgeKind(FactKind.DEAL);
    /** An investor and the organization it invested in, from an investment or a funding round. */
    public static final EdgeKind INVESTED_IN = new EdgeKind(FactKind.INVESTMENT);
    /** An acquirer and the organization it bought. */
    public static final EdgeKind ACQUIRED = new EdgeKind(FactKind.ACQUISITION);
    /** A parent organization and its subsidiary. */
    public static final EdgeKind SUBSIDIARY = new EdgeKind(FactKind.SUBSIDIARY);
    /** A person and the organization they hold a role at. */
    public static final EdgeKind ROLE = new EdgeKind(FactKind.ROLE);

    private static final List<EdgeKind> ALL = all();

    private final FactKind first;

    private EdgeKind(FactKind first) {
        this.first = first;
    }

    /** The name used in every export and in the graph view: {@code partner}, {@code invested-in}… */
    public String label() {
        return first.edge();
    }

    /** Whether the edge goes from its source to its target (false: the two ends are alike). */
    public boolean directed() {
        return first.directed();
    }

    /** What the graph view calls these edges: the kind of fact that names them, for many ({@code investments}). */
    public String legend() {
        return first.plural();
    }

    /** The kinds of fact that give edges of this kind. */
    public List<FactKind> facts() {
        return Arrays.stream(FactKind.values()).filter(k -> k.edge().equals(label())).toList();
    }

    @Override
    public String toString() {
        return label();
    }

    /** Every kind of edge: the six above in this order, then those of kinds defined by kind files. */
    public static List<EdgeKind> values() {
        return ALL;
    }

    /** The kind called {@code label}, if there is one. */
    public static Optional<EdgeKind> named(String label) {
        return ALL.stream().filter(k -> k.label().equals(label)).findFirst();
    }

    private static List<EdgeKind> all() {
        List<EdgeKind> all = new ArrayList<>(List.of(PARTNER, DEAL, INVESTED_IN, ACQUIRED, SUBSIDIARY, ROLE));
        for (FactKind kind : FactKind.values()) {
            if (all.stream().noneMatch(e -> e.label().equals(kind.edge()))) {
                all.add(new EdgeKind(kind));
            }
        }
        return List.copyOf(all);
    }
}
