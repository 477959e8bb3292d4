package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Role;
import org.dealgraph.model.Status;

/**
 * What the rules may know of an article beyond the sentence they read: its main organization (the one it
 * names most often), the organization the sentence before opens with as its subject (what a bare "CEO P said"
 * that follows "Acme said…" speaks of), the funding rounds told before the sentence, and how recently each
 * organization was named, so that "The round was led by A" finds who raised: the round of the organization the article named
 * last (a sentence that compares a startup's round with two rivals' and then comes back to the startup
 * leaves the startup's round the one meant), and the investee of the last investment the sentence before told (which
 * "A also invested" joins when no round was told), and the organization each person acts for as the roles told so far
 * give it ("Wu also announced a partnership with B" after "Acme chief executive Eddie Wu"). The extractor derives the next sentence's context from the
 * sentence's chunks and the facts it returned.
 */
record ArticleContext(Optional<EntityRef> mainOrganization, Optional<EntityRef> lastSubject, List<Round> rounds,
                      Map<String, Integer> lastNamed, Optional<Round> lastInvestment, Map<String, EntityRef> employers) {

    /** What a person given roles at two organizations acts for: neither. */
    private static final EntityRef NO_EMPLOYER = new EntityRef(EntityKind.ORGANIZATION, "(two organizations)", Optional.empty());

    /** A round told earlier in the article. */
    record Round(EntityRef investee, Optional<FactDate> date, Status status) {
    }

    ArticleContext {
        rounds = List.copyOf(rounds);
        lastNamed = Map.copyOf(lastNamed);
        employers = Map.copyOf(employers);
    }

    /** A context with at most one round told before and no organization named yet. */
    ArticleContext(Optional<EntityRef> mainOrganization, Optional<Round> lastRound) {
        this(mainOrganization, Optional.empty(), lastRound.map(List::of).orElse(List.of()), Map.of(), Optional.empty(),
                Map.of());
    }

    /**
     * The round a sentence that names no raiser means: of the rounds told before, the one whose organization
     * was named latest; among equals the one told last.
     */
    Optional<Round> lastRound() {
        Round best = null;
        int bestNamed = Integer.MIN_VALUE;
        for (Round r : rounds) {
            int named = lastNamed.getOrDefault(r.investee().name(), -1);
            if (best == null || named >= bestNamed) {
                best = r;
                bestNamed = named;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The context after sentence {@code index}, {@code s}, told {@code facts}: its subject, the rounds told anew,
     * the names named.
     */
    ArticleContext after(int index, ChunkedSentence s, List<Fact> facts) {
        List<Round> told = new ArrayList<>(rounds);
        for (Fact f : facts) {
            if (f instanceof FundingRound r && !FundingRules.completesEarlierRound(r)) {
                told.removeIf(x -> x.investee().equals(r.investee()));
                told.add(new Round(r.investee(), r.date(), r.status()));
            }
        }
        Map<String, Integer> named = new HashMap<>(lastNamed);
        for (Chunk c : s.chunks()) {
            if (c.isOrg()) {
                named.put(c.ref().name(), index);
            }
        }
        return new ArticleContext(mainOrganization, Pronouns.subjectOf(s).map(EntityRef::of), told, named,
                lastInvestmentIn(facts), employersAfter(facts));
    }

    /**
     * Each person's organization as the roles told so far give it, by the person's name: a person given roles at two
     * organizations has none here, since which one the person acts for is not told.
     */
    private Map<String, EntityRef> employersAfter(List<Fact> facts) {
        Map<String, EntityRef> known = new HashMap<>(employers);
        for (Fact f : facts) {
            if (f instanceof Role r && r.title().isPresent()) {
                String person = r.person().name();
                if (known.containsKey(person) && !known.get(person).equals(r.organization())) {
                    known.put(person, NO_EMPLOYER);
                } else {
                    known.put(person, r.organization());
                }
            }
        }
        return known;
    }

    /** The organization a person acts for, as the roles told before give it. */
    Optional<EntityRef> employer(String person) {
        return Optional.ofNullable(employers.get(person)).filter(e -> e != NO_EMPLOYER);
    }

    /** The investee and time of the last investment {@code facts} tell, which "A also invested" may join. */
    static Optional<Round> lastInvestmentIn(List<Fact> facts) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i) instanceof Investment inv) {
                return Optional.of(new Round(inv.investee(), inv.date(), inv.status()));
            }
        }
        return Optional.empty();
    }

    /** The last round {@code facts} tell anew (not a round told earlier and completed now). */
    static Optional<Round> lastRoundIn(List<Fact> facts) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i) instanceof FundingRound r && !FundingRules.completesEarlierRound(r)) {
                return Optional.of(new Round(r.investee(), r.date(), r.status()));
            }
        }
        return Optional.empty();
    }
}
