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
 * An investor's own share of the round told before: "A is putting in $X of the total", "A contributed $X of the
 * round". The investor is an investor of that round, and its investment in the round's organization is the amount
 * it puts in (unlike a listed investor, whose amount the round's total never gives).
 */
final class RoundShares {

    private static final Set<String> WHOLES = WordLists.get("round-wholes");
    private static final Set<String> QUALIFIERS = WordLists.get("amount-qualifiers");

    private RoundShares() {
    }

    /** The shares the sentence tells, each an investment with its amount and a completion of the earlier round. */
    static void find(SentenceFacts f, List<Fact> out, Rule rule) {
        ChunkedSentence s = f.chunks();
        for (TriggerMatch t : f.triggers("funding", "share")) {
            List<Integer> investor = s.subjectBefore(t.start(), false);
            int money = t.end();
            while (s.wordAt(money, QUALIFIERS)) {
                money++;
            }
            if (investor.size() != 1 || money >= s.size() || s.get(money).kind() != Chunk.Kind.MONEY || !ofWhole(s, money + 1)) {
                continue;
            }
            Optional<Money> amount = s.get(money).mention().flatMap(m -> m.money());
            Optional<ArticleContext.Round> earlier = ArticleContext.lastRoundIn(out).or(() -> f.context().lastRound());
            if (amount.isEmpty() || earlier.isEmpty()) {
                continue;
            }
            ArticleContext.Round round = earlier.get();
            EntityRef who = f.refs(investor).get(0);
            if (who.equals(round.investee())) {
                continue;
            }
            Provenance provenance = f.provenance(rule, t, List.of(investor.get(0), money));
            Optional<FactDate> date = f.statedDateNear(t).or(round::date);
            out.add(new FundingRound(round.investee(), Optional.empty(), Optional.empty(), List.of(who), Optional.empty(),
                    round.status(), date, provenance));
            out.add(new Investment(who, round.investee(), amount, round.status(), date, provenance));
        }
    }

    /** "of the total", "of the round", "of that sum": the whole the amount is a part of, right after it. */
    private static boolean ofWhole(ChunkedSentence s, int k) {
        if (!s.wordAt(k, Set.of("of", "toward", "towards", "to"))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            if (s.wordAt(j, WHOLES)) {
                return true;
            }
        }
        return false;
    }
}
