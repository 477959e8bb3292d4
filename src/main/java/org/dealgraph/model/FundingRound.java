package org.dealgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        Optional<FactDate> date,
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

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fundingRound(this);
    }

    /**
     * The largest stated amount (a tranche, a part from some investors or one backer's share is never more
     * than the round), and the valuation and series told with that amount or with no amount, so that an
     * earlier, smaller round of the same year lends the merged one no label of its own; every investor
     * named anywhere, the most definite status, the most precise date.
     */
    @Override
    public FundingRound mergedWith(List<? extends Fact> others) {
        List<FundingRound> all = Union.of(this, others, FundingRound.class);
        Set<EntityRef> named = new LinkedHashSet<>();
        all.forEach(x -> named.addAll(x.investors()));
        Optional<Money> largest = all.stream().map(FundingRound::amount).flatMap(Optional::stream)
                .max(Comparator.comparing(Money::amount));
        List<FundingRound> told = all.stream().filter(x -> x.amount().isEmpty()
                || x.amount().orElseThrow().amount().compareTo(largest.orElseThrow().amount()) == 0).toList();
        return new FundingRound(investee, largest, Union.firstOf(told, FundingRound::valuation),
                List.copyOf(named), Union.firstOf(told, FundingRound::series), Union.status(all, FundingRound::status),
                Union.mostTellingDate(all, FundingRound::date), provenance);
    }
}
