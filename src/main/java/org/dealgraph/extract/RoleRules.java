package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Role;

/**
 * Roles, around each chain of titles ("co-founder and chief executive"): the organization right before it
 * ("OpenAI CEO", "OpenAI's chief executive") or after "of", "at" or "for"; the person right after it ("CEO
 * Sam Altman") or before it ("Sam Altman, OpenAI's CEO", "Sam Altman, chief executive of OpenAI", "Sam
 * Altman is the chief executive of OpenAI"). Founders: {@link
 * FounderRules}.
 */
final class RoleRules implements RuleCallback {

    private static final Set<String> ORG_PREPS = WordLists.get("role-organization-prepositions");
    private static final Set<String> CHAIN = WordLists.get("title-chain-links");
    private static final Set<String> BRIDGE = WordLists.get("person-title-bridge");

    private static final Set<String> POSSESSIVE_PRONOUNS = WordLists.get("possessive-pronouns");
    /** Verbs whose subject takes a role at their object: "P joined OpenAI as its CEO". */
    private static final Set<String> JOIN_VERBS = WordLists.get("join-verbs");
    /** Verbs whose object takes a role at their subject: "OpenAI hired P as CEO". */
    private static final Set<String> HIRE_VERBS = WordLists.get("hire-verbs");
    /** Words between "as" and the titles: "as its new chief executive". */
    private static final Set<String> AS_FILLERS = WordLists.get("as-fillers");

    private final Gazetteer gazetteer;
    private final Map<String, String> roleNouns;

    RoleRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, String> nouns = new HashMap<>();
        for (String[] row : Lexicon.rows("role-nouns.tsv", 2)) {
            nouns.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        this.roleNouns = Map.copyOf(nouns);
    }

    /** A title mention, or a word of {@code role-nouns.tsv} ("co-founders", "spokesperson"). */
    private boolean title(ChunkedSentence s, int i) {
        Chunk c = s.get(i);
        return c.kind() == Chunk.Kind.TITLE || c.kind() == Chunk.Kind.WORD && roleNouns.containsKey(c.lower());
    }

    private String titleName(Chunk c) {
        return c.mention().map(m -> m.name()).orElseGet(() -> roleNouns.getOrDefault(c.lower(), c.text()));
    }

    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (title(s, i) && (i == 0 || !inChain(s, i))) {
                chain(f, out, r, s, i);
            }
        }
        return out;
    }

    private boolean inChain(ChunkedSentence s, int i) {
        return i >= 2 && title(s, i - 2) && s.wordAt(i - 1, CHAIN) || title(s, i - 1);
    }

    private void chain(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, int first) {
        List<Integer> titles = titlesFrom(s, first);
        int last = titles.get(titles.size() - 1);
        int[] frame = asFrame(s, first);
        if (frame.length == 2) {
            out.addAll(roleAs(f, r.get("role-as"), s, titles, frame[0], frame[1]));
            return;
        }
        int org = orgRightBefore(s, first);
        if (org < 0) {
            org = orgAfter(s, last + 1);
        }
        int person = personOf(s, first, last, org);
        Anchor anchor = org >= 0 ? new Anchor(org, 0.75) : unnamedOrganization(f, s, first, person == last + 1);
        if (anchor.index() == -1 || person < 0) {
            return;
        }
        Optional<EntityRef> organization = anchor.index() >= 0 ? Optional.of(s.get(anchor.index()).ref())
                : f.context().mainOrganization();
        organization.ifPresent(o -> emit(f, out, r, s, titles, person, o, anchor));
    }

    /**
     * "P joined OpenAI as its CEO", "OpenAI hired P as chief scientist": when "as" opens the titles after a verb of
     * joining or hiring and its object, the person and the organization from that frame ({person, org}); an
     * empty array otherwise.
     */
    private static int[] asFrame(ChunkedSentence s, int first) {
        int as = first - 1;
        while (as > 0 && s.wordAt(as, AS_FILLERS)) {
            as--;
        }
        if (as < 2 || !s.get(as).isWord("as")) {
            return new int[0];
        }
        int object = as - 1;
        String verb = s.get(object - 1).lower();
        if (JOIN_VERBS.contains(verb) && s.get(object).isOrg()) {
            int person = soleSubject(s, object - 1, Chunk.Kind.PERSON);
            return person >= 0 ? new int[] {person, object} : new int[0];
        }
        if (HIRE_VERBS.contains(verb) && s.get(object).kind() == Chunk.Kind.PERSON) {
            int org = soleSubject(s, object - 1, Chunk.Kind.ORG);
            return org >= 0 ? new int[] {object, org} : new int[0];
        }
        return new int[0];
    }

    /** The verb's subject when it is one chunk of {@code kind}; -1 otherwise. */
    private static int soleSubject(ChunkedSentence s, int verb, Chunk.Kind kind) {
        List<Integer> subject = s.subjectBefore(verb, true);
        return subject.size() == 1 && s.get(subject.get(0)).kind() == kind ? subject.get(0) : -1;
    }

    /** The roles of an "as" frame, one per title. */
    private List<Role> roleAs(SentenceFacts f, Rule rule, ChunkedSentence s, List<Integer> titles, int person, int org) {
        int from = Math.min(person, org);
        int to = titles.get(titles.size() - 1) + 1;
        return titles.stream().map(t -> new Role(s.get(person).ref(), s.get(org).ref(), Optional.of(titleName(s.get(t))),
                f.provenance(rule, from, to))).toList();
    }

    /** The person of the titles {@code [first, last]}: right after them, before them, or after a comma. */
    private static int personOf(ChunkedSentence s, int first, int last, int org) {
        int person = personAfter(s, last + 1);
        if (person < 0) {
            person = personBefore(s, org >= 0 && org < first ? org : first);
        }
        if (person < 0 && s.wordAt(last + 1, Set.of(",")) && s.get(Math.min(s.size() - 1, last + 2)).kind() == Chunk.Kind.PERSON) {
            person = last + 2;
        }
        return person;
    }

    /** Where a role's organization stands (-2: the article's main organization), and how sure the rule is. */
    private record Anchor(int index, double confidence) {
    }

    /** The chain of titles from {@code first}: "co-founder and chief executive", "CEO, chairman". */
    private List<Integer> titlesFrom(ChunkedSentence s, int first) {
        List<Integer> titles = new ArrayList<>(List.of(first));
        int last = first;
        while (true) {
            int next = last + 1 < s.size() && title(s, last + 1) ? last + 1
                    : last + 2 < s.size() && s.wordAt(last + 1, CHAIN) && title(s, last + 2) ? last + 2 : -1;
            if (next < 0) {
                return titles;
            }
            titles.add(next);
            last = next;
        }
    }

    /**
     * A role's organization when none stands next to its titles: the one "its" or "whose" points at, the
     * sentence's only organization, or (for "CEO P told a broadcaster") the article's main organization.
     */
    private Anchor unnamedOrganization(SentenceFacts f, ChunkedSentence s, int first, boolean personAfter) {
        int determiner = first - 1;
        while (determiner > 0 && s.get(determiner).pos().equals("NUM")) {
            determiner--;
        }
        if (determiner >= 0 && s.wordAt(determiner, POSSESSIVE_PRONOUNS)) {
            int org = orgBefore(s, determiner);
            if (org >= 0) {
                return new Anchor(org, 0.6);
            }
        }
        if (determiner >= 2 && s.get(determiner).isWord("whose") && s.get(determiner - 1).isWord(",")
                && s.get(determiner - 2).isOrg()) {
            return new Anchor(determiner - 2, 0.75);
        }
        int only = personAfter ? onlyOrganization(f, s) : -1;
        if (only >= 0) {
            return new Anchor(only, 0.5);
        }
        return personAfter && noOtherOrganization(s) ? new Anchor(-2, 0.4) : new Anchor(-1, 0);
    }

    private void emit(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, List<Integer> titles, int person,
                      EntityRef organization, Anchor anchor) {
        int first = titles.get(0);
        int last = titles.get(titles.size() - 1);
        int org = anchor.index();
        String rule = r.get(org == -2 ? "role-title-article-org" : anchor.confidence() < 0.75 ? "role-title-sentence-org" : "role-title").id();
        int from = org >= 0 ? Math.min(org, first) : first;
        int to = Math.max(org, last);
        for (int p : people(s, person, first, last)) {
            for (int t : titles) {
                out.add(new Role(s.get(p).ref(), organization, Optional.of(titleName(s.get(t))),
                        f.provenance(rule, anchor.confidence(), Math.min(p, from), Math.max(p, to) + 1)));
            }
        }
    }

    /** The organization that the titles starting at {@code first} follow: "OpenAI CEO", "Acme AI analyst". */
    private static int orgRightBefore(ChunkedSentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            Chunk c = s.get(k);
            if (c.isOrg()) {
                return k;
            }
            boolean name = c.kind() == Chunk.Kind.WORD && (c.pos().equals("PROPN") || c.text().equals("AI"));
            if (!name) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the sentence names no organization but media outlets: "CEO P told a broadcaster that…". */
    private boolean noOtherOrganization(ChunkedSentence s) {
        for (Chunk c : s.chunks()) {
            if (c.isOrg() && !media(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person at {@code person}, the group it starts after the titles and a comma ("its co-founders, A, B and
     * C"), or, before the titles, the group it ends ("A and B, the startup's co-founders").
     */
    private static List<Integer> people(ChunkedSentence s, int person, int first, int last) {
        if (person > last + 1) {
            return s.groupFrom(person, true).stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
        }
        if (person > first) {
            return List.of(person);
        }
        return s.groupEndingAt(person, true).stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
    }

    /** "hire its CEO": the nearest organization before the pronoun in the sentence, other than a media outlet. */
    private int orgBefore(ChunkedSentence s, int pronoun) {
        for (int k = pronoun - 1; k >= 0; k--) {
            if (s.get(k).isOrg() && !media(s.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static int personAfter(ChunkedSentence s, int k) {
        return k < s.size() && s.get(k).kind() == Chunk.Kind.PERSON ? k : -1;
    }

    /** "of OpenAI", "at AWS", "vice president of data and AI at AWS": an organization after a preposition. */
    private static int orgAfter(ChunkedSentence s, int k) {
        boolean prep = false;
        for (int j = k; j < s.size() && j < k + 7 && s.sameClause(j, k); j++) {
            Chunk c = s.get(j);
            if (c.isOrg()) {
                return prep ? j : -1;
            }
            if (s.wordAt(j, ORG_PREPS)) {
                prep = true;
            } else if (c.isVerb() || c.isWord(",") || c.kind() == Chunk.Kind.PERSON || j == k && !prep) {
                return -1;
            }
        }
        return -1;
    }

    /** "CEO Arthur Mensch said Mistral…": the sentence's only organization, other than a media outlet. */
    private int onlyOrganization(SentenceFacts f, ChunkedSentence s) {
        int found = -1;
        for (int j = 0; j < s.size(); j++) {
            if (s.get(j).isOrg() && !media(s.get(j)) && !s.get(j).mention().map(m -> m.rule().equals("pronoun")).orElse(false)) {
                if (found >= 0 && !s.get(found).ref().name().equals(s.get(j).ref().name())) {
                    return -1;
                }
                found = found < 0 ? j : found;
            }
        }
        return found;
    }

    private boolean media(Chunk c) {
        return gazetteer.lookup(c.ref().name()).map(e -> e.type().equals("media outlet")).orElse(false);
    }

    /** The person before a title phrase, across a comma, an article or a copula. */
    private static int personBefore(ChunkedSentence s, int from) {
        for (int k = from - 1, steps = 0; k >= 0 && steps < 5 && s.sameClause(k, from); k--, steps++) {
            Chunk c = s.get(k);
            if (c.kind() == Chunk.Kind.PERSON) {
                return k;
            }
            if (!s.wordAt(k, BRIDGE) && !c.pos().equals("ADJ")) {
                return -1;
            }
        }
        return -1;
    }
}
