package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Money;
import org.dealgraph.model.Span;

/**
 * A deal's value told in a later sentence: "Acme signed a cloud agreement with Contoso. The deal is worth $3bn
 * over five years." A singular deal noun that points back ("the deal", "this agreement"), with an amount of its
 * own, in a sentence that tells no deal, values the last deal the article told (the last one told with the same noun,
 * when one was: "the agreement" is not a joint venture mentioned since), when that one has no value yet;
 * when the last agreement told is an acquisition ("A agreed to buy B. The deal is worth $X"), it is its price.
 * A singular acquisition noun that points back likewise prices the last acquisition told ("The acquisition, valued at
 * about $1 billion, ...").
 * Likewise an investment noun with an amount and no parties of its own ("…have described it as an investment of
 * about $10 billion"; not "the $1 billion stake in B"), or shares bought with no owner named ("The government will buy
 * 400 million newly issued shares for $8.9 billion"), in a sentence that tells no investment and names no other
 * organization, values the investment told in the sentence before
 * or the one before that, when that one has no amount yet; and "The funding values the Paris company at about $2
 * billion", a round noun that points back with a valuation and no round of its own, gives the round told in
 * those sentences its valuation, when it has none and the organization valued, if one is named (not described), is its investee;
 * so does a sentence with no round noun that values the round's investee, named or described ("The startup is now
 * valued at $X").
 */
final class LaterDealValues {

    private static final Set<String> BACK = WordLists.get("deal-back-references");

    private LaterDealValues() {
    }

    /**
     * Gives the last deal of {@code facts} (the article's so far) the value {@code sentence} tells for it, if it
     * tells one and {@code told} (the sentence's own facts) holds no deal.
     */
    static void apply(SentenceFacts sentence, List<Fact> told, List<Fact> facts, String text) {
        investment(sentence, told, facts);
        roundValuation(sentence, told, facts);
        if (told.stream().noneMatch(f -> f instanceof Acquisition)
                && backValue(sentence, "acquisition").map(t -> valueLast(sentence, facts, t, true, text)).orElse(false)) {
            return;
        }
        if (told.stream().noneMatch(f -> f instanceof Deal)) {
            backValue(sentence, "deal").ifPresent(t -> valueLast(sentence, facts, t, false, text));
        }
    }

    /** The singular noun of {@code family} that points back with an amount ("the deal", "the acquisition"), if any. */
    private static Optional<TriggerMatch> backValue(SentenceFacts sentence, String family) {
        for (TriggerMatch t : sentence.triggers(family, "noun")) {
            if (!t.trigger().plural() && pointsBack(sentence.chunks(), t.start()) && sentence.amountFor(t).isPresent()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** How many modifiers may stand between a word that points back and its deal noun: "the five-year deal". */
    private static final int MODIFIER_REACH = 3;

    /** "the deal", "this agreement", "the five-year cloud deal": a word that points back, past a few modifiers. */
    private static boolean pointsBack(ChunkedSentence s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 1 - MODIFIER_REACH; k--) {
            if (s.wordAt(k, BACK)) {
                return true;
            }
            Chunk c = s.get(k);
            if (c.kind() != Chunk.Kind.WORD || !Set.of("ADJ", "NOUN", "NUM").contains(c.pos()) && !c.isWord("-")) {
                return false;
            }
        }
        return false;
    }

    /** How many sentences back an unnamed investment's amount may reach for the investment it values. */
    private static final int INVESTMENT_REACH = 2;

    private static void investment(SentenceFacts sentence, List<Fact> told, List<Fact> facts) {
        if (told.stream().anyMatch(f -> f instanceof Investment || f instanceof FundingRound)) {
            return;
        }
        unnamedInvestment(sentence).ifPresent(amount -> valueLastInvestment(sentence, facts, amount));
    }

    /**
     * The amount of an investment the sentence tells without its parties: an investment noun with none of its own
     * ("an investment of about $10 billion"), or shares bought with no owner named ("The government will buy 400
     * million newly issued shares for $8.9 billion").
     */
    private static Optional<Money> unnamedInvestment(SentenceFacts sentence) {
        ChunkedSentence s = sentence.chunks();
        for (TriggerMatch t : sentence.triggers("investment", "noun")) {
            Optional<Money> amount = sentence.amountFor(t);
            boolean parties = !s.objectAfter(t.end(), t.trigger().preps(), false).isEmpty() || s.possessiveBefore(t.start()) >= 0;
            if (!t.trigger().plural() && amount.isPresent() && !parties) {
                return amount;
            }
        }
        for (TriggerMatch t : sentence.triggers("acquisition", "verb")) {
            Optional<Money> amount = sentence.amountFor(t);
            if (amount.isPresent() && Looks.holdingNounAfter(s, t.end()) >= 0 && Looks.holdingAfter(s, t.end()) < 0) {
                return amount;
            }
        }
        return Optional.empty();
    }

    /**
     * Gives the investment told in the sentence before or the one before that {@code amount}, when it has none and the
     * sentence names no other organization.
     */
    private static void valueLastInvestment(SentenceFacts sentence, List<Fact> facts, Money amount) {
        ChunkedSentence s = sentence.chunks();
        int here = s.sentence().index();
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (here - f.provenance().sentence() > INVESTMENT_REACH) {
                return;
            }
            if (f instanceof Investment inv) {
                if (inv.amount().isEmpty() && namesOnly(s, Set.of(inv.investor().name(), inv.investee().name()))) {
                    facts.set(i, new Investment(inv.investor(), inv.investee(), Optional.of(amount), inv.status(), inv.date(),
                            inv.provenance()));
                }
                return;
            }
        }
    }

    /**
     * Whether every organization {@code s} names is one of {@code parties}: "Halden Power is raising investment in
     * its plant to $2 billion" values Halden Power's investment, not the one told before it.
     */
    private static boolean namesOnly(ChunkedSentence s, Set<String> parties) {
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).isOrg() && !parties.contains(s.get(k).ref().name())) {
                return false;
            }
        }
        return true;
    }

    private static void roundValuation(SentenceFacts sentence, List<Fact> told, List<Fact> facts) {
        Optional<Money> valuation = sentence.valuation();
        if (valuation.isEmpty() || told.stream().anyMatch(f -> f instanceof FundingRound)) {
            return;
        }
        ChunkedSentence s = sentence.chunks();
        boolean back = sentence.triggers("funding", "noun").stream()
                .anyMatch(t -> !t.trigger().plural() && pointsBack(s, t.start()));
        if (!back && !sentence.triggers("funding", "noun").isEmpty()) {
            return;
        }
        int here = s.sentence().index();
        for (int i = facts.size() - 1; i >= 0 && here - facts.get(i).provenance().sentence() <= INVESTMENT_REACH; i--) {
            if (facts.get(i) instanceof FundingRound r) {
                boolean same = s.chunks().stream().filter(c -> c.isOrg() && !described(c)).allMatch(c -> c.ref().equals(r.investee()));
                boolean valued = back || s.chunks().stream().anyMatch(c -> c.isOrg() && c.ref().equals(r.investee()));
                if (r.valuation().isEmpty() && same && valued) {
                    facts.set(i, new FundingRound(r.investee(), r.amount(), valuation, r.investors(), r.series(), r.status(),
                            r.date(), r.provenance()));
                }
                return;
            }
        }
    }

    /** A description ("the Paris company") whose reference is a guess, which a round's own investee outweighs. */
    private static boolean described(Chunk c) {
        return c.mention().map(m -> m.type() == MentionType.DESCRIPTOR).orElse(false);
    }

    /**
     * Values the last deal or acquisition of {@code facts} (only an acquisition when {@code acquisitionOnly}) with
     * {@code value} when it has none and {@code sentence} names no organization but its parties ("Under the terms of
     * the deal, C will pay $X for a stake in D" tells C's deal, not the one told before); whether there was one.
     */
    private static boolean valueLast(SentenceFacts sentence, List<Fact> facts, TriggerMatch noun, boolean acquisitionOnly,
                                     String text) {
        ChunkedSentence s = sentence.chunks();
        Money value = sentence.amountFor(noun).orElseThrow();
        int named = acquisitionOnly ? -1 : dealNamedBy(facts, nounWords(s, noun), text);
        for (int i = named >= 0 ? named : facts.size() - 1; i >= 0; i--) {
            if (facts.get(i) instanceof Deal d && !acquisitionOnly) {
                if (d.value().isEmpty() && namesOnly(s, names(d.parties()))) {
                    facts.set(i, new Deal(d.parties(), Optional.of(value), d.status(), d.date(),
                            d.duration().or(sentence::duration), d.provenance()));
                }
                return true;
            }
            if (facts.get(i) instanceof Acquisition a) {
                if (a.price().isEmpty() && namesOnly(s, Set.of(a.acquirer().name(), a.target().name()))) {
                    facts.set(i, new Acquisition(a.acquirer(), a.target(), Optional.of(value), a.status(), a.date(), a.provenance()));
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The last deal told since the last acquisition whose evidence uses the noun that points back ("The agreement is
     * valued at $X" values the agreement told before, not a joint venture mentioned after it); -1 if none does.
     */
    private static int dealNamedBy(List<Fact> facts, String noun, String text) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(noun) + "\\b", Pattern.CASE_INSENSITIVE);
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (f instanceof Acquisition) {
                return -1;
            }
            Span span = f.provenance().span();
            if (f instanceof Deal && span.end() <= text.length() && word.matcher(text.substring(span.start(), span.end())).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String nounWords(ChunkedSentence s, TriggerMatch t) {
        StringBuilder words = new StringBuilder();
        for (int k = t.start(); k < t.end(); k++) {
            words.append(k > t.start() ? " " : "").append(s.lower(k));
        }
        return words.toString();
    }

    private static Set<String> names(List<EntityRef> parties) {
        return parties.stream().map(EntityRef::name).collect(Collectors.toSet());
    }
}
