package org.dealgraph.model;

import java.util.List;

/** A fact an article states, with the evidence for it. */
public sealed interface Fact permits Role, Partnership, Deal, Investment, FundingRound, Acquisition, Subsidiary {

    FactKind kind();

    /** The entities the fact is about, in the order of the record's components. */
    List<EntityRef> entities();

    Provenance provenance();
}
