package org.dealgraph.store;

/**
 * A store was opened for one IRI base while it mints under another: the base it records, or, for a store
 * that records none but holds articles, {@link org.dealgraph.rdf.Iris#DEFAULT_BASE}. Nothing was written.
 */
public final class ConflictingBaseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String store;
    private final String recorded;
    private final String given;

    ConflictingBaseException(String store, String recorded, boolean explicit, String given) {
        super("the store " + store + " mints its IRIs under " + recorded
                + (explicit ? " (recorded in it)" : " (the default: it records no base)") + ", not under " + given);
        this.store = store;
        this.recorded = recorded;
        this.given = given;
    }

    /** The store: its directory, or "in memory". */
    public String store() {
        return store;
    }

    /** The base the store mints under. */
    public String recorded() {
        return recorded;
    }

    /** The base it was opened for. */
    public String given() {
        return given;
    }
}
