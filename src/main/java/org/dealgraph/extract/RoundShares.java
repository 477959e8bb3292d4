package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;

/**
 * An investor's own share of the round told before: "A is putting in $X of the total", "A contributed $X to the
 * round". The investor is an investor of that round, and its investment in the round's organization is the amount
 * it puts in (unlike a listed investor, whose amount the round's total never gives). The funding frame builds
 * its facts here; the operator {@code amount-of-whole} finds the share.
 */
final class RoundShares {

    private static final Set<String> QUALIFIERS = WordLists.get("amount-qualifiers");
    private static final Set<String> PARTS = WordLists.get("part-prepositions");

    private RoundShares() {
    }

    /**
     * The amount at {@code from}, past words that qualify it, that a part-of word right after it ties to a word of
     * {@code wholes} at most {@code reach} chunks on: "$X of the total"; -1 if there is none.
     */
    static int amountOfWhole(ChunkedSentence s, int from, Set<String> wholes, int reach) {
        int money = from;
        while (s.wordAt(money, QUALIFIERS)) {
            money++;
        }
        if (money >= s.size() || s.get(money).kind() != Chunk.Kind.MONEY || !s.wordAt(money + 1, PARTS)) {
            return -1;
        }
        for (int j = money + 2; j < s.size() && j <= money + 1 + reach; j++) {
            if (s.wordAt(j, wholes)) {
                return money;
            }
        }
        return -1;
    }

    /**
     * The share of the one investor at {@code investor} in the round told before ({@link SentenceFacts#earlierRound}),
     * the amount at {@code share}: the round gains the investor, and the investor's investment has that amount.
     * Nothing when no round was told, the share states no amount, or the investor is the round's organization.
     */
    static List<Fact> complete(SentenceFacts f, TriggerMatch t, Rule rule, int investor, int share) {
        Optional<Money> amount = f.chunks().get(share).mention().flatMap(m -> m.money());
        Optional<ArticleContext.Round> earlier = f.earlierRound();
        if (amount.isEmpty() || earlier.isEmpty()) {
            return List.of();
        }
        ArticleContext.Round round = earlier.get();
        EntityRef who = f.refs(List.of(investor)).get(0);
        if (who.equals(round.investee())) {
            return List.of();
        }
        Provenance provenance = f.provenance(rule, t, List.of(investor, share));
        Optional<FactDate> date = f.statedDateNear(t).or(round::date);
        return List.of(new FundingRound(round.investee(), Optional.empty(), Optional.empty(), List.of(who), Optional.empty(),
                        round.status(), date, provenance),
                new Investment(who, round.investee(), amount, round.status(), date, provenance));
    }
}
