package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where the person and the organization of a chain of titles stand ({@link RoleRules}): the organization right
 * before the titles ("OpenAI CEO", "Acme's global head"), after "of", "at" or "for", or set off by commas; the
 * person right after the titles or their field ("vice president of sales P"), before them, after a comma, or
 * after the organization that follows them ("the former CTO of Acme, P").
 */
final class RolePlaces {

    private static final Set<String> ORG_PREPS = WordLists.get("role-organization-prepositions");
    private static final Set<String> CHAIN = WordLists.get("title-chain-links");
    private static final Set<String> BRIDGE = WordLists.get("person-title-bridge");
    private static final Set<String> FIELD_PREPS = WordLists.get("title-field-prepositions");
    private static final Set<String> UNIT_PREPS = WordLists.get("role-unit-prepositions");
    private static final Set<String> AS_FILLERS = WordLists.get("as-fillers");
    private static final Set<String> OFFICE_VERBS = WordLists.get("office-verbs");
    private static final Set<String> OFFICE_PARTICLES = WordLists.get("office-particles");
    private static final Set<String> SUCCESSION_VERBS = WordLists.get("succession-verbs");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> PERSON_RELATIVES = Set.of("who");
    /** Words that open an apposition telling where a person was before: "P, formerly of A, became…". */
    private static final Set<String> FORMER_LEADS = WordLists.get("former-leads");
    /**
     * How many chunks an apposition between a person and the rest of the clause may hold: "P, former vice
     * president and general manager in Acme's data center group, will become …" holds ten.
     */
    private static final int APPOSITION_CHUNKS = 12;

    private RolePlaces() {
    }

    /**
     * The person of the titles {@code [first, last]}: right after them, before them, after a comma, or after the
     * organization that follows them ("the former CTO of Acme, P", "As CEO of Acme, P said").
     */
    static int personOf(ChunkedSentence s, int first, int last, int org) {
        int person = personAfter(s, last + 1);
        if (person < 0) {
            person = personBefore(s, org >= 0 && org < first ? org : first);
        }
        if (person < 0) {
            person = officeHolder(s, first);
        }
        if (person < 0 && s.wordAt(last + 1, Set.of(",")) && s.get(Math.min(s.size() - 1, last + 2)).kind() == Chunk.Kind.PERSON) {
            person = last + 2;
        }
        if (person < 0 && org > last) {
            int after = s.wordAt(org + 1, Set.of(",")) ? org + 2 : org + 1;
            person = personAfter(s, after);
        }
        return person;
    }

    /**
     * The one person who holds, keeps or leaves the titles starting at {@code first} through a verb of office and
     * "as": "P served as chief executive of A", "P stepped down as chairman", "P will remain as CEO".
     */
    private static int officeHolder(ChunkedSentence s, int first) {
        int as = first - 1;
        while (as > 0 && s.wordAt(as, AS_FILLERS)) {
            as--;
        }
        int verb = as - 1;
        if (verb > 0 && s.wordAt(verb, OFFICE_PARTICLES)) {
            verb--;
        }
        if (verb < 1 || !s.get(as).isWord("as") || !s.wordAt(verb, OFFICE_VERBS)) {
            return -1;
        }
        return s.soleSubject(verb, Chunk.Kind.PERSON).orElse(-1);
    }

    /**
     * The one person who succeeds or replaces the titles' {@code holder} in them: "P succeeds Q as CEO of A",
     * "P, who replaced Q as chairman"; both hold the titles, one before the other.
     */
    static Optional<Integer> successor(ChunkedSentence s, int holder) {
        int verb = holder - 1;
        if (verb < 1 || !s.wordAt(verb, SUCCESSION_VERBS) || !s.wordAt(holder + 1, Set.of("as"))) {
            return Optional.empty();
        }
        return s.soleSubject(verb, Chunk.Kind.PERSON);
    }

    /**
     * Where a title's field ends before a person: "vice president of communications P", "VP for Europe P" (the
     * last chunk of the field), else {@code last}.
     */
    static int fieldEnd(ChunkedSentence s, int last) {
        if (!s.wordAt(last + 1, FIELD_PREPS)) {
            return last;
        }
        for (int j = last + 2; j < s.size() && j <= last + 5; j++) {
            Chunk c = s.get(j);
            if (c.kind() == Chunk.Kind.PERSON) {
                return j > last + 2 ? j - 1 : last;
            }
            if (c.kind() != Chunk.Kind.WORD || c.isVerb() || !Character.isLetterOrDigit(c.text().charAt(0)) && !c.isWord("&")) {
                return last;
            }
        }
        return last;
    }

    /** "P, senior director, Acme Labs, said": an organization set off by commas after the titles (and their field). */
    static int orgSetOff(ChunkedSentence s, int last) {
        int org = last + 2;
        boolean closed = org + 1 >= s.size() || s.wordAt(org + 1, Set.of(",", ".", ")"));
        return s.wordAt(last + 1, Set.of(",")) && org < s.size() && s.get(org).isOrg() && !s.get(org).possessive() && closed
                ? org : -1;
    }

    /**
     * The organization that the titles starting at {@code first} follow: "OpenAI CEO", "Acme AI analyst"; past an
     * adverb and a participle only as their owner ("Acme's newly appointed CEO").
     */
    static int orgRightBefore(ChunkedSentence s, int first) {
        boolean modifiers = false;
        boolean participles = false;
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            Chunk c = s.get(k);
            if (c.isOrg()) {
                return participles && !c.possessive() ? -1
                        : !modifiers || c.possessive() || !s.get(k + 1).pos().equals("ADJ") ? k : -1;
            }
            boolean name = c.kind() == Chunk.Kind.WORD && (c.pos().equals("PROPN") || c.text().equals("AI"));
            boolean lower = c.kind() == Chunk.Kind.WORD && Character.isLowerCase(c.text().charAt(0));
            boolean modifier = lower && (c.pos().equals("ADJ") || c.pos().equals("NOUN") || c.pos().equals("VERB") && c.lower().endsWith("ing"));
            boolean participle = lower && (c.pos().equals("ADV") || c.pos().equals("VERB") && c.lower().endsWith("ed"));
            if (!name && !modifier && !participle) {
                return -1;
            }
            modifiers |= modifier;
            participles |= participle;
        }
        return -1;
    }

    /** "P (product), Q (engineering) and R (research)": people listed each with a bracketed note. */
    static List<Integer> bracketedList(ChunkedSentence s, int person) {
        List<Integer> people = new ArrayList<>(List.of(person));
        int k = person + 1;
        while (k < s.size() && s.get(k).isWord("(")) {
            int close = k + 1;
            while (close < s.size() && close < k + 8 && !s.get(close).isWord(")")) {
                close++;
            }
            int next = close + 1;
            while (next < s.size() && s.wordAt(next, CHAIN)) {
                next++;
            }
            if (close >= s.size() || next == close + 1 || next >= s.size() || s.get(next).kind() != Chunk.Kind.PERSON) {
                break;
            }
            people.add(next);
            k = next + 1;
        }
        return people;
    }

    static int personAfter(ChunkedSentence s, int k) {
        return k < s.size() && s.get(k).kind() == Chunk.Kind.PERSON ? k : -1;
    }

    /**
     * "of OpenAI", "at AWS", "vice president of data and AI at AWS": an organization after a preposition; or the
     * owner of a unit the title is held in ("general manager in Acme's data center group").
     */
    static int orgAfter(ChunkedSentence s, int k) {
        boolean prep = false;
        for (int j = k; j < s.size() && j < k + 7 && s.sameClause(j, k); j++) {
            Chunk c = s.get(j);
            if (c.isOrg()) {
                return prep ? j : -1;
            }
            if (s.wordAt(j, ORG_PREPS)) {
                prep = true;
            } else if (s.wordAt(j, UNIT_PREPS) && j + 1 < s.size() && s.get(j + 1).isOrg() && s.get(j + 1).possessive()) {
                return j + 1;
            } else if (c.isVerb() || c.isWord(",") || c.kind() == Chunk.Kind.PERSON || j == k && !prep) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the co-founder of A and of the start-up B", "chief executive at A and B.": the organization coordinated with
     * the one at {@code org}, when the preposition is said again or the second name closes the phrase; a name that
     * goes on ("of A and B signed…", "of A and B's chairman") is another clause's.
     */
    static OptionalInt coordinatedOrg(ChunkedSentence s, int org) {
        if (org < 1 || !s.wordAt(org + 1, Set.of("and")) || !s.wordAt(org - 1, ORG_PREPS)) {
            return OptionalInt.empty();
        }
        int k = org + 2;
        boolean again = s.wordAt(k, ORG_PREPS);
        k += again ? 1 : 0;
        for (int words = 0; k < s.size() && words < 5 && !s.get(k).isOrg(); k++, words++) {
            Chunk c = s.get(k);
            boolean modifier = c.kind() == Chunk.Kind.WORD && (Set.of("DET", "ADJ", "NOUN").contains(c.pos()) || c.isWord("-"));
            if (!modifier) {
                return OptionalInt.empty();
            }
        }
        boolean closes = k + 1 >= s.size() || s.wordAt(k + 1, Set.of(",", ".", ";", ")"));
        return k < s.size() && s.get(k).isOrg() && !s.get(k).possessive() && (again || closes)
                ? OptionalInt.of(k) : OptionalInt.empty();
    }

    /**
     * "P, Acme's chief executive, will be …": the person before an apposition that the comma at {@code close} ends,
     * when the apposition holds a title and no verb, opens with an article and holds no verb ("P, a former Acme
     * executive, is …"), or is a relative clause on the person ("P, who ran sales at Acme, is …").
     */
    static int personBeforeApposition(ChunkedSentence s, int close) {
        boolean titled = false;
        boolean verb = false;
        for (int k = close - 1; k >= 1 && k >= close - APPOSITION_CHUNKS; k--) {
            Chunk c = s.get(k);
            if (c.isWord(",")) {
                boolean phrase = !verb && (titled || s.wordAt(k + 1, ARTICLES));
                boolean former = s.wordAt(k + 1, FORMER_LEADS);
                return s.get(k - 1).kind() == Chunk.Kind.PERSON && (phrase || former || s.wordAt(k + 1, PERSON_RELATIVES))
                        ? k - 1 : -1;
            }
            if (c.kind() == Chunk.Kind.PERSON) {
                return -1;
            }
            verb |= c.isVerb();
            titled |= c.kind() == Chunk.Kind.TITLE;
        }
        return -1;
    }

    /** The person before a title phrase, across a comma, an article or a copula, or an apposition before these. */
    static int personBefore(ChunkedSentence s, int from) {
        for (int k = from - 1, steps = 0; k >= 0 && steps < 5 && s.sameClause(k, from); k--, steps++) {
            Chunk c = s.get(k);
            if (c.kind() == Chunk.Kind.PERSON) {
                return k;
            }
            if (c.isWord(",") && steps > 0) {
                int before = personBeforeApposition(s, k);
                if (before >= 0) {
                    return before;
                }
            }
            boolean modifier = c.kind() == Chunk.Kind.WORD && (c.pos().equals("ADJ") || c.pos().equals("NOUN") || c.text().equals("AI"));
            if (!s.wordAt(k, BRIDGE) && !modifier) {
                return -1;
            }
        }
        return -1;
    }
}
