package org.dealgraph.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Span;
import org.dealgraph.model.Status;

/**
 * One sentence under extraction: its chunks and triggers, which trigger each amount belongs to, the fact
 * date, and the facts the rules find in it. Used by one thread for one sentence.
 */
final class SentenceFacts {

    private static final int MONEY_REACH = 8;
    private static final Set<String> FOR = Set.of("for");

    /** The families and forms of trigger that Java code asks for by name ({@link #triggers(String, String)}). */
    static final Set<Rule.TriggerKey> READ_BY_CODE = Set.of(new Rule.TriggerKey("funding", "verb"),
            new Rule.TriggerKey("funding", "lead"), new Rule.TriggerKey("funding", "noun"),
            new Rule.TriggerKey("funding", "list"), new Rule.TriggerKey("investment", "holder"),
            new Rule.TriggerKey("investment", "noun"), new Rule.TriggerKey("investment", "verb"), new Rule.TriggerKey("deal", "noun"),
            new Rule.TriggerKey("acquisition", "noun"), new Rule.TriggerKey("acquisition", "verb"));

    private final ArticleId article;
    private final ChunkedSentence chunks;
    private final List<TriggerMatch> triggers;
    private final StatusCues cues;
    private static final Set<String> FRAMING = WordLists.get("framing-prepositions");
    private static final Set<String> QUALIFIERS = WordLists.get("amount-qualifiers");
    private static final Set<String> APPOSITION_WORTH = WordLists.get("apposition-worth");
    private static final Set<String> DISTRIBUTIVE = WordLists.get("distributive-words");

    private final Map<Integer, MoneyRoles.Role> moneyRoles = new HashMap<>();
    private final Map<TriggerMatch, Integer> amounts = new HashMap<>();
    private final Optional<FactDate> date;
    private final Optional<String> duration;
    private final ArticleContext context;
    /** The facts the rules that tell anew found in the sentence, for the rules that complete them. */
    private final List<Fact> told;

    SentenceFacts(ArticleId article, ChunkedSentence chunks, List<TriggerMatch> triggers, StatusCues cues,
                  MoneyRoles roles, Durations durations, Optional<LocalDate> published, ArticleContext context) {
        this.article = article;
        this.chunks = chunks;
        this.triggers = List.copyOf(triggers);
        this.cues = cues;
        this.context = context;
        Optional<FactDate> stated = Optional.empty();
        Set<Integer> dealNounsEnd = new HashSet<>();
        triggers("deal", "noun").forEach(t -> dealNounsEnd.add(t.end()));
        triggers("acquisition", "noun").forEach(t -> dealNounsEnd.add(t.end()));
        int prior = chunks.priorEventEnd();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            if (c.kind() == Chunk.Kind.MONEY) {
                moneyRoles.put(i, roles.roleOf(chunks, i, dealNounsEnd));
            } else if (c.kind() == Chunk.Kind.DATE && stated.isEmpty() && i > prior) {
                stated = c.mention().flatMap(m -> m.date());
            }
        }
        this.date = stated.isPresent() ? stated : published.map(FactDate::publishedOn);
        this.duration = durations.of(chunks);
        this.told = List.of();
        assignAmounts();
    }

    private SentenceFacts(SentenceFacts sentence, List<Fact> told) {
        this.article = sentence.article;
        this.chunks = sentence.chunks;
        this.triggers = sentence.triggers;
        this.cues = sentence.cues;
        this.context = sentence.context;
        this.moneyRoles.putAll(sentence.moneyRoles);
        this.amounts.putAll(sentence.amounts);
        this.date = sentence.date;
        this.duration = sentence.duration;
        this.told = List.copyOf(told);
    }

    /** The same sentence, for rules that read what the rules of their file told in it: {@code told}. */
    SentenceFacts withTold(List<Fact> told) {
        return new SentenceFacts(this, told);
    }

    /** The same sentence with the amount at chunk {@code money} as trigger {@code t}'s: a gapped clause's ({@link Gapping}). */
    SentenceFacts withAmount(TriggerMatch t, int money) {
        SentenceFacts other = new SentenceFacts(this, told);
        other.amounts.put(t, money);
        return other;
    }

    /**
     * The round told before: the last round the sentence told anew (of the facts {@link #withTold} gave), else the
     * round the article told last ({@link ArticleContext#lastRound}).
     */
    Optional<ArticleContext.Round> earlierRound() {
        return ArticleContext.lastRoundIn(told).or(context::lastRound);
    }

    /**
     * Each plain amount goes to the nearest valued trigger of its clause (words in brackets count for nothing); an
     * amount paid for something goes to the trigger after "for" first: "Under the deal, A will pay $X for a stake in
     * B".
     */
    private void assignAmounts() {
        for (Map.Entry<Integer, MoneyRoles.Role> e : moneyRoles.entrySet()) {
            if (e.getValue() != MoneyRoles.Role.AMOUNT) {
                continue;
            }
            int m = e.getKey();
            TriggerMatch best = paidFor(m) ? nearestTrigger(m, true) : null;
            if (best == null) {
                best = nearestTrigger(m, false);
            }
            if (best != null && !amounts.containsKey(best)) {
                amounts.put(best, m);
            }
        }
    }

    /** The valued trigger nearest to the amount at {@code m}, only among those after it when {@code after}; else null. */
    private TriggerMatch nearestTrigger(int m, boolean after) {
        boolean price = priceAfterFor(m);
        TriggerMatch best = null;
        int bestDistance = (price ? 2 : 1) * MONEY_REACH + 1;
        for (TriggerMatch t : triggers) {
            if (!Trigger.VALUED_FAMILIES.contains(t.family()) || !Trigger.VALUED_FORMS.contains(t.trigger().form())
                    || !chunks.sameClause(m, t.start()) && !valueInApposition(t, m) || price && t.start() > m || after && t.start() < m) {
                continue;
            }
            int distance = m < t.start() ? chunks.unbracketed(m, t.start()) : chunks.spoken(t.end(), m) + 1;
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "will pay $X for": an amount right after a verb of paying and followed by "for". */
    private boolean paidFor(int m) {
        return chunks.wordAt(m + 1, FOR) && triggers.stream().anyMatch(t -> t.trigger().form().equals("pay") && t.end() == m);
    }

    /**
     * "The agreement, valued at $X, runs…", "the deal, worth about $X,": an amount set off after the trigger by a
     * comma and words of worth belongs to it, though the comma opens another clause.
     */
    private boolean valueInApposition(TriggerMatch t, int m) {
        if (m <= t.end() + 1 || !chunks.get(t.end()).isWord(",")) {
            return false;
        }
        boolean worth = false;
        for (int k = t.end() + 1; k < m; k++) {
            boolean cue = chunks.wordAt(k, APPOSITION_WORTH);
            if (!cue && !chunks.wordAt(k, QUALIFIERS)) {
                return false;
            }
            worth |= cue;
        }
        return worth;
    }

    /**
     * "bought B for just under $X", "for a total of $X": an amount after "for" (and words that qualify it) is the
     * price of what was told before it, so it goes to a trigger before it, from a little farther than other amounts.
     */
    private boolean priceAfterFor(int m) {
        int k = m - 1;
        while (k >= 0 && chunks.wordAt(k, QUALIFIERS)) {
            k--;
        }
        if (k >= 2 && chunks.get(k).isWord("of") && chunks.get(k - 1).isWord("total") && chunks.get(k - 2).isWord("a")) {
            k -= 3; // "for a total of $X"
        }
        return k >= 0 && chunks.get(k).isWord("for");
    }

    ChunkedSentence chunks() {
        return chunks;
    }

    List<TriggerMatch> triggers() {
        return triggers;
    }

    /** The sentence's triggers of a family and form of {@link #READ_BY_CODE}; any other is a bug and fails. */
    List<TriggerMatch> triggers(String family, String form) {
        if (!READ_BY_CODE.contains(new Rule.TriggerKey(family, form))) {
            throw new IllegalStateException("trigger '" + family + " " + form + "' is missing from SentenceFacts.READ_BY_CODE");
        }
        return triggers.stream().filter(t -> t.is(family, form)).toList();
    }

    /** What the sentence may know of the article before it. */
    ArticleContext context() {
        return context;
    }

    Optional<FactDate> date() {
        return date;
    }

    /** The term of a deal the sentence states ("over seven years" is {@code P7Y}), if any. */
    Optional<String> duration() {
        return duration;
    }

    /** The date nearest to the trigger in its sentence ("a seed round in 2023"), else the fact date. */
    Optional<FactDate> dateNear(TriggerMatch t) {
        return statedDateNear(t).or(() -> date);
    }

    /** The date the sentence states nearest to the trigger, if it states any. */
    Optional<FactDate> statedDateNear(TriggerMatch t) {
        int best = -1;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            if (c.kind() == Chunk.Kind.DATE && c.mention().flatMap(m -> m.date()).isPresent()
                    && !chunks.priorEventApart(i, t.start()) && (best < 0 || distance(i, t) < distance(best, t))) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : chunks.get(best).mention().flatMap(m -> m.date());
    }

    private static int distance(int i, TriggerMatch t) {
        return i < t.start() ? t.start() - i : i - t.end() + 1;
    }

    /** Whether the amount of {@code t} is each party's ("$2 billion each", "$5 million apiece"). */
    boolean amountForEach(TriggerMatch t) {
        Integer m = amounts.get(t);
        return m != null && chunks.wordAt(m + 1, DISTRIBUTIVE);
    }

    /** The amount that belongs to {@code t}, if any. */
    Optional<Money> amountFor(TriggerMatch t) {
        Integer m = amounts.get(t);
        return m == null ? Optional.empty() : chunks.get(m).mention().flatMap(x -> x.money());
    }

    /**
     * The amount of {@code t}, else that of a deal noun later in its clause that frames it ("A agreed to buy
     * B in a deal valued at $X", "under an agreement worth $X").
     */
    Optional<Money> amountOrFramingDeal(TriggerMatch t) {
        Optional<Money> own = amountFor(t);
        if (own.isPresent()) {
            return own;
        }
        for (TriggerMatch d : triggers("deal", "noun")) {
            if (d.start() > t.end() && chunks.sameClause(d.start(), t.start()) && framing(d.start())) {
                return amountFor(d);
            }
        }
        return Optional.empty();
    }

    /**
     * "will pay about $X for B": the plain amount right after {@code t} (past words that qualify it), which a verb of
     * paying pays; not a price per share ("$48 per share").
     */
    Optional<Money> amountPaid(TriggerMatch t) {
        int k = t.end();
        while (k < chunks.size() && chunks.wordAt(k, QUALIFIERS)) {
            k++;
        }
        return moneyRoles.get(k) == MoneyRoles.Role.AMOUNT ? chunks.get(k).mention().flatMap(x -> x.money()) : Optional.empty();
    }

    /** "in an all-stock deal", "under a $9bn agreement": a framing preposition, then only the deal's noun phrase. */
    private boolean framing(int deal) {
        for (int k = deal - 1; k >= 0 && k >= deal - 6; k--) {
            if (chunks.wordAt(k, FRAMING)) {
                return true;
            }
            Chunk c = chunks.get(k);
            if (!(c.isNominal() || c.kind() == Chunk.Kind.MONEY)) {
                return false;
            }
        }
        return false;
    }

    /** The first valuation the sentence states. */
    Optional<Money> valuation() {
        return moneyRoles.entrySet().stream().filter(e -> e.getValue() == MoneyRoles.Role.VALUATION)
                .map(Map.Entry::getKey).sorted().findFirst().flatMap(i -> chunks.get(i).mention().flatMap(x -> x.money()));
    }

    /**
     * The status of the fact of {@code t} whose subject group is {@code subject}: from the cues between the
     * subject and the trigger, or from the clause's start when the subject is a possessive inside the
     * trigger's noun phrase ("Regulators blocked A's acquisition of B").
     */
    Status status(TriggerMatch t, List<Integer> subject) {
        boolean owner = !subject.isEmpty() && chunks.get(subject.get(subject.size() - 1)).possessive();
        int from = subject.isEmpty() || owner ? 0 : subject.get(subject.size() - 1) + 1;
        return cues.statusOf(chunks, from, t.start(), t.end());
    }

    /** The references the chunks at {@code indexes} make, without repeats. */
    List<EntityRef> refs(List<Integer> indexes) {
        Set<EntityRef> refs = new LinkedHashSet<>();
        for (int i : indexes) {
            refs.add(chunks.get(i).ref());
        }
        return List.copyOf(refs);
    }

    /** Provenance over chunks {@code [from, to)}, widened to cover them all. */
    Provenance provenance(String rule, double confidence, int from, int to) {
        int start = chunks.get(Math.max(0, from)).span().start();
        int end = chunks.get(Math.min(chunks.size(), to) - 1).span().end();
        return new Provenance(article, chunks.sentence().index(), new Span(start, Math.max(start, end)), rule, confidence);
    }

    /** Provenance over the chunks that {@code indexes} and the trigger cover. */
    Provenance provenance(String rule, double confidence, TriggerMatch t, List<Integer> indexes) {
        int from = t.start();
        int to = t.end();
        for (int i : indexes) {
            from = Math.min(from, i);
            to = Math.max(to, i + 1);
        }
        return provenance(rule, confidence, from, to);
    }

    /** Provenance by {@code rule} over the chunks that {@code indexes} and the trigger cover. */
    Provenance provenance(Rule rule, TriggerMatch t, List<Integer> indexes) {
        return provenance(rule.id(), rule.confidence(), t, indexes);
    }

    /** Provenance by {@code rule} over chunks {@code [from, to)}. */
    Provenance provenance(Rule rule, int from, int to) {
        return provenance(rule.id(), rule.confidence(), from, to);
    }
}
