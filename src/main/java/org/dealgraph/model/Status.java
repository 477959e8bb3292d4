package org.dealgraph.model;

/** Where a deal, investment, round or acquisition stands, as the article tells it. */
public enum Status {
    /** Signed, agreed or announced. */
    ANNOUNCED,
    /** Closed or completed. */
    COMPLETED,
    /** Being negotiated. */
    IN_TALKS,
    /** Planned, considered or proposed, not agreed. */
    PLANNED,
    /** Rumoured, not confirmed by the parties. */
    RUMOURED,
    /** Called off. */
    ABANDONED,
    /** Stopped by a regulator or a court. */
    BLOCKED
}
