package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/** Two organizations described as partners, without a deal of their own stated. Unordered. */
public record Partnership(EntityRef first, EntityRef second, Status status, Provenance provenance) implements Fact {

    public Partnership {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        if (first.equals(second)) {
            throw new IllegalArgumentException("an organization is not its own partner: " + first.name());
        }
    }

    @Override
    public FactKind kind() {
        return FactKind.PARTNERSHIP;
    }

    @Override
    public List<EntityRef> entities() {
        return List.of(first, second);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.partnership(this);
    }

    /** The most definite status. */
    @Override
    public Partnership mergedWith(List<? extends Fact> others) {
        List<Partnership> all = Union.of(this, others, Partnership.class);
        return new Partnership(first, second, Union.status(all, Partnership::status), provenance);
    }
}
