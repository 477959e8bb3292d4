package org.dealgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One organization buying another (or a person buying an organization). */
public record Acquisition(
        EntityRef acquirer,
        EntityRef target,
        Optional<Money> price,
        Status status,
        Optional<FactDate> date,
        Provenance provenance) implements Fact {

    public Acquisition {
        Objects.requireNonNull(acquirer, "acquirer");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
        if (acquirer.equals(target)) {
            throw new IllegalArgumentException("an organization does not acquire itself: " + acquirer.name());
        }
    }

    @Override
    public FactKind kind() {
        return FactKind.ACQUISITION;
    }

    @Override
    public List<EntityRef> entities() {
        return List.of(acquirer, target);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.acquisition(this);
    }

    /** The first price stated, the most definite status, the most precise date. */
    @Override
    public Acquisition mergedWith(List<? extends Fact> others) {
        List<Acquisition> all = Union.of(this, others, Acquisition.class);
        return new Acquisition(acquirer, target, Union.firstOf(all, Acquisition::price),
                Union.status(all, Acquisition::status), Union.mostTellingDate(all, Acquisition::date), provenance);
    }
}
