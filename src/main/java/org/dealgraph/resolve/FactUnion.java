package org.dealgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Role;
import org.dealgraph.model.Status;
import org.dealgraph.model.Subsidiary;

/**
 * Merges the facts of one article that share a key into the fullest one: the first stated value of each
 * field (a round's largest amount, with the valuation and series told with it; else the first of amount,
 * valuation, title, duration), the earliest date, the most definite status, and
 * for a round every investor named anywhere. The first fact's provenance stays the merged fact's own.
 */
final class FactUnion {

    /** Definite over tentative: what an article reports as done outweighs talk of it. */
    private static final Map<Status, Integer> RANK = Map.of(Status.COMPLETED, 6, Status.ABANDONED, 5,
            Status.BLOCKED, 5, Status.ANNOUNCED, 4, Status.IN_TALKS, 3, Status.PLANNED, 2, Status.RUMOURED, 1);

    private FactUnion() {
    }

    static Fact merge(List<Fact> facts) {
        Fact first = facts.get(0);
        if (facts.size() == 1) {
            return first;
        }
        if (first instanceof Deal d) {
            List<Deal> all = of(facts, Deal.class);
            return new Deal(d.parties(), firstOf(all, Deal::value), status(all, Deal::status), earliest(all, Deal::date),
                    firstOf(all, Deal::duration), d.provenance());
        } else if (first instanceof Investment i) {
            List<Investment> all = of(facts, Investment.class);
            return new Investment(i.investor(), i.investee(), firstOf(all, Investment::amount),
                    status(all, Investment::status), earliest(all, Investment::date), i.provenance());
        } else if (first instanceof FundingRound r) {
            return round(r, of(facts, FundingRound.class));
        } else if (first instanceof Acquisition a) {
            List<Acquisition> all = of(facts, Acquisition.class);
            return new Acquisition(a.acquirer(), a.target(), firstOf(all, Acquisition::price),
                    status(all, Acquisition::status), earliest(all, Acquisition::date), a.provenance());
        } else if (first instanceof Partnership p) {
            List<Partnership> all = of(facts, Partnership.class);
            return new Partnership(p.first(), p.second(), status(all, Partnership::status), p.provenance());
        } else if (first instanceof Role r) {
            List<Role> all = of(facts, Role.class);
            return new Role(r.person(), r.organization(), firstOf(all, Role::title), r.provenance());
        } else if (first instanceof Subsidiary) {
            return first;
        }
        throw new IllegalArgumentException("a fact of unknown kind: " + first.kind());
    }

    /**
     * Rounds: the largest stated amount (a tranche, a part from some investors or one backer's share is never
     * more than the round), and the valuation and series told with that amount or with no amount, so that an
     * earlier, smaller round of the same year lends the merged one no label of its own.
     */
    private static FundingRound round(FundingRound first, List<FundingRound> all) {
        Set<EntityRef> investors = new LinkedHashSet<>();
        all.forEach(x -> investors.addAll(x.investors()));
        Optional<FundingRound> largest = all.stream().filter(x -> x.amount().isPresent())
                .max(Comparator.comparing(x -> x.amount().orElseThrow().amount()));
        Optional<java.math.BigDecimal> most = largest.flatMap(FundingRound::amount).map(m -> m.amount());
        List<FundingRound> told = all.stream()
                .filter(x -> x.amount().isEmpty() || x.amount().map(m -> m.amount().compareTo(most.orElseThrow()) == 0).orElse(false))
                .toList();
        return new FundingRound(first.investee(), largest.flatMap(FundingRound::amount), firstOf(told, FundingRound::valuation),
                List.copyOf(investors), firstOf(told, FundingRound::series), status(all, FundingRound::status),
                earliest(all, FundingRound::date), first.provenance());
    }

    private static <T extends Fact> List<T> of(List<Fact> facts, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Fact f : facts) {
            out.add(type.cast(f));
        }
        return out;
    }

    private static <T, V> Optional<V> firstOf(List<T> facts, Function<T, Optional<V>> field) {
        return facts.stream().map(field).flatMap(Optional::stream).findFirst();
    }

    private static <T> Optional<LocalDate> earliest(List<T> facts, Function<T, Optional<LocalDate>> field) {
        return facts.stream().map(field).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private static <T> Status status(List<T> facts, Function<T, Status> field) {
        return facts.stream().map(field).max(Comparator.comparing(RANK::get)).orElseThrow();
    }
}
