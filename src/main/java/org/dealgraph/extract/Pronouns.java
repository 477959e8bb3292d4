package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;

/**
 * Carries an organization across sentences: a sentence that opens with "It" or "Its" before naming any
 * organization ("It also raised $5bn", "In June, it bought B", "Its investors include A") speaks of the
 * subject of the sentence before, else of the article's main organization (the one it names most often); so does
 * an "its" that opens an apposition to the sentence's first organization ("B, its cloud unit, said…"), when that
 * one is not B. An "it"
 * opening a clause joined by ", and", or by a relative or subordinating word ("from which it paid"), or right after
 * the noun of a relative clause that has none ("a campus it leases from B"), speaks of the sentence's first
 * organization; a possessive "its" joined by "and" to an organization's possessive ("A's purchase of B and its
 * stake in C") stands for that organization.
 * In a quote, "we" and "our" speak for the organization the quote's attribution names ("…," said P, a partner at A).
 * The pronoun's chunk becomes an organization chunk that keeps the pronoun's span, so that provenance
 * still points at the words of the text.
 */
final class Pronouns {

    private static final Set<String> SUBJECT = WordLists.get("subject-pronouns");
    private static final Set<String> CLAUSE_LINKS = WordLists.get("pronoun-clause-links");
    private static final Set<String> FIRST_PERSON = WordLists.get("first-person-pronouns");
    private static final Set<String> SPEECH_VERBS = WordLists.get("speech-verbs");
    /** How far after its verb of saying a quote's attribution may name the speaker's organization. */
    private static final int ATTRIBUTION_REACH = 10;
    private static final Set<String> RELATIVE_ACTORS = WordLists.get("aside-relatives");
    private static final int REACH = 6;

    private final Optional<Mention> main;

    private Pronouns(Optional<Mention> main) {
        this.main = main;
    }

    /** For one article: its main organization is the one its mentions name most often (the first of equals). */
    static Pronouns of(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == MentionType.ORGANIZATION) {
                int n = counts.merge(m.name(), 1, Integer::sum);
                if (best == null || n > counts.get(best.name())) {
                    best = m;
                }
            }
        }
        return new Pronouns(Optional.ofNullable(best));
    }

    /** The organization the article names most often, if it names any. */
    Optional<Mention> main() {
        return main;
    }

    /** The sentence with its opening "it"/"its" standing for {@code previous}'s subject, else the main organization. */
    ChunkedSentence resolve(ChunkedSentence s, Optional<Mention> previous) {
        return firstPerson(opening(s, previous));
    }

    /**
     * "We have built a partnership with B," said P, a partner at A: in a quote, "we" and "our" before a verb or a noun
     * speak for the organization the quote's attribution names. (The article's main organization, which an
     * interview's answers would speak for, was tried and cost facts on text not tuned on: a quote whose attribution
     * names none is left as it is.)
     */
    private ChunkedSentence firstPerson(ChunkedSentence s) {
        Optional<Mention> speaker = speakersOrganization(s);
        if (speaker.isEmpty()) {
            return s;
        }
        ChunkedSentence resolved = s;
        for (int i = 0; i < resolved.size(); i++) {
            Chunk c = resolved.get(i);
            if (c.kind() == Chunk.Kind.WORD && resolved.wordAt(i, FIRST_PERSON)
                    && (c.isWord("our") ? i + 1 < resolved.size() && resolved.get(i + 1).isNominal() : verbFollows(resolved, i))) {
                resolved = replaced(resolved, i, speaker.get());
            }
        }
        return resolved;
    }

    /**
     * The organization named in a sentence's attribution of a quote, after its verb of saying ("…," said P, a partner
     * at A), which "we" in the quote speaks for; empty when none is named there.
     */
    private static Optional<Mention> speakersOrganization(ChunkedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.wordAt(i, SPEECH_VERBS)) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + ATTRIBUTION_REACH; j++) {
                if (s.get(j).isOrg() && s.get(j).mention().isPresent()) {
                    return s.get(j).mention();
                }
            }
        }
        return Optional.empty();
    }

    private ChunkedSentence opening(ChunkedSentence s, Optional<Mention> previous) {
        Optional<Mention> antecedent = previous.or(() -> main);
        if (antecedent.isEmpty()) {
            return s;
        }
        for (int i = 0; i < s.size() && i < REACH; i++) {
            Chunk c = s.get(i);
            if (c.isAgent()) {
                break;
            }
            // "its" is a pronoun whatever the tagger says: it may read "Its" as "It's" (PRON+AUX)
            if (c.kind() == Chunk.Kind.WORD && (c.pos().equals("PRON") || c.isWord("its")) && SUBJECT.contains(c.lower())
                    && verbFollows(s, i)) {
                return itsJoined(replaced(s, i, antecedent.get()));
            }
        }
        if (s.size() > 3 && s.get(0).isOrg() && s.get(1).isWord(",") && s.get(2).isWord("its")
                && s.get(0).mention().isPresent() && !s.get(0).mention().get().name().equals(antecedent.get().name())) {
            return itsJoined(replaced(s, 2, antecedent.get()));
        }
        return coordinated(itsJoined(s));
    }

    /**
     * "the company's acquisition of B in 2019 and its purchase of C": a possessive "its" joined by "and" to an earlier
     * organization's possessive stands for that organization, not for B named between them.
     */
    private static ChunkedSentence itsJoined(ChunkedSentence s) {
        for (int i = 2; i < s.size(); i++) {
            if (!s.get(i).isWord("its") || !s.get(i - 1).isWord("and")) {
                continue;
            }
            boolean between = false;
            for (int j = i - 2; j >= 0; j--) {
                if (s.get(j).isOrg() && s.get(j).possessive() && s.get(j).mention().isPresent()) {
                    if (between) {
                        return replaced(s, i, s.get(j).mention().get());
                    }
                    break;
                }
                between |= s.get(j).isOrg();
            }
        }
        return s;
    }

    /**
     * "That platform is A, and on Wednesday it emerged from stealth…", "A set up a fund, from which it paid…": an "it"
     * that opens a clause joined by ", and" or ", but", or by a relative or subordinating word (past a date or an
     * adverb), and that a verb follows stands for the sentence's first organization.
     */
    private static ChunkedSentence coordinated(ChunkedSentence s) {
        for (int i = 2; i < s.size(); i++) {
            Chunk c = s.get(i);
            if (c.kind() != Chunk.Kind.WORD || !c.pos().equals("PRON") || !c.isWord("it") || !verbFollows(s, i)) {
                continue;
            }
            int k = i - 1;
            while (k > 1 && (s.get(k).kind() == Chunk.Kind.DATE || s.get(k).pos().equals("ADP")
                    || s.get(k).pos().equals("ADV"))) {
                k--;
            }
            boolean joined = (s.get(k).isWord("and") || s.get(k).isWord("but")) && s.get(k - 1).isWord(",");
            // "a campus it is leasing from B": a relative clause with no relative word opens right after its noun
            boolean reducedRelative = k == i - 1 && s.get(k).kind() == Chunk.Kind.WORD && s.get(k).pos().equals("NOUN");
            if (!joined && !reducedRelative && !s.wordAt(k, CLAUSE_LINKS)) {
                continue;
            }
            for (int j = 0; j < k - 1; j++) {
                if (s.get(j).isOrg() && !s.get(j).possessive() && s.get(j).mention().isPresent()) {
                    return replaced(s, i, s.get(j).mention().get());
                }
            }
        }
        return s;
    }

    private static boolean verbFollows(ChunkedSentence s, int i) {
        if (s.get(i).isWord("its")) {
            return true;
        }
        for (int j = i + 1; j < s.size() && j < i + 4; j++) {
            if (s.get(j).isVerb() || j == i + 1 && thirdPersonVerb(s.get(j))) {
                return true;
            }
            if (!Set.of("ADV", "PART", "ADJ").contains(s.get(j).pos()) && s.get(j).kind() != Chunk.Kind.DATE) {
                return false;
            }
        }
        return false;
    }

    /** A word in -s right after "it", which the tagger may take for a plural noun: "It counts A among…". */
    private static boolean thirdPersonVerb(Chunk c) {
        return c.kind() == Chunk.Kind.WORD && c.pos().equals("NOUN") && c.lower().endsWith("s") && !c.lower().endsWith("ss");
    }

    private static ChunkedSentence replaced(ChunkedSentence s, int i, Mention antecedent) {
        Chunk pronoun = s.get(i);
        Mention stand = new Mention(MentionType.ORGANIZATION, pronoun.span(), pronoun.text(), s.sentence().index(),
                antecedent.name(), antecedent.wikidata(), Optional.empty(), Optional.empty(), "pronoun", 0.6);
        List<Chunk> chunks = new ArrayList<>(s.chunks());
        chunks.set(i, new Chunk(Chunk.Kind.ORG, pronoun.text(), "PROPN", pronoun.span(), Optional.of(stand),
                pronoun.isWord("its") || pronoun.isWord("our")));
        return new ChunkedSentence(s.sentence(), chunks);
    }

    /**
     * The organization a sentence opens with as its subject, before any verb, or that opens its main clause after a
     * fronted phrase ("Unlike A, B has…"): what a later "it" may mean.
     */
    static Optional<Mention> subjectOf(ChunkedSentence s) {
        if (s.size() > 0 && s.get(0).kind() == Chunk.Kind.WORD && Set.of("ADP", "SCONJ").contains(s.get(0).pos())) {
            // "Unlike A and B, C has focused on…": the subject opens the main clause after the fronted phrase
            List<Integer> fronted = Looks.frontedSubject(s, 0, false);
            return fronted.isEmpty() ? Optional.empty() : s.get(fronted.get(0)).mention();
        }
        for (int i = 0; i < s.size(); i++) {
            Chunk c = s.get(i);
            if (c.isOrg()) {
                return c.possessive() ? Optional.empty() : c.mention();
            }
            if (c.isVerb() || c.kind() == Chunk.Kind.PERSON) {
                return c.isVerb() ? actorOfRelative(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "The deal is the latest in a run of acquisitions for A, which bought B and C": in a sentence whose subject names
     * no organization, the one organization that a relative clause makes act.
     */
    private static Optional<Mention> actorOfRelative(ChunkedSentence s) {
        Optional<Mention> actor = Optional.empty();
        for (int i = 0; i + 3 < s.size(); i++) {
            if (s.get(i).isOrg() && !s.get(i).possessive() && s.get(i + 1).isWord(",") && s.wordAt(i + 2, RELATIVE_ACTORS)
                    && s.get(i + 3).isVerb()) {
                if (actor.isPresent()) {
                    return Optional.empty();
                }
                actor = s.get(i).mention();
            }
        }
        return actor;
    }
}
