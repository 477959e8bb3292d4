package org.dealgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An investor putting money into an organization, or holding a stake in it.
 *
 * @param investor an organization or a person
 * @param amount   the investor's own contribution, when stated (never a whole round's total)
 */
public record Investment(
        EntityRef investor,
        EntityRef investee,
        Optional<Money> amount,
        Status status,
        Optional<FactDate> date,
        Provenance provenance) implements Fact {

    public Investment {
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(investee, "investee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
        if (investor.equals(investee)) {
            throw new IllegalArgumentException("an organization does not invest in itself: " + investor.name());
        }
    }

    @Override
    public FactKind kind() {
        return FactKind.INVESTMENT;
    }

    @Override
    public List<EntityRef> entities() {
        return List.of(investor, investee);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.investment(this);
    }

    /** The first amount stated, the most definite status, the most precise date. */
    @Override
    public Investment mergedWith(List<? extends Fact> others) {
        List<Investment> all = Union.of(this, others, Investment.class);
        return new Investment(investor, investee, Union.firstOf(all, Investment::amount),
                Union.status(all, Investment::status), Union.mostTellingDate(all, Investment::date), provenance);
    }
}
