package org.dealgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Money;

/**
 * Each investor's own contribution where a sentence pairs amounts with investors: "$435 million from A, $240
 * million from B and $35 million from New York's C". An amount counts for an investor only when it stands right
 * before the "from" that opens the investor's noun phrase (past words that describe it: "from existing investor
 * Washington-based B"), and only where the sentence so pairs two investors at least: "raised $X from A, B and
 * others" is the round's total, not A's.
 */
final class InvestorAmounts {

    private static final int REACH = 6;
    private static final Set<String> POSSESSIVE = WordLists.get("possessive-endings");

    private InvestorAmounts() {
    }

    /** The amounts of the investors at {@code investors} that have their own, by investor; none unless two have. */
    static Map<EntityRef, Money> of(ChunkedSentence s, List<Integer> investors) {
        Map<EntityRef, Money> own = new LinkedHashMap<>();
        for (int i : investors) {
            ownAmount(s, i).ifPresent(m -> own.putIfAbsent(s.get(i).ref(), m));
        }
        return own.size() > 1 ? own : Map.of();
    }

    /**
     * Whether {@code amount} is one investor's own among several so paired: then the sentence states no total,
     * and the amount is no round's.
     */
    static boolean isOneOfSeveral(Map<EntityRef, Money> own, Optional<Money> amount) {
        return amount.isPresent() && own.containsValue(amount.get());
    }

    private static Optional<Money> ownAmount(ChunkedSentence s, int investor) {
        for (int k = investor - 1; k >= 1 && k >= investor - REACH; k--) {
            Chunk c = s.get(k);
            if (c.isWord("from")) {
                Chunk before = s.get(k - 1);
                return before.kind() == Chunk.Kind.MONEY ? before.mention().flatMap(m -> m.money()) : Optional.empty();
            }
            if (!c.isPhraseWord() && !POSSESSIVE.contains(c.lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
