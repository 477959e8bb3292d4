package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;

/**
 * Investments: "A invests $X in B", "A backs B", "B, backed by A", "A-backed B", "A's $X stake in B",
 * "A takes a stake in B", "an investment from A", "A, an investor in B", "B investor A",
 * "B's investors include A and C". An amount is kept only for one investor in one investee.
 */
final class InvestmentRules {

    private static final Set<String> INCLUDE = WordLists.get("include-words", ",");
    private static final Set<String> COPULAS = WordLists.get("copulas");
    private static final Set<String> MAKING_VERBS = WordLists.get("making-verbs");
    /** The analyser's rule for a description that names an organization told before ("the company"). */
    private static final String DESCRIBED = "descriptor-antecedent";
    private static final Set<String> COUNT_VERBS = WordLists.get("count-verbs");
    private static final Set<String> COUNTED_AMONG_OWNERS = WordLists.get("possessive-pronouns");

    /** The callbacks of {@code investment.yaml}, by name: each runs at one trigger and returns its facts. */
    static Map<String, RuleCallback> callbacks() {
        InvestmentRules i = new InvestmentRules();
        return Map.of(
                "investment-holders", (f, t, r) -> DealRules.collect(out -> i.holder(f, out, r, f.chunks(), t.orElseThrow())));
    }

    /** "A-stake": a noun hyphenated to the word before it is no trigger of its own. */
    private static boolean afterHyphen(ChunkedSentence s, TriggerMatch t) {
        return t.start() > 0 && s.get(t.start() - 1).isWord("-");
    }

    /**
     * "A, an investor in B", "A is a backer of B", "B investor A", "B's investors include A and C", "B's largest
     * shareholder is A".
     */
    void holder(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        if (afterHyphen(s, t)) {
            return;
        }
        if (countedAs(f, out, r, s, t)) {
            return;
        }
        List<Integer> investee = s.objectAfter(t.end(), t.trigger().preps(), false);
        if (!investee.isEmpty()) {
            List<Integer> listed = listedAfter(s, investee.get(investee.size() - 1) + 1);
            List<Integer> made = madeHolder(s, t.start());
            List<Integer> investors = !listed.isEmpty() ? listed : !made.isEmpty() ? made : s.subjectBefore(t.start(), true);
            emit(f, out, t, investors, investee, r.get("investment-holder-of"), false);
            return;
        }
        int owner = s.possessiveBefore(t.start());
        if (owner < 0 && t.start() > 0 && s.get(t.start() - 1).isOrg()) {
            owner = t.start() - 1;
        }
        if (owner < 0) {
            return;
        }
        int k = t.end();
        while (k < s.size() && k < t.end() + 3 && (s.wordAt(k, INCLUDE) || s.wordAt(k, COPULAS))) {
            k++;
        }
        int first = k > t.end() ? s.agentAfter(k, true) : k < s.size() && s.get(k).isAgent() ? k : -1;
        List<Integer> investors = first >= 0 ? s.groupFrom(first, true) : appositionBefore(s, owner);
        if (investors.isEmpty()) {
            investors = subjectOfCopula(s, owner);
        }
        emit(f, out, t, investors, List.of(owner), r.get("investment-holder-named"), false);
    }

    /**
     * "B counts A and C as investors, alongside D and E", "B counts A among its backers": the group before "as" (or
     * "among" and an owner's pronoun) and the round's list words after the holder are investors of the subject of
     * the counting verb.
     */
    private boolean countedAs(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        Optional<Counted> counted = counted(s, t, true);
        if (counted.isEmpty()) {
            return false;
        }
        List<Integer> investors = new ArrayList<>(counted.get().members());
        List<Integer> investee = counted.get().counter();
        FundingRules.investorsAfter(f, s, t.end()).stream().filter(i -> !investors.contains(i)).forEach(investors::add);
        emit(f, out, t, investors, investee, r.get("investment-holder-named"), false);
        return !investee.isEmpty();
    }

    /** The members counted as holders of a noun, and the subject of the counting verb ("B counts A among its backers"). */
    record Counted(List<Integer> members, List<Integer> counter) {
    }

    /**
     * "B counts A and C as investors", "B counts A among its customers": the group before "as" (or "among" and an
     * owner's pronoun) right before the holder noun {@code t}, and the subject of the counting verb before that
     * group; empty when the sentence is not so.
     */
    static Optional<Counted> counted(ChunkedSentence s, TriggerMatch t, boolean persons) {
        int link = t.start() - 1;
        while (link >= 1 && s.get(link).kind() == Chunk.Kind.WORD && s.get(link).pos().equals("ADJ")) {
            link--;
        }
        if (link >= 1 && s.wordAt(link, COUNTED_AMONG_OWNERS) && s.get(link - 1).isWord("among")) {
            link--;
        }
        int last = link - 1;
        if (last < 0 || !s.get(link).isWord("as") && !s.get(link).isWord("among") || !s.member(last, persons)) {
            return Optional.empty();
        }
        List<Integer> members = s.groupEndingAt(last, persons);
        int verb = beforeNominals(s, members.get(0));
        if (!s.wordAt(verb, COUNT_VERBS)) {
            return Optional.empty();
        }
        return Optional.of(new Counted(members, s.subjectBefore(verb, false)));
    }

    /**
     * "The deal makes A the largest shareholder in B", "made A and C investors in B": the group a verb of making
     * turns into the holder noun at {@code noun}; empty if none.
     */
    private static List<Integer> madeHolder(ChunkedSentence s, int noun) {
        int last = beforeNominals(s, noun);
        if (last < 1 || !s.member(last, true)) {
            return List.of();
        }
        List<Integer> group = s.groupEndingAt(last, true);
        return s.wordAt(group.get(0) - 1, MAKING_VERBS) ? group : List.of();
    }

    /** "investors in B include A and C": the group after an including word right after {@code k}. */
    static List<Integer> listedAfter(ChunkedSentence s, int k) {
        int j = k;
        while (j < s.size() && j < k + 2 && (s.wordAt(j, INCLUDE) || s.wordAt(j, Set.of("are", "were", "is", "was")))) {
            j++;
        }
        return j > k && j < s.size() && s.get(j).isAgent() ? s.groupFrom(j, true) : List.of();
    }

    /**
     * "A became B's largest shareholder", "A is a B investor", "A and C are among its backers": the subject of a
     * copula before {@code owner}, "among" and adverbs allowed between.
     */
    private static List<Integer> subjectOfCopula(ChunkedSentence s, int owner) {
        int k = beforeNominals(s, owner);
        if (k >= 1 && s.get(k).isWord("among")) {
            k--;
            while (k >= 1 && s.get(k).pos().equals("ADV")) {
                k--;
            }
        }
        return k >= 1 && s.wordAt(k, COPULAS) ? s.subjectBefore(k, true) : List.of();
    }

    /** "A, B's biggest investor": the group before the comma before {@code owner}. */
    private static List<Integer> appositionBefore(ChunkedSentence s, int owner) {
        int k = beforeNominals(s, owner);
        if (k >= 1 && s.get(k).isWord(",") && s.get(k - 1).isAgent()) {
            return s.groupEndingAt(k - 1, true);
        }
        return List.of();
    }

    /**
     * The chunk before the run of nominal words that ends right before {@code owner}; -1 at the start. A counting
     * verb ends the run however tagged ("B counts A among…", where "counts" may be taken for a noun).
     */
    private static int beforeNominals(ChunkedSentence s, int owner) {
        int k = owner - 1;
        while (k >= 0 && s.get(k).isNominal() && !s.wordAt(k, COUNT_VERBS)) {
            k--;
        }
        return k;
    }

    /**
     * The organization the chunk at {@code i} stands for; a description ("the company") that investors are said of
     * stands for the organization whose round the article last told, when it told one.
     */
    private static EntityRef raiserOf(SentenceFacts f, int i) {
        Chunk c = f.chunks().get(i);
        boolean described = c.mention().map(m -> m.rule().equals(DESCRIBED)).orElse(false);
        return described ? f.context().lastRound().map(ArticleContext.Round::investee).orElse(c.ref()) : c.ref();
    }

    private void emit(SentenceFacts f, List<Fact> out, TriggerMatch t, List<Integer> investors, List<Integer> investees,
                      Rule rule, boolean valued) {
        if (investors.isEmpty() || investees.isEmpty()) {
            return;
        }
        List<EntityRef> from = f.refs(investors);
        List<EntityRef> to = investees.size() == 1 ? List.of(raiserOf(f, investees.get(0))) : f.refs(investees);
        Optional<Money> amount = valued && from.size() == 1 && to.size() == 1 ? f.amountOrFramingDeal(t) : Optional.empty();
        List<Integer> all = new ArrayList<>(investors);
        all.addAll(investees);
        var status = f.status(t, investors.get(0) < t.start() ? investors : List.of());
        for (EntityRef a : from) {
            for (EntityRef b : to) {
                if (!a.name().equals(b.name())) {
                    out.add(new Investment(a, b, amount, status, f.date(), f.provenance(rule, t, all)));
                }
            }
        }
    }
}
