package org.dealgraph.resolve;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Money;

/**
 * Funding rounds of one investee and year that one article tells with different totals, and tells apart by their
 * series or by the months it dates them to, are different rounds: "it has raised $2.3 billion on Thursday… In June,
 * it raised $900 million" (a round the article tells as background keeps its publication year when it gives none). A round told with no total belongs to the last valued one told before it,
 * else to the first told after it. The article's main round, told most often (the larger of equals), keeps the
 * key every article gives the round; the others are keyed by their totals too.
 */
final class RoundSplits {

    private RoundSplits() {
    }

    /** The facts of one key, one list per real round, the main round first; {@code same} alone when it tells one. */
    static List<List<Fact>> of(List<Fact> same) {
        if (!same.stream().allMatch(f -> f instanceof FundingRound)) {
            return List.of(same);
        }
        Map<String, List<Fact>> byTotal = new LinkedHashMap<>();
        List<Fact> pending = new ArrayList<>();
        String last = null;
        for (Fact f : same) {
            Optional<Money> amount = ((FundingRound) f).amount();
            if (amount.isEmpty()) {
                (last == null ? pending : byTotal.get(last)).add(f);
                continue;
            }
            last = FactKeys.valueSlug(amount.get());
            byTotal.computeIfAbsent(last, k -> new ArrayList<>()).add(f);
        }
        if (byTotal.size() < 2 || !toldApart(List.copyOf(byTotal.values()))) {
            return List.of(same);
        }
        byTotal.values().iterator().next().addAll(0, pending);
        List<List<Fact>> rounds = new ArrayList<>(byTotal.values());
        rounds.sort(Comparator.<List<Fact>>comparingInt(List::size).reversed()
                .thenComparing(r -> total(r).amount(), Comparator.reverseOrder()));
        return rounds;
    }

    /**
     * Whether every two of the rounds differ in more than their totals: in the series each names ("Series C", "seed"),
     * or in the month a date the text states puts each in. Totals alone may be one round's first close and its
     * final size ("brings the round to $935 million"), or a round and one backer's share of it.
     */
    private static boolean toldApart(List<List<Fact>> rounds) {
        for (int i = 0; i < rounds.size(); i++) {
            for (int j = i + 1; j < rounds.size(); j++) {
                if (!differ(rounds.get(i), rounds.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean differ(List<Fact> a, List<Fact> b) {
        Optional<String> seriesA = first(a, r -> r.series().map(s -> s.toLowerCase(Locale.ROOT)));
        Optional<String> seriesB = first(b, r -> r.series().map(s -> s.toLowerCase(Locale.ROOT)));
        if (seriesA.isPresent() && seriesB.isPresent()) {
            return !seriesA.equals(seriesB);
        }
        Optional<YearMonth> monthA = first(a, RoundSplits::statedMonth);
        Optional<YearMonth> monthB = first(b, RoundSplits::statedMonth);
        return monthA.isPresent() && monthB.isPresent() && !monthA.equals(monthB);
    }

    /** The month of a date the text states for the round, to the month or the day. */
    private static Optional<YearMonth> statedMonth(FundingRound r) {
        return r.date().filter(d -> !d.published() && d.precision() != FactDate.Precision.YEAR)
                .map(d -> YearMonth.from(d.first()));
    }

    private static <T> Optional<T> first(List<Fact> round, Function<FundingRound, Optional<T>> part) {
        return round.stream().map(f -> part.apply((FundingRound) f)).flatMap(Optional::stream).findFirst();
    }

    /** The total of a round's facts, all of which state the same one or none. */
    static Money total(List<Fact> round) {
        return round.stream().map(f -> ((FundingRound) f).amount()).flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
