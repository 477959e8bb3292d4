package org.dealgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person's position at an organization: "Sam Altman, OpenAI's chief executive". */
public record Role(EntityRef person, EntityRef organization, Optional<String> title, Provenance provenance)
        implements Fact {

    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public FactKind kind() {
        return FactKind.ROLE;
    }

    @Override
    public List<EntityRef> entities() {
        return List.of(person, organization);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.role(this);
    }

    /** The first title stated. */
    @Override
    public Role mergedWith(List<? extends Fact> others) {
        List<Role> all = Union.of(this, others, Role.class);
        return new Role(person, organization, Union.firstOf(all, Role::title), provenance);
    }
}
