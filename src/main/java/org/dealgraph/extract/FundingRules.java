package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Status;

/**
 * Funding rounds: "B raised $X (in a Series C round) led by A, with participation from C and D, at a $V
 * valuation", "B's $X round", "A led a $X round in B", "B will receive $X from A", and, for a round told earlier
 * in the article, "The round was led by A" or "A also took part in the round". Every named investor of a round
 * is also an investment, without amount (the round's total is never one investor's contribution) unless the
 * sentence pairs the investor with its own ("$X from A, $Y from B": {@link InvestorAmounts}; then, with no
 * total stated, the sentence tells no round).
 */
final class FundingRules implements RuleCallback {

    /** How many words may stand between "as" and the investor noun after a lead verb: "as a new strategic investor". */
    private static final int AS_INVESTOR_REACH = 4;
    private static final Set<String> ENTRY_VERBS = WordLists.get("entry-verbs");

    /** Words that mark a backer as joining an investment told before: "C also invested", "C invested too". */
    private static final Set<String> ALSO = WordLists.get("joining-adverbs");
    /** Words after a lone investor that say there were more: "from A and other backers", "from A, among others". */
    private static final Set<String> OTHER_SOURCES = WordLists.get("other-sources");
    private static final Set<String> IN_FOR = WordLists.get("round-prepositions");
    private static final Set<String> DETERMINERS = WordLists.get("round-determiners");
    private static final Set<String> FRESH = WordLists.get("round-fresh-words");
    private static final Set<String> CO_LEAD = WordLists.get("co-lead-words");
    private static final Set<String> DASHES = WordLists.get("dashes");
    private static final Set<String> CLAUSE_ENDS = WordLists.get("clause-ends");
    private static final Set<String> CLAUSE_FILLERS = WordLists.get("clause-end-fillers");
    private static final Set<String> RECEIVE = WordLists.get("receive-verbs");
    private static final Set<String> RELATIVE = WordLists.get("relative-pronouns");
    private static final Set<String> RELATIVE_AUXILIARIES = WordLists.get("relative-auxiliaries");

    /** The rules that complete a round told earlier in the article ("The round was led by A"). */
    private static final String EARLIER = "-earlier";

    /**
     * The callbacks: {@code funding-rounds}, the raises, leads and holders of rounds, and {@code funding-round-nouns},
     * the round nouns, whose rules yield to those of the first (a round a raise told is not told again by its noun).
     */
    static Map<String, RuleCallback> callbacks() {
        FundingRules rules = new FundingRules();
        return Map.of("funding-rounds", rules, "funding-round-nouns", rules::roundNouns);
    }

    /** The rounds the raises, the leads and the holders of rounds tell, in that order. */
    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (TriggerMatch t : f.triggers("funding", "verb")) {
            raise(f, out, r, s, t);
        }
        for (TriggerMatch t : f.triggers("funding", "lead")) {
            lead(f, out, r, s, t);
        }
        for (TriggerMatch t : f.triggers("investment", "holder")) {
            holderOfRound(f, out, r, s, t);
        }
        for (TriggerMatch t : f.triggers("investment", "verb")) {
            inflow(f, out, r, s, t);
        }
        return out;
    }

    /**
     * "Investors poured $X into B (in a round led by A)": an investment verb whose subject is a plural noun of
     * unnamed investors, with an amount, is the round the one organization it puts money into raised; the investors
     * the noun lists ("Investors including A and C put $X into B") are the round's.
     */
    private boolean inflow(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        Optional<Money> amount = f.amountFor(t);
        Optional<TriggerMatch> backers = UnnamedBackers.subjectOf(f, s, t);
        if (amount.isEmpty() || backers.isEmpty()) {
            return false;
        }
        List<Integer> investee = s.objectAfter(t.end(), t.trigger().preps(), false);
        if (investee.size() != 1) {
            return false;
        }
        List<Integer> investors = new ArrayList<>(investorsAfter(f, s, backers.get().start()).stream()
                .filter(i -> i < t.start()).toList());
        investorsAfter(f, s, investee.get(0) + 1).stream().filter(i -> !investors.contains(i)).forEach(investors::add);
        ownRound(f, s, t).ifPresent(round -> investorsAfter(f, s, round.end()).stream()
                .filter(i -> !investors.contains(i)).forEach(investors::add));
        emit(f, out, t, investee.get(0), amount, investors, investee, r.get("funding-inflow"));
        return true;
    }

    /** The rounds the round nouns tell ("B's $X Series C round", "The round was led by A"), in text order. */
    List<Fact> roundNouns(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        List<Fact> out = new ArrayList<>();
        for (TriggerMatch t : f.triggers("funding", "noun")) {
            round(f, out, r, f.chunks(), t);
        }
        return out;
    }

    /** Whether the round completes one told earlier, rather than telling a round anew. */
    static boolean completesEarlierRound(FundingRound round) {
        return round.provenance().rule().endsWith(EARLIER);
    }

    /**
     * "B raised $X ...", "B raised a $X seed round": needs an amount, its own or that of the round its clause names,
     * so that "raised concerns" is no round.
     */
    private boolean raise(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        List<Integer> investee = s.subjectBefore(t.start(), false);
        if (investee.isEmpty()) {
            investee = bracketedRelativeHead(s, t.start());
        }
        Optional<Money> amount = f.amountFor(t);
        if (amount.isEmpty()) {
            amount = ownRound(f, s, t).flatMap(f::amountFor);
        }
        if (investee.size() != 1 || amount.isEmpty() || partOfLargerRound(f, s, t)) {
            return false;
        }
        List<Integer> investors = new ArrayList<>(investorsAfter(f, s, t.end()));
        ownRound(f, s, t).ifPresent(round -> investorsAfter(f, s, round.end()).stream()
                .filter(i -> !investors.contains(i)).forEach(investors::add));
        if (investors.isEmpty() && RECEIVE.contains(t.trigger().words().get(0))) {
            return false;
        }
        emit(f, out, t, investee.get(0), amount, investors, investee, r.get("funding-raise"));
        return true;
    }

    /** "B (which just raised $X)": the organization before a bracketed relative clause that ends at {@code t}. */
    private static List<Integer> bracketedRelativeHead(ChunkedSentence s, int t) {
        int k = t - 1;
        while (k >= 0 && (s.get(k).pos().equals("ADV") || s.wordAt(k, RELATIVE_AUXILIARIES))) {
            k--;
        }
        boolean relative = s.wordAt(k, RELATIVE) && s.wordAt(k - 1, Set.of("("));
        return relative && k >= 2 && s.get(k - 2).isOrg() ? List.of(k - 2) : List.of();
    }

    /**
     * The round a raise names as its own, "raised $X in a round led by A": a round word in the raise's clause,
     * a few words on, with no comma between.
     */
    private static Optional<TriggerMatch> ownRound(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        Optional<TriggerMatch> next = nounAfter(f, s, t.end(), t.start());
        if (next.isEmpty()) {
            return investmentNounAfter(f, s, t);
        }
        Optional<TriggerMatch> last = next;
        while (next.isPresent()) {
            last = next;
            next = nounAfter(f, s, next.get().end(), t.start());
        }
        return last;
    }

    /**
     * "B secured a $X investment (led by A)": an investment noun right after the raise's verb, past its article and
     * its amount, stands for the round it raised; not one whose total is raised ("raising investment to $X").
     */
    private static Optional<TriggerMatch> investmentNounAfter(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        return f.triggers("investment", "noun").stream()
                .filter(n -> n.start() >= t.end() && n.start() <= t.end() + 3 && s.sameClause(n.start(), t.start())
                        && !s.anyWordIn(t.end(), n.start(), Set.of(",")) && moneyBetween(s, t.end(), n.start()))
                .findFirst();
    }

    private static boolean moneyBetween(ChunkedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.get(k).kind() == Chunk.Kind.MONEY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The round word a few words after {@code end}, in the clause of {@code clause}, with no comma between; the
     * last of a chain of them ("secured $X in funding in a Series A round led by A").
     */
    private static Optional<TriggerMatch> nounAfter(SentenceFacts f, ChunkedSentence s, int end, int clause) {
        return f.triggers("funding", "noun").stream()
                .filter(n -> n.start() >= end && n.start() <= end + 6 && s.sameClause(n.start(), clause)
                        && !s.anyWordIn(end, n.start(), Set.of(",")))
                .findFirst();
    }

    /**
     * "raises $3bn from retail investors in a $100bn round": an amount raised from a class of unnamed investors
     * while the sentence gives a round its own amount is a part of that round, not the round.
     */
    private static boolean partOfLargerRound(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        boolean fromUnnamed = false;
        for (int j = t.end(); j < s.size() && j < t.end() + 4 && s.sameClause(j, t.start()); j++) {
            if (s.get(j).isWord("from")) {
                fromUnnamed = s.agentAfter(j + 1, true) < 0;
                break;
            }
        }
        return fromUnnamed && f.triggers("funding", "noun").stream().anyMatch(n -> n.start() > t.end() && f.amountFor(n).isPresent());
    }

    /** "A led the round", "A led a $X round in B", "A participated in the round", "A led it" after a round. */
    private boolean lead(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        if (!s.byAgentAfter(t.end(), true).isEmpty()) {
            return false;
        }
        TriggerMatch noun = java.util.stream.Stream.concat(f.triggers("funding", "noun").stream(), f.triggers("investment", "noun").stream())
                .filter(n -> n.start() >= t.end() && n.start() <= t.end() + 6 && s.sameClause(n.start(), t.start()))
                .findFirst().orElse(null);
        List<Integer> investors = subjectBefore(s, t.start());
        Optional<TriggerMatch> unnamed = investors.isEmpty() ? UnnamedBackers.subjectOf(f, s, t) : Optional.empty();
        if (unnamed.isPresent()) {
            investors = UnnamedBackers.listedFor(f, s, unnamed.get(), t);
        }
        boolean finite = !t.trigger().words().get(0).endsWith("ing");
        boolean roundPronoun = s.wordAt(t.end(), Set.of("it")) && endsClause(s, t.end() + 1);
        boolean asInvestors = asInvestors(f, s, t.end());
        // "came in", "signed on" say who took part only with "as" an investor: "A came in second" names no backer
        boolean entry = ENTRY_VERBS.contains(String.join(" ", t.trigger().words()));
        if (noun == null && runsTheHead(s, investors)) {
            return false;
        }
        if (noun == null && finite && (!investors.isEmpty() || unnamed.isPresent())
                && (asInvestors || !entry && (endsClause(s, t.end()) || roundPronoun))) {
            int nextLead = f.triggers("funding", "lead").stream().mapToInt(TriggerMatch::start).filter(i -> i >= t.end())
                    .min().orElse(s.size());
            List<Integer> all = new ArrayList<>(investors);
            investorsAfter(f, s, t.end()).stream().filter(i -> i < nextLead && !all.contains(i)).forEach(all::add);
            return emitFor(f, out, r, t, List.of(), Optional.empty(), all, "funding-lead")
                    || joinsInvestment(f, out, r, s, t, all);
        }
        if (noun == null && t.trigger().words().get(0).startsWith("co-") && !investors.isEmpty()) {
            return coLedDeal(f, out, r, s, t, investors);
        }
        if (noun == null || (investors.isEmpty() && unnamed.isEmpty())) {
            return false;
        }
        List<Integer> stated = s.objectAfter(noun.end(), IN_FOR, false);
        int owner = s.possessiveBefore(noun.start());
        List<Integer> named = !stated.isEmpty() ? stated : owner > t.start() ? List.of(owner) : List.of();
        List<Integer> all = new ArrayList<>(investors);
        investorsAfter(f, s, noun.end()).stream().filter(i -> !all.contains(i)).forEach(all::add);
        return emitFor(f, out, r, noun, named, f.amountFor(noun), all, "funding-lead");
    }

    /**
     * "A invested $X in B. C also invested.", "A backed B. C and D also participated.": with no round told, a lead
     * verb that "also" marks, in a sentence that names no organization but its investors, joins the investment the
     * sentence before told last, its investors investing in the same investee.
     */
    private static boolean joinsInvestment(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t,
                                           List<Integer> investors) {
        boolean also = s.anyWordIn(Math.max(0, t.start() - 2), t.start(), ALSO) || s.wordAt(t.end(), ALSO);
        boolean onlyInvestors = IntStream.range(0, s.size())
                .allMatch(k -> !s.get(k).isOrg() || investors.contains(k));
        Optional<ArticleContext.Round> joined = f.context().lastInvestment();
        if (!also || !onlyInvestors || joined.isEmpty() || investors.isEmpty()) {
            return false;
        }
        ArticleContext.Round investment = joined.get();
        List<EntityRef> refs = f.refs(investors).stream().filter(x -> !x.equals(investment.investee())).toList();
        Provenance provenance = f.provenance(r.get("investment-also"), t, investors);
        investments(out, investment.investee(), refs, Map.of(), investment.status(), investment.date(), provenance);
        return !refs.isEmpty();
    }

    /**
     * "A co-led the deal with C", said after a round: a co-lead makes "the deal" the round told before, and the
     * organizations it was co-led with its investors too.
     */
    private boolean coLedDeal(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t, List<Integer> investors) {
        TriggerMatch deal = f.triggers("deal", "noun").stream()
                .filter(n -> n.start() > t.end() && n.start() <= t.end() + 2 && s.anyWordIn(t.end(), n.start(), DETERMINERS))
                .findFirst().orElse(null);
        if (deal == null) {
            return false;
        }
        List<Integer> all = new ArrayList<>(investors);
        all.addAll(s.objectAfter(deal.end(), CO_LEAD, true));
        return emitFor(f, out, r, t, List.of(), Optional.empty(), all, "funding-lead");
    }

    /**
     * The subject group before {@code t}, also past a parenthetical set off by dashes ("A, B and C — all of which
     * plan to use its software — also participated"), or after "with" ("raised $X with A leading the round").
     */
    private static List<Integer> subjectBefore(ChunkedSentence s, int t) {
        if (t >= 1 && s.member(t - 1, true)) {
            List<Integer> group = s.groupEndingAt(t - 1, true);
            if (s.wordAt(group.get(0) - 1, CO_LEAD)) {
                return group;
            }
        }
        List<Integer> subject = s.subjectBefore(t, true);
        if (!subject.isEmpty()) {
            return subject;
        }
        int close = -1;
        for (int k = t - 1; k >= 0 && close < 0; k--) {
            close = s.wordAt(k, DASHES) ? k : s.sameClause(k, t) ? -1 : -2;
        }
        for (int k = close - 1; k >= 1; k--) {
            if (s.wordAt(k, DASHES)) {
                return s.member(k - 1, true) ? s.groupEndingAt(k - 1, true) : List.of();
            }
        }
        return List.of();
    }

    /** Whether the clause ends at {@code k}, past adverbs ("A and B also participated.", "took part as well"). */
    /**
     * "A and B joined as strategic investors", "C came in as a new backer": "as" at {@code k}, a few modifiers, then a
     * noun for an investor that ends the clause, which says in what the lead took part.
     */
    private static boolean asInvestors(SentenceFacts f, ChunkedSentence s, int k) {
        if (!s.wordAt(k, Set.of("as"))) {
            return false;
        }
        return f.triggers("investment", "holder").stream()
                .anyMatch(h -> h.start() > k && h.start() <= k + AS_INVESTOR_REACH && endsClause(s, h.end())
                        && IntStream.range(k + 1, h.start()).allMatch(j -> s.get(j).isNominal()));
    }

    /**
     * "A, which P leads": people who lead, in a relative clause on an organization, run it; they back no round.
     */
    private static boolean runsTheHead(ChunkedSentence s, List<Integer> leads) {
        return !leads.isEmpty() && leads.stream().allMatch(i -> s.get(i).kind() == Chunk.Kind.PERSON)
                && s.wordAt(leads.get(0) - 1, Set.of("which", "that"));
    }

    private static boolean endsClause(ChunkedSentence s, int k) {
        int j = k;
        while (j < s.size() && (s.get(j).pos().equals("ADV") || s.wordAt(j, CLAUSE_FILLERS))) {
            j++;
        }
        return j >= s.size() || s.wordAt(j, CLAUSE_ENDS);
    }

    /**
     * "A is the largest investor in the round, with new backers including C and D": the holder's subject and the
     * round's listed investors join the round the sentence or the article told; so do those that "Other investors
     * include…" lists, when the sentence tells no round of its own.
     */
    private boolean holderOfRound(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        if (!s.wordAt(t.end(), Set.of("in"))) {
            List<Integer> included = out.isEmpty() ? UnnamedBackers.includedBy(f, s, t) : UnnamedBackers.withAmong(s, t);
            return !included.isEmpty() && emitFor(f, out, r, t, List.of(), Optional.empty(), included, "funding-holder");
        }
        TriggerMatch noun = f.triggers("funding", "noun").stream()
                .filter(n -> n.start() > t.end() && n.start() <= t.end() + 4 && !s.anyWordIn(t.end() + 1, n.start(), Set.of(",")))
                .findFirst().orElse(null);
        List<Integer> investors = s.subjectBefore(t.start(), true);
        if (noun == null || investors.isEmpty() || s.possessiveBefore(noun.start()) >= 0) {
            return false;
        }
        List<Integer> all = new ArrayList<>(investors);
        all.addAll(investorsAfter(f, s, noun.end()));
        return emitFor(f, out, r, noun, List.of(), f.amountFor(noun), all, "funding-holder");
    }

    /** "B's $X Series C round", "B closed a $X round", "The round was led by A". */
    private boolean round(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        int owner = s.possessiveBefore(t.start());
        List<Integer> named = owner >= 0 ? List.of(owner) : s.objectAfter(t.end(), IN_FOR, false);
        List<Integer> investors = new ArrayList<>(investorsAfter(f, s, t.end()));
        Optional<TriggerMatch> backing = named.isEmpty() ? backedIn(f, s, t) : Optional.empty();
        if (backing.isPresent()) {
            named = s.objectAfter(backing.get().end(), Set.of(), false);
            s.subjectBefore(backing.get().start(), true).stream().filter(i -> !investors.contains(i)).forEach(investors::add);
        } else if (named.isEmpty() && !pointsBack(f, s, t) && !joined(f, s, t)) {
            List<Integer> subject = s.subjectBefore(t.start(), false);
            named = subject.size() == 1 ? subject : List.of();
        }
        return emitFor(f, out, r, t, named, f.amountFor(t), investors, "funding-round");
    }

    /**
     * "A backed B in a $X round": a verb of investing before the round noun in its clause, whose object is one
     * organization; the round is the object's, and the verb's subject one of its investors.
     */
    private static Optional<TriggerMatch> backedIn(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        return f.triggers("investment", "verb").stream()
                .filter(v -> v.end() < t.start() && v.end() >= t.start() - 6 && s.sameClause(v.start(), t.start())
                        && s.objectAfter(v.end(), Set.of(), false).size() == 1)
                .reduce((a, b) -> b);
    }

    /**
     * "the round", "its latest round": a round noun that points to the round told before, by a determiner a few
     * words before it; "new" and "latest" do so only when the round has no amount of its own ("$50 million in new
     * funding" is a round of its own).
     */
    private static boolean pointsBack(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        for (int k = Math.max(0, t.start() - 3); k < t.start(); k++) {
            if (s.wordAt(k, DETERMINERS) && !(s.wordAt(k, FRESH) && f.amountFor(t).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** "A is participating in a $X round": a round that a lead or participation verb governs is not its subject's. */
    private static boolean joined(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        return f.triggers("funding", "lead").stream().anyMatch(l -> l.end() <= t.start() && l.end() >= t.start() - 6
                && s.sameClause(l.start(), t.start()) && s.wordAt(l.end(), IN_FOR));
    }

    private boolean emitFor(SentenceFacts f, List<Fact> out, Rules r, TriggerMatch t, List<Integer> named,
                            Optional<Money> amount, List<Integer> investors, String rule) {
        if (named.size() == 1) {
            if (amount.isEmpty() && investors.isEmpty() && series(f.chunks()).isEmpty()) {
                return false;
            }
            emit(f, out, t, named.get(0), amount, investors, named, r.get(rule));
            return true;
        }
        Optional<ArticleContext.Round> earlier = ArticleContext.lastRoundIn(out).or(() -> f.context().lastRound());
        if (named.isEmpty() && earlier.isPresent() && !investors.isEmpty()) {
            ArticleContext.Round round = earlier.get();
            List<EntityRef> refs = f.refs(investors).stream().filter(x -> !x.equals(round.investee())).toList();
            Optional<FactDate> date = f.statedDateNear(t).or(round::date);
            Provenance provenance = f.provenance(r.get(rule + EARLIER), t, investors);
            out.add(new FundingRound(round.investee(), amount, f.valuation(), refs, series(f.chunks(), t.start()), round.status(),
                    date, provenance));
            investments(out, round.investee(), refs, InvestorAmounts.of(f.chunks(), investors), round.status(), date, provenance);
            return true;
        }
        return false;
    }

    private void emit(SentenceFacts f, List<Fact> out, TriggerMatch t, int investeeIndex, Optional<Money> amount,
                      List<Integer> investors, List<Integer> subject, Rule rule) {
        EntityRef investee = f.chunks().get(investeeIndex).ref();
        List<EntityRef> refs = f.refs(investors).stream().filter(x -> !x.name().equals(investee.name())).toList();
        Status status = f.status(t, subject.get(0) < t.start() ? subject : List.of());
        List<Integer> all = new ArrayList<>(investors);
        all.add(investeeIndex);
        var provenance = f.provenance(rule, t, all);
        var date = f.dateNear(t);
        Map<EntityRef, Money> own = InvestorAmounts.of(f.chunks(), investors);
        if (!InvestorAmounts.isOneOfSeveral(own, amount)) {
            out.add(new FundingRound(investee, amount, f.valuation(), refs, series(f.chunks(), t.start()), status, date, provenance));
        }
        if (own.isEmpty() && amount.isPresent() && refs.size() == 1 && soleSource(f.chunks(), investors)) {
            own = Map.of(refs.get(0), amount.get());
        }
        investments(out, investee, refs, own, status, date, provenance);
    }

    /**
     * "B raised $X from A": the one investor the raise names is named after "from", with no lead, and no other
     * backers after it ("from A and other investors", "from A, others"), so it provided the whole amount.
     */
    private static boolean soleSource(ChunkedSentence s, List<Integer> investors) {
        if (investors.size() != 1 || investors.get(0) < 1 || !s.get(investors.get(0) - 1).isWord("from")) {
            return false;
        }
        int next = investors.get(0) + 1;
        if (s.wordAt(next, Set.of(","))) {
            next++;
        }
        return !s.wordAt(next, OTHER_SOURCES);
    }

    /** One investment per investor, with the investor's own amount where the sentence pairs one with it. */
    private static void investments(List<Fact> out, EntityRef investee, List<EntityRef> investors, Map<EntityRef, Money> own,
                                    Status status, Optional<FactDate> date, Provenance provenance) {
        for (EntityRef investor : investors) {
            out.add(new Investment(investor, investee, Optional.ofNullable(own.get(investor)), status, date, provenance));
        }
    }

    /** The investors that "led by", "from", "with participation from", "including"… name after {@code from}. */
    static List<Integer> investorsAfter(SentenceFacts f, ChunkedSentence s, int from) {
        Set<Integer> found = new LinkedHashSet<>();
        int until = f.triggers("funding", "noun").stream().mapToInt(TriggerMatch::start).filter(i -> i >= from)
                .min().orElse(s.size());
        for (TriggerMatch list : f.triggers("funding", "list")) {
            if (list.start() >= from && list.start() < until && s.sameClause(list.start(), from)) {
                int first = firstListed(s, list.end());
                if (first >= 0) {
                    found.addAll(s.groupFrom(first, true));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The first investor a list word introduces: the first agent of the noun phrase after it, else a person named
     * a few words on when the list opens with a name the analyser did not take ("including Tim and Rosemary Lee").
     */
    private static int firstListed(ChunkedSentence s, int from) {
        int first = s.agentAfter(from, true);
        for (int j = from; first < 0 && j < s.size() && j < from + 3 && s.sameClause(from, j); j++) {
            if (s.get(j).kind() == Chunk.Kind.PERSON) {
                first = j;
            } else if (!s.get(j).pos().equals("PROPN") && !s.get(j).isWord("and")) {
                break;
            }
        }
        return first;
    }

    /** The round's name when the sentence gives one: "Series E", "seed". */
    static Optional<String> series(ChunkedSentence s) {
        return series(s, 0);
    }

    /** Whether a clause boundary and an organization stand between chunks {@code a} and {@code b}. */
    private static boolean otherRaiseBetween(ChunkedSentence s, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (s.get(k).isOrg()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The round's name the sentence gives nearest to chunk {@code near}, when it gives one; in the clause of
     * {@code near} when another clause names a round too ("A raised $X in a seed round, while B raised $Y").
     */
    static Optional<String> series(ChunkedSentence s, int near) {
        Optional<String> best = Optional.empty();
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < s.size(); i++) {
            if (near > 0 && !s.sameClause(i, near) && otherRaiseBetween(s, i, near) || s.priorEventApart(i, near)) {
                continue;
            }
            String next = s.get(i + 1).text();
            Optional<String> here = Optional.empty();
            if (s.get(i).isWord("series") && next.matches("[A-Z]\\d?\\+?")) {
                here = Optional.of("Series " + next);
            } else if ((s.get(i).isWord("seed") || s.get(i).isWord("pre-seed")) && s.get(i + 1).isWord("round")) {
                here = Optional.of(s.get(i).lower());
            }
            if (here.isPresent() && Math.abs(i - near) < distance) {
                best = here;
                distance = Math.abs(i - near);
            }
        }
        return best;
    }
}
