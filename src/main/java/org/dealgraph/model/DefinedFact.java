package org.dealgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fact of a kind defined by a kind file ({@link FactKind#definition()}): its entities by role, an amount
 * of money, a status and a date, and its provenance. What each role takes and how facts merge come from the
 * kind's definition, checked here when the fact is built.
 *
 * @param byRole   the entities of each role, in the order of the kind's roles; one for a role that is not
 *                 plural, one or more for a plural one
 */
public record DefinedFact(FactKind kind, Map<String, List<EntityRef>> byRole, Optional<Money> money, Status status,
                          Optional<FactDate> date, Provenance provenance) implements Fact {

    public DefinedFact {
        KindDefinition d = kind.definition().orElseThrow(() -> new IllegalArgumentException(
                "the built-in kind " + kind + " has its own record"));
        Map<String, List<EntityRef>> ordered = new LinkedHashMap<>();
        Set<EntityRef> seen = new LinkedHashSet<>();
        for (KindDefinition.RoleDef role : d.roles()) {
            List<EntityRef> refs = List.copyOf(byRole.getOrDefault(role.name(), List.of()));
            if (refs.isEmpty() || !role.many() && refs.size() > 1) {
                throw new IllegalArgumentException(kind.id() + " role " + role.name() + " takes "
                        + (role.many() ? "one or more entities" : "one entity") + ", not " + refs.size());
            }
            for (EntityRef ref : refs) {
                if (!role.takes(ref) || !seen.add(ref)) {
                    throw new IllegalArgumentException(kind.id() + " role " + role.name() + " cannot take " + ref.name());
                }
            }
            ordered.put(role.name(), refs);
        }
        if (!ordered.keySet().containsAll(byRole.keySet())) {
            throw new IllegalArgumentException(kind.id() + " has no role among " + byRole.keySet());
        }
        byRole = java.util.Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The entities of {@code role}. */
    public List<EntityRef> of(String role) {
        List<EntityRef> refs = byRole.get(role);
        if (refs == null) {
            throw new IllegalArgumentException(kind.id() + " has no role " + role);
        }
        return refs;
    }

    @Override
    public List<EntityRef> entities() {
        return byRole.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.defined(this);
    }

    /** Its amount of money, which a key recipe's value tail reads. */
    @Override
    public Optional<Money> value() {
        return money;
    }

    /** As the kind's merge policy says. */
    @Override
    public DefinedFact mergedWith(List<? extends Fact> others) {
        List<DefinedFact> all = Union.of(this, others, DefinedFact.class);
        KindDefinition.Merge merge = kind.definition().orElseThrow().merge();
        if (merge == KindDefinition.Merge.FIRST) {
            return this;
        }
        Map<String, List<EntityRef>> named = new LinkedHashMap<>();
        Set<EntityRef> used = new LinkedHashSet<>(entities());
        for (KindDefinition.RoleDef role : kind.definition().orElseThrow().roles()) {
            List<EntityRef> refs = new ArrayList<>(of(role.name()));
            if (role.many()) {
                all.forEach(f -> f.of(role.name()).stream().filter(used::add).forEach(refs::add));
            }
            named.put(role.name(), refs);
        }
        Optional<Money> money = merge == KindDefinition.Merge.LARGEST
                ? all.stream().map(DefinedFact::money).flatMap(Optional::stream).max(Comparator.comparing(Money::amount))
                : Union.firstOf(all, DefinedFact::money);
        return new DefinedFact(kind, named, money, Union.status(all, DefinedFact::status),
                Union.mostTellingDate(all, DefinedFact::date), provenance);
    }
}
