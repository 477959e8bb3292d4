package org.dealgraph.export;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of edge of the property graph, each read from one kind of fact. */
public enum EdgeKind {

    /** Two parties of a partnership; unordered. */
    PARTNER("partner", false),
    /** Two parties of a deal; unordered. */
    DEAL("deal", false),
    /** An investor and the organization it invested in, from an investment or a funding round. */
    INVESTED_IN("invested-in", true),
    /** An acquirer and the organization it bought. */
    ACQUIRED("acquired", true),
    /** A parent organization and its subsidiary. */
    SUBSIDIARY("subsidiary", true),
    /** A person and the organization they hold a role at. */
    ROLE("role", true);

    private final String label;
    private final boolean directed;

    EdgeKind(String label, boolean directed) {
        this.label = label;
        this.directed = directed;
    }

    /** The name used in every export and in the graph view: {@code partner}, {@code invested-in}… */
    public String label() {
        return label;
    }

    /** Whether the edge goes from its source to its target (false: the two ends are alike). */
    public boolean directed() {
        return directed;
    }

    /** The kind called {@code label}, if there is one. */
    public static Optional<EdgeKind> named(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
