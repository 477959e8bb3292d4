package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Money;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Status;

/**
 * Deals and partnerships: "A signs $X deal with B", "A and B announced a partnership", "a deal between A
 * and B", "A's agreement with B", "A partnered with B", "A will pay B $X", and the partner nouns ("A, a partner of B",
 * "partners A and B"). Every pair of a deal's parties is also a partnership. A plural trigger with several
 * counterparts ("deals worth $1tn with A, B and C") is one valueless deal per counterpart.
 */
final class DealRules {

    private static final Set<String> INCLUDE = WordLists.get("include-words");
    private static final Set<String> PICKERS = WordLists.get("group-pickers");
    private static final Set<String> AMOUNT_QUALIFIERS = WordLists.get("amount-qualifiers");
    private static final Set<String> HOLDING_NOUNS = WordLists.get("holding-nouns");
    private static final Set<String> COPULAS = WordLists.get("copulas");
    private static final Set<String> HAVE_VERBS = WordLists.get("partner-have-verbs");
    private static final Set<String> ENDING_VERBS = WordLists.get("ending-verbs");
    private static final Set<String> OWNER_DETERMINERS = WordLists.get("owner-determiners");
    /** How many words may describe an agreement between its determiner and its noun ("its multiyear cloud contract"). */
    private static final int AGREEMENT_MODIFIERS = 3;
    /** How many chunks a partner noun's phrase may run before the comma that sets its partner off. */
    private static final int SET_OFF_REACH = 6;

    /** The callbacks of {@code deal.yaml}, by name: each runs at one trigger and returns its facts. */
    static Map<String, RuleCallback> callbacks() {
        DealRules d = new DealRules();
        return Map.of(
                "deal-buy-from", (f, t, r) -> collect(out -> d.buyFrom(f, out, r, f.chunks(), t.orElseThrow())),
                "deal-pay", (f, t, r) -> collect(out -> d.pay(f, out, r, f.chunks(), t.orElseThrow())),
                "partner-of", (f, t, r) -> collect(out -> d.partner(f, out, r, f.chunks(), t.orElseThrow())));
    }

    /** The facts {@code rule} adds to a fresh list. */
    static List<Fact> collect(java.util.function.Consumer<List<Fact>> rule) {
        List<Fact> out = new ArrayList<>();
        rule.accept(out);
        return out;
    }

    /**
     * "A agreed to buy $38bn of cloud capacity from B (over seven years)", "A will spend $X on capacity from B", "A
     * will buy the chips from B for $X": buying an amount of something from a provider is a supply deal worth that
     * amount, not an acquisition (buying a named company or shares from their owner is not this); leasing or renting
     * from a provider ("A leases the campus from B") is a deal, with or without its amount.
     */
    void buyFrom(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        int amount = t.end() < s.size() && s.get(t.end()).kind() == Chunk.Kind.MONEY ? t.end() : -1;
        List<Integer> buyer = s.subjectBefore(t.start(), false);
        if (buyer.size() != 1) {
            return;
        }
        int start = amount >= 0 ? amount + 1 : t.end();
        for (int j = start; j < s.size() && j < start + 12 && s.sameClause(j, start); j++) {
            if (s.get(j).isWord("from")) {
                int seller = s.agentAfter(j + 1, false);
                int paid = amount >= 0 ? amount : seller >= 0 ? priceAfter(s, seller + 1) : -1;
                boolean lease = t.trigger().form().equals("lease");
                if (seller >= 0 && s.get(seller).isOrg() && (paid >= 0 || lease)) {
                    pricedDeal(f, out, t, buyer.get(0), seller, paid, r.get("deal-buy-from"));
                }
                return;
            }
            if (s.get(j).isVerb() || amount < 0 && (s.get(j).isAgent() || s.wordAt(j, HOLDING_NOUNS))) {
                return;
            }
        }
    }

    /** "… from B for about $X": the amount a "for" right at {@code k} pays, past words that qualify it; else -1. */
    private static int priceAfter(ChunkedSentence s, int k) {
        if (!s.wordAt(k, Set.of("for"))) {
            return -1;
        }
        int j = k + 1;
        while (j < s.size() && j <= k + 3 && s.wordAt(j, AMOUNT_QUALIFIERS)) {
            j++;
        }
        return j < s.size() && s.get(j).kind() == Chunk.Kind.MONEY ? j : -1;
    }

    /**
     * "A agreed to pay B more than $10bn for cloud services": paying an organization an amount is a deal
     * between payer and payee worth that amount.
     */
    void pay(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        int payee = t.end() < s.size() && s.get(t.end()).isOrg() ? t.end() : -1;
        List<Integer> payer = s.subjectBefore(t.start(), false);
        if (payee < 0 || payer.size() != 1) {
            return;
        }
        for (int j = payee + 1; j < s.size() && j <= payee + 3; j++) {
            if (s.get(j).kind() == Chunk.Kind.MONEY) {
                pricedDeal(f, out, t, payer.get(0), payee, j, r.get("deal-pay"));
                return;
            }
            if (!s.wordAt(j, AMOUNT_QUALIFIERS)) {
                return;
            }
        }
    }

    /** A deal between the customer and the provider at those chunks, worth the amount at {@code amount} (none when -1). */
    private void pricedDeal(SentenceFacts f, List<Fact> out, TriggerMatch t, int customer, int provider, int amount,
                            Rule rule) {
        ChunkedSentence s = f.chunks();
        Status status = f.status(t, List.of(customer));
        Provenance provenance = f.provenance(rule, t, List.of(customer, provider));
        List<EntityRef> parties = List.of(s.get(customer).ref(), s.get(provider).ref());
        deal(f, out, parties, amount < 0 ? Optional.empty() : s.get(amount).mention().flatMap(m -> m.money()), status, provenance);
        pairs(f, out, t, parties.subList(0, 1), parties.subList(1, 2), status, provenance);
    }

    /**
     * The group right after the trigger, or after an including word right after it ("partners include A and B",
     * "partners A and B"); empty if none.
     */
    static List<Integer> groupAfter(ChunkedSentence s, TriggerMatch t, boolean persons) {
        int after = s.agentAfter(t.end(), persons);
        if (after < 0 && s.wordAt(t.end(), INCLUDE)) {
            after = s.agentAfter(t.end() + 1, persons);
        }
        return after < 0 ? List.of() : s.groupFrom(after, persons);
    }

    /** Partnerships between every partner and every counterpart, or among the partners when there are none. */
    static List<Fact> partnerships(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> partners, List<Integer> counterparts) {
        List<Integer> all = new ArrayList<>(partners);
        all.addAll(counterparts);
        List<Fact> out = new ArrayList<>();
        pairs(f, out, t, f.refs(partners), f.refs(counterparts), Frame.status(f, t, rule, partners), f.provenance(rule, t, all));
        return out;
    }

    /** The organization a "whose" before the trigger refers to: "A, whose partners include B". */
    private static int whoseOwner(ChunkedSentence s, int t) {
        for (int k = t - 1; k >= 1 && k >= t - 4; k--) {
            if (s.get(k).isWord("whose")) {
                int j = k - 1;
                while (j >= 0 && (s.get(j).isWord(",") || s.get(j).isWord("—") || s.get(j).isWord("–") || s.get(j).isWord("("))) {
                    j--;
                }
                return j >= 0 && s.get(j).isOrg() ? j : -1;
            }
            if (!s.get(k).isNominal()) {
                return -1;
            }
        }
        return -1;
    }

    /** The group after one or two auxiliaries: "A's first partner will be B". */
    private static List<Integer> afterCopula(ChunkedSentence s, int from) {
        int k = from;
        while (k < s.size() && k < from + 2 && s.get(k).kind() == Chunk.Kind.WORD && s.get(k).pos().equals("AUX")) {
            k++;
        }
        return k > from && k < s.size() && s.get(k).isOrg() ? s.groupFrom(k, false) : List.of();
    }

    /**
     * The organization that modifies or owns the partner noun, adjectives between: "A strategic partners,
     * including B", "A's first partner will be B".
     */
    private static int modifierOwner(ChunkedSentence s, int t) {
        int k = t - 1;
        while (k >= 0 && k >= t - 3 && s.get(k).kind() == Chunk.Kind.WORD
                && (s.get(k).pos().equals("ADJ") || s.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k >= 0 && s.get(k).isOrg() ? k : -1;
    }

    /**
     * "P, a former A partner,": the phrase that the organization at {@code owner} opens (past an article and
     * modifiers) is set off after a person, whose title it gives; A has no partner there.
     */
    private static boolean describesPerson(ChunkedSentence s, int owner) {
        int k = owner - 1;
        while (k >= 0 && s.get(k).kind() == Chunk.Kind.WORD && (s.wordAt(k, Looks.ARTICLES) || s.get(k).pos().equals("ADJ")
                || s.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k >= 1 && s.get(k).isWord(",") && s.get(k - 1).kind() == Chunk.Kind.PERSON;
    }

    /**
     * "A has a partner in this deal, B, a mining company": the organization set off by a comma after a partner noun
     * that a verb of having opens (its subject is the other partner), or -1.
     */
    private static int setOffPartner(ChunkedSentence s, TriggerMatch t) {
        if (haveBefore(s, t.start()) < 0) {
            return -1;
        }
        for (int j = t.end(); j < s.size() && j < t.end() + SET_OFF_REACH; j++) {
            Chunk c = s.get(j);
            if (c.isWord(",")) {
                return j + 1 < s.size() && s.get(j + 1).isOrg() && !s.get(j + 1).possessive() ? j + 1 : -1;
            }
            if (c.isOrg() || c.isVerb() || c.kind() == Chunk.Kind.PERSON) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb of having right before a partner noun and its article or modifiers ("has a new partner"), or -1. */
    private static int haveBefore(ChunkedSentence s, int start) {
        int k = start - 1;
        while (k > 0 && s.get(k).kind() == Chunk.Kind.WORD && (s.wordAt(k, Looks.ARTICLES) || s.get(k).pos().equals("ADJ"))) {
            k--;
        }
        return k > 0 && s.wordAt(k, HAVE_VERBS) ? k : -1;
    }

    /**
     * "A, a partner of B", "A's partner B", "A strategic partners, including B", "B and C are A customers", "A's
     * partners include B and C", "customers of A include B and C", "A, whose partners include B", "A has a partner
     * in this deal, B", "A counts B and C among its customers": the holder of a partner noun and the partners it names ("A and B are partners" is the rule partner-group).
     */
    void partner(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, TriggerMatch t) {
        Optional<InvestmentRules.Counted> counted = InvestmentRules.counted(s, t, false);
        if (counted.isPresent() && !counted.get().counter().isEmpty()) {
            List<Integer> all = new ArrayList<>(counted.get().counter());
            all.addAll(counted.get().members());
            pairs(f, out, t, f.refs(counted.get().counter()), f.refs(counted.get().members()), Status.ANNOUNCED,
                    f.provenance(r.get("partner-of"), t, all));
            return;
        }
        List<Integer> object = s.objectAfter(t.end(), t.trigger().preps(), false);
        int owner = s.possessiveBefore(t.start());
        if (owner < 0) {
            owner = whoseOwner(s, t.start());
        }
        if (owner < 0) {
            owner = modifierOwner(s, t.start());
        }
        if (owner >= 0 && !s.get(owner).possessive() && describesPerson(s, owner)) {
            return;
        }
        List<Integer> listed = groupAfter(s, t, false);
        if (listed.isEmpty() && owner >= 0) {
            listed = afterCopula(s, t.end());
        }
        List<Integer> first;
        List<Integer> second;
        if (!object.isEmpty()) {
            first = owner >= 0 ? List.of(owner) : s.subjectBefore(t.start(), false);
            if (first.isEmpty()) {
                first = InvestmentRules.listedAfter(s, object.get(object.size() - 1) + 1);
            }
            second = object;
        } else if (owner >= 0 && !listed.isEmpty()) {
            first = List.of(owner);
            second = listed;
        } else if (owner >= 0 && owner == t.start() - 1 && !s.get(owner).possessive() && s.anyWordIn(Math.max(0, owner - 3), owner, COPULAS)) {
            first = List.of(owner);
            second = s.subjectBefore(owner, false);
        } else if (owner < 0 && setOffPartner(s, t) >= 0) {
            first = s.subjectBefore(haveBefore(s, t.start()), false);
            second = List.of(setOffPartner(s, t));
        } else {
            return;
        }
        if (!first.isEmpty()) {
            List<Integer> all = new ArrayList<>(first);
            all.addAll(second);
            pairs(f, out, t, f.refs(first), f.refs(second), Status.ANNOUNCED, f.provenance(r.get("partner-of"), t, all));
        }
    }

    /**
     * The facts of an agreement among {@code agents} and {@code counterparts} (none: among the agents alone) at trigger
     * {@code t}: one deal among them all, worth the trigger's amount unless the trigger is plural; for a plural
     * trigger or a verb with several counterparts, one valueless deal per counterpart; for counterparts picked from an
     * unnamed group, no deal; and in every case a partnership per pair.
     */
    static List<Fact> agreement(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> agents, List<Integer> counterparts) {
        List<Fact> out = new ArrayList<>();
        List<EntityRef> as = f.refs(agents);
        List<EntityRef> cs = f.refs(counterparts);
        List<Integer> all = new ArrayList<>(agents);
        all.addAll(counterparts);
        Status status = Frame.status(f, t, rule, agents);
        Provenance provenance = f.provenance(rule, t, all);
        // "A signs with B and C", "A is collaborating with B, C and D": a verb with several counterparts tells A's
        // agreement with each, not one among them all
        boolean each = t.trigger().is("deal", "verb") && cs.size() >= 2;
        boolean aggregate = (t.trigger().plural() || each) && cs.size() >= 2;
        if (!t.trigger().plural() && listed(f.chunks(), t, counterparts)) {
            pairs(f, out, t, as, cs, status, provenance);
            return out;
        }
        if (aggregate) {
            for (EntityRef c : cs) {
                deal(f, out, List.of(as.get(0), c), Optional.empty(), status, provenance);
            }
        } else {
            List<EntityRef> parties = new ArrayList<>(as);
            cs.stream().filter(c -> !parties.contains(c)).forEach(parties::add);
            deal(f, out, parties, t.trigger().plural() ? Optional.empty() : Frame.money(f, t, rule), status, provenance);
        }
        pairs(f, out, t, as, cs, status, provenance);
        return out;
    }

    /**
     * Whether the counterparts are picked from an unnamed group ("partner with five IT companies, including B,
     * C and D"): partners, each on its own terms, with no one agreement among them all. Plural agreements with
     * such a group ("signed agreements with companies including B and C") are one agreement with each.
     */
    private static boolean listed(ChunkedSentence s, TriggerMatch t, List<Integer> counterparts) {
        return counterparts.size() >= 2 && s.anyWordIn(t.end(), counterparts.get(0), PICKERS);
    }

    private static void deal(SentenceFacts f, List<Fact> out, List<EntityRef> parties, Optional<Money> value, Status status,
                             Provenance provenance) {
        if (parties.size() >= 2 && parties.stream().map(EntityRef::name).distinct().count() == parties.size()) {
            out.add(new Deal(parties, value, status, f.date(), f.duration(), provenance));
        }
    }

    /** Partnerships between every agent and every counterpart, or, with no counterparts, among the agents. */
    private static void pairs(SentenceFacts f, List<Fact> out, TriggerMatch t, List<EntityRef> agents, List<EntityRef> counterparts,
                              Status status, Provenance provenance) {
        List<EntityRef[]> pairs = new ArrayList<>();
        if (counterparts.isEmpty()) {
            for (int i = 0; i < agents.size(); i++) {
                for (int j = i + 1; j < agents.size(); j++) {
                    pairs.add(new EntityRef[] {agents.get(i), agents.get(j)});
                }
            }
        } else {
            for (EntityRef a : agents) {
                for (EntityRef c : counterparts) {
                    pairs.add(new EntityRef[] {a, c});
                }
            }
        }
        Status partnered = status == Status.ABANDONED && endedAgreement(f.chunks(), t.start()) ? Status.COMPLETED : status;
        for (EntityRef[] p : pairs) {
            if (!p[0].name().equals(p[1].name())) {
                out.add(new Partnership(p[0], p[1], partnered, provenance));
            }
        }
    }

    /**
     * "A ended its contract with B", "A terminated the agreement with B": an agreement that was ended had been
     * made, so the parties were partners, though the deal is over; unlike one called off or abandoned before it
     * was made. The deal noun at {@code noun} follows an ending verb and "its", "their" or "the".
     */
    private static boolean endedAgreement(ChunkedSentence s, int noun) {
        int k = noun - 1;
        while (k > 0 && k >= noun - AGREEMENT_MODIFIERS && s.get(k).kind() == Chunk.Kind.WORD
                && Set.of("ADJ", "NOUN", "ADV", "NUM").contains(s.get(k).pos())) {
            k--;
        }
        return k > 0 && (s.wordAt(k, OWNER_DETERMINERS) || s.get(k).isWord("the")) && s.wordAt(k - 1, ENDING_VERBS);
    }
}
