package org.dealgraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.FactKind;

/**
 * The kinds of edge of the property graph. Each is named by the kinds of fact that give it
 * ({@link FactKind#edge()}): an investment and a funding round both give an {@code invested-in} edge.
 */
public enum EdgeKind {

    /** Two parties of a partnership; unordered. */
    PARTNER(FactKind.PARTNERSHIP),
    /** Two parties of a deal; unordered. */
    DEAL(FactKind.DEAL),
    /** An investor and the organization it invested in, from an investment or a funding round. */
    INVESTED_IN(FactKind.INVESTMENT),
    /** An acquirer and the organization it bought. */
    ACQUIRED(FactKind.ACQUISITION),
    /** A parent organization and its subsidiary. */
    SUBSIDIARY(FactKind.SUBSIDIARY),
    /** A person and the organization they hold a role at. */
    ROLE(FactKind.ROLE);

    private final FactKind first;

    EdgeKind(FactKind first) {
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

    /** The kind called {@code label}, if there is one. */
    public static Optional<EdgeKind> named(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }
}
