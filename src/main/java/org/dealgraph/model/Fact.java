package org.dealgraph.model;

import java.util.List;
import java.util.Optional;

/**
 * A fact an article states, with the evidence for it. Each built-in kind of fact is one record here and one
 * entry of {@link FactKind}; the kinds defined by kind files share {@link DefinedFact}. A layer that does
 * something different for each kind visits the fact ({@link #accept}, with a {@link Visitor}) so that the
 * compiler checks it handles every kind.
 */
public sealed interface Fact permits Role, Partnership, Deal, Investment, FundingRound, Acquisition, Subsidiary,
        DefinedFact {

    FactKind kind();

    /** The entities the fact is about, in the order of the record's components (its kind's roles). */
    List<EntityRef> entities();

    Provenance provenance();

    /** Calls the visitor's method for this kind of fact. */
    <R> R accept(Visitor<R> visitor);

    /**
     * The fullest fact from this one and {@code others}, facts of the same kind and key told after it in
     * one article. Each kind's record holds its own policy; this fact's provenance stays the merged one's.
     *
     * @throws ClassCastException if one of {@code others} is of another kind
     */
    Fact mergedWith(List<? extends Fact> others);

    /** When it happened or was announced, for the kinds that have a date. */
    default Optional<FactDate> date() {
        return Optional.empty();
    }

    /** The name of a position, for the kinds that have one (a role's title). */
    default Optional<String> title() {
        return Optional.empty();
    }

    /** The value of the agreement itself, for the kinds that have one (a deal's value). */
    default Optional<Money> value() {
        return Optional.empty();
    }

    /**
     * One method per kind of fact: what a layer does differently for each kind, such as writing its RDF, is
     * a visitor, so that a new kind of fact is a compile error wherever it must be handled.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {

        R role(Role role);

        R partnership(Partnership partnership);

        R deal(Deal deal);

        R investment(Investment investment);

        R fundingRound(FundingRound round);

        R acquisition(Acquisition acquisition);

        R subsidiary(Subsidiary subsidiary);

        /** A fact of a kind defined by a kind file: what to do is read from its kind's definition. */
        R defined(DefinedFact fact);
    }
}
