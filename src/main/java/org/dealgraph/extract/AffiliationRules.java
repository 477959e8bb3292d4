package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Role;

/**
 * Roles that no title tells, only where a person works or worked: "P, of A, said", "P joined A", "P spent a
 * decade at A before joining B", "P, who works at A", "A hired P" (also "A hired the former CTO of B, P"), and the
 * members of a team an organization forms ("A is creating a leadership team that includes P, Q and R"). The roles
 * have no title.
 */
final class AffiliationRules implements RuleCallback {

    private static final Set<String> JOIN_VERBS = WordLists.get("join-verbs");
    private static final Set<String> BODIES = WordLists.get("governing-bodies");
    private static final Set<String> HIRE_VERBS = WordLists.get("affiliation-hire-verbs");
    private static final Set<String> WORK_VERBS = WordLists.get("affiliation-work-verbs");
    private static final Set<String> TEAM_NOUNS = WordLists.get("affiliation-team-nouns");
    private static final Set<String> INCLUDE = WordLists.get("include-words");
    private static final Set<String> HIRE_OBJECT = WordLists.get("affiliation-hire-object-words");
    private static final Set<String> STAY_PREPS = Set.of("at", "in", "with");
    private static final int REACH = 8;

    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Chunk c = s.get(i);
            if (c.kind() == Chunk.Kind.PERSON && s.wordAt(i + 1, Set.of(",")) && s.wordAt(i + 2, Set.of("of"))
                    && i + 3 < s.size() && s.get(i + 3).isOrg() && !s.get(i + 3).possessive()
                    && (i + 4 >= s.size() || s.wordAt(i + 4, Set.of(",", ".")))) {
                add(f, out, r.get("role-of-organization"), s, i, s.get(i + 3).ref(), i + 4);
            } else if (c.isVerb() && (s.wordAt(i, JOIN_VERBS) || s.wordAt(i, WORK_VERBS))) {
                joined(f, out, r.get("role-joined"), s, i);
            } else if (s.wordAt(i, HIRE_VERBS)) {
                hired(f, out, r.get("role-hired"), s, i);
            } else if (s.wordAt(i, TEAM_NOUNS)) {
                team(f, out, r.get("role-team"), s, i);
            }
        }
        return out;
    }

    /** "P joined A", "P will join A's board", "P, who works at A", "P spent years at A before joining B": the verb's person subject. */
    private static void joined(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int verb) {
        boolean work = s.wordAt(verb, WORK_VERBS);
        int org = work ? orgAfterPreposition(s, verb + 1) : verb + 1;
        if (org < 0 || org >= s.size() || !s.get(org).isOrg() || s.wordAt(org + 1, Set.of("as"))
                || !work && s.get(org).possessive() && !bodyAfter(s, org + 1)) {
            return;
        }
        int person = personSubject(s, verb);
        if (person >= 0) {
            add(f, out, rule, s, Math.min(person, verb), s.get(org).ref(), Math.max(person, org) + 1, person);
        }
    }

    /** "A's board", "A's strategic committee": a governing body, past a modifier or two, from {@code k}. */
    private static boolean bodyAfter(ChunkedSentence s, int k) {
        for (int j = k; j < s.size() && j < k + 3; j++) {
            if (s.wordAt(j, BODIES)) {
                return true;
            }
            Chunk c = s.get(j);
            if (c.kind() != Chunk.Kind.WORD || !c.pos().equals("ADJ") && !c.pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** "at A", "in A's robotics unit", "for A" within a few words after a verb of working or spending time. */
    private static int orgAfterPreposition(ChunkedSentence s, int from) {
        for (int j = from; j < s.size() && j < from + 4; j++) {
            if (s.wordAt(j, STAY_PREPS) || s.wordAt(j, Set.of("for"))) {
                return j + 1 < s.size() && s.get(j + 1).isOrg() ? j + 1 : -1;
            }
            if (s.get(j).kind() != Chunk.Kind.WORD || s.get(j).isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person who is the subject of the verb: the sentence's subject, the person a "who" hangs on, or the
     * person before an apposition that ends right before the verb ("P, A's CFO, will join…").
     */
    private static int personSubject(ChunkedSentence s, int verb) {
        List<Integer> subject = s.subjectBefore(verb, true);
        if (subject.size() == 1 && s.get(subject.get(0)).kind() == Chunk.Kind.PERSON) {
            return subject.get(0);
        }
        int k = verb - 1;
        while (k > 0 && s.get(k).kind() == Chunk.Kind.WORD && (s.get(k).pos().equals("AUX") || s.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k > 0 && s.get(k).isWord(",") ? RolePlaces.personBeforeApposition(s, k) : -1;
    }

    /** "A hired P", "A hired the former CTO of B, P": the organization subject and the person object. */
    private static void hired(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int verb) {
        List<Integer> subject = s.subjectBefore(verb, false);
        if (subject.size() != 1 || !s.get(subject.get(0)).isOrg()) {
            return;
        }
        for (int j = verb + 1; j < s.size() && j <= verb + REACH; j++) {
            Chunk c = s.get(j);
            if (c.kind() == Chunk.Kind.PERSON) {
                if (!s.wordAt(j + 1, Set.of("as"))) {
                    add(f, out, rule, s, subject.get(0), s.get(subject.get(0)).ref(), j + 1, j);
                }
                return;
            }
            boolean skip = c.kind() == Chunk.Kind.TITLE || c.isOrg() || s.wordAt(j, HIRE_OBJECT)
                    || c.kind() == Chunk.Kind.WORD && (c.pos().equals("ADJ") || c.pos().equals("PROPN"));
            if (!skip) {
                return;
            }
        }
    }

    /** "A is creating a leadership team that includes P, Q and R": each person of the group at A. */
    private static void team(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int noun) {
        int include = noun + 1;
        while (include < s.size() && include <= noun + 2 && s.wordAt(include, Set.of("that", "which"))) {
            include++;
        }
        if (!s.wordAt(include, INCLUDE) || include + 1 >= s.size() || s.get(include + 1).kind() != Chunk.Kind.PERSON) {
            return;
        }
        List<Integer> subject = s.subjectBefore(noun, false);
        if (subject.size() != 1 || !s.get(subject.get(0)).isOrg()) {
            return;
        }
        EntityRef org = s.get(subject.get(0)).ref();
        for (int p : s.groupFrom(include + 1, true)) {
            if (s.get(p).kind() == Chunk.Kind.PERSON) {
                add(f, out, rule, s, subject.get(0), org, p + 1, p);
            }
        }
    }

    private static void add(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int person, EntityRef org, int to) {
        add(f, out, rule, s, person, org, to, person);
    }

    private static void add(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int from, EntityRef org, int to,
                            int person) {
        if (!s.get(person).ref().name().equals(org.name())) {
            out.add(new Role(s.get(person).ref(), org, Optional.empty(), f.provenance(rule, from, to)));
        }
    }
}
