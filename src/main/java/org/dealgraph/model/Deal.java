package org.dealgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement between organizations: a cloud or chip supply contract, a licence, a joint venture.
 *
 * @param parties  two or more organizations, in the order the text names them
 * @param value    the deal's own value, when the text states one for this deal
 * @param date     when it was made or announced, when known
 * @param duration its term as an ISO 8601 period ("P7Y"), when stated
 */
public record Deal(
        List<EntityRef> parties,
        Optional<Money> value,
        Status status,
        Optional<FactDate> date,
        Optional<String> duration,
        Provenance provenance) implements Fact {

    public Deal {
        parties = List.copyOf(parties);
        if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
            throw new IllegalArgumentException("a deal needs two or more distinct parties: " + parties);
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public FactKind kind() {
        return FactKind.DEAL;
    }

    @Override
    public List<EntityRef> entities() {
        return parties;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.deal(this);
    }

    /** The first value and duration stated, the most definite status, the most precise date. */
    @Override
    public Deal mergedWith(List<? extends Fact> others) {
        List<Deal> all = Union.of(this, others, Deal.class);
        return new Deal(parties, Union.firstOf(all, Deal::value), Union.status(all, Deal::status),
                Union.mostTellingDate(all, Deal::date), Union.firstOf(all, Deal::duration), provenance);
    }
}
