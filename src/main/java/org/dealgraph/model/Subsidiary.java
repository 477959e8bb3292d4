package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/** A parent organization and its subsidiary, unit or division: "Amazon's cloud unit AWS". */
public record Subsidiary(EntityRef parent, EntityRef subsidiary, Provenance provenance) implements Fact {

    public Subsidiary {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(subsidiary, "subsidiary");
        Objects.requireNonNull(provenance, "provenance");
        if (parent.equals(subsidiary)) {
            throw new IllegalArgumentException("an organization is not its own subsidiary: " + parent.name());
        }
    }

    @Override
    public FactKind kind() {
        return FactKind.SUBSIDIARY;
    }

    @Override
    public List<EntityRef> entities() {
        return List.of(parent, subsidiary);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.subsidiary(this);
    }

    /** Nothing to merge: the first. */
    @Override
    public Subsidiary mergedWith(List<? extends Fact> others) {
        return Union.of(this, others, Subsidiary.class).get(0);
    }
}
