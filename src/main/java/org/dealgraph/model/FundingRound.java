package org.dealgraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A capital raise by one organization.
 *
 * @param investee  who raised
 * @param amount    the total raised, when stated
 * @param valuation the valuation (post-money unless the text says otherwise), when stated
 * @param investors the named investors, leaders first
 * @param series    the round's name as the text gives it ("Series E"), when stated
 */
public record FundingRound(
        EntityRef investee,
        Optional<Money> amount,
        Optional<Money> valuation,
        List<EntityRef> investors,
        Optional<String> series,
        Status status,
        Optional<LocalDate> date,
        Provenance provenance) implements Fact {

    public FundingRound {
        Objects.requireNonNull(investee, "investee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(valuation, "valuation");
        investors = List.copyOf(investors);
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public FactKind kind() {
        return FactKind.FUNDING_ROUND;
    }

    @Override
    public List<EntityRef> entities() {
        List<EntityRef> all = new ArrayList<>();
        all.add(investee);
        all.addAll(investors);
        return List.copyOf(all);
    }
}
