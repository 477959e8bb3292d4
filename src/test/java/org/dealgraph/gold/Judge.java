package org.dealgraph.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Judges the claims of one kind against its gold. A claim is right when its arguments match a gold fact and
 * it states no value or one the gold states; a claim that matches no required fact is wrong unless it matches
 * an optional one (then it is neither). A required fact is found when a claim matches its arguments and, where
 * the gold states a value, carries it. One to one (deals, funding rounds): each gold fact is claimed by one
 * claim at most, those with values choosing first, so a second node for one real deal is wrong.
 */
final class Judge {

    /** How a claim's arguments are compared with a gold fact's. */
    interface Arguments extends BiPredicate<List<String>, List<Set<String>>> {
    }

    /** The counts, and the wrong claims and missed gold facts behind them. */
    record Verdict(Tally tally, List<Claim> wrong, List<GoldFact> missed) {
    }

    private Judge() {
    }

    static Verdict judge(List<Claim> claims, List<GoldFact> required, List<GoldFact> optional,
                         Arguments match, boolean oneToOne) {
        List<Claim> order = new ArrayList<>(claims);
        if (oneToOne) {
            order.sort(Comparator.comparing(c -> c.values().isEmpty()));
        }
        Set<Integer> claimed = new HashSet<>();
        List<Claim> wrong = new ArrayList<>();
        int right = 0;
        for (Claim claim : order) {
            int hit = firstRight(claim, required, match, oneToOne ? claimed : Set.of());
            if (hit >= 0) {
                claimed.add(hit);
                right++;
            } else if (optional.stream().noneMatch(g -> isRight(claim, g, match))) {
                wrong.add(claim);
            }
        }
        List<GoldFact> missed = required.stream()
                .filter(g -> claims.stream().noneMatch(c -> match.test(c.args(), g.args())
                        && Money.found(c.values(), g.values())))
                .toList();
        Tally tally = new Tally(right + wrong.size(), right, required.size(), required.size() - missed.size());
        return new Verdict(tally, wrong, missed);
    }

    private static int firstRight(Claim claim, List<GoldFact> gold, Arguments match, Set<Integer> taken) {
        for (int i = 0; i < gold.size(); i++) {
            if (!taken.contains(i) && isRight(claim, gold.get(i), match)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRight(Claim claim, GoldFact gold, Arguments match) {
        return match.test(claim.args(), gold.args()) && Money.precise(claim.values(), gold.values());
    }

    /** Same arguments in the same order (a directed pair, a single name). */
    static boolean inOrder(List<String> claim, List<Set<String>> gold) {
        if (claim.size() != gold.size()) {
            return false;
        }
        for (int i = 0; i < claim.size(); i++) {
            if (!gold.get(i).contains(claim.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** An unordered pair. */
    static boolean eitherWay(List<String> claim, List<Set<String>> gold) {
        return inOrder(claim, gold) || claim.size() == 2 && inOrder(List.of(claim.get(1), claim.get(0)), gold);
    }

    /** Exactly the gold's parties, in any order: each claimed party stands for a different gold party. */
    static boolean sameParties(List<String> claim, List<Set<String>> gold) {
        return claim.size() == gold.size() && assign(claim, 0, gold, new boolean[gold.size()]);
    }

    private static boolean assign(List<String> claim, int next, List<Set<String>> gold, boolean[] used) {
        if (next == claim.size()) {
            return true;
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i] && gold.get(i).contains(claim.get(next))) {
                used[i] = true;
                boolean done = assign(claim, next + 1, gold, used);
                used[i] = false;
                if (done) {
                    return true;
                }
            }
        }
        return false;
    }
}
