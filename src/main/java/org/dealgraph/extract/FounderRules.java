package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Role;

/**
 * Founders: "P founded A", "P and Q co-founded A", "P, a former engineer who founded A", "A, founded by P",
 * "A, the startup founded by former B executive P",
 * "A was founded in 2020 by P and Q" (several founders are each a co-founder).
 */
final class FounderRules implements FactRules {

    /** Words between a founded company and its passive verb: "A, founded by", "A was founded in 2020 by". */
    private static final Set<String> PASSIVE_BRIDGE = Set.of(",", "was", "is", "which", "that", "been", "has", "had");

    @Override
    public void apply(SentenceFacts f) {
        for (TriggerMatch t : f.triggers("founder", "verb")) {
            founder(f, f.chunks(), t);
        }
    }

    /** "P, a former engineer who founded A": the person that an apposition and "who" right before {@code t} describe. */
    private static int personBeforeRelative(ChunkedSentence s, int t) {
        if (t < 1 || !s.get(t - 1).isWord("who")) {
            return -1;
        }
        for (int k = t - 2, steps = 0; k >= 0 && steps < 12 && s.sameClause(k, t); k--, steps++) {
            if (s.get(k).kind() == Chunk.Kind.PERSON) {
                return k + 1 < s.size() && (s.get(k + 1).isWord(",") || k + 1 == t - 1) ? k : -1;
            }
        }
        return -1;
    }

    /** The organization right before a passive "founded": "A, founded by", "A was founded by"; else -1. */
    private static int foundedCompany(ChunkedSentence s, int t) {
        for (int k = t - 1; k >= 0 && k >= t - 4; k--) {
            Chunk c = s.get(k);
            if (c.isOrg()) {
                return c.possessive() ? -1 : k;
            }
            if (!s.wordAt(k, PASSIVE_BRIDGE) && !c.pos().equals("ADV")) {
                return -1;
            }
        }
        return -1;
    }

    private void founder(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        String title = t.trigger().words().get(0).startsWith("co") ? "co-founder" : "founder";
        List<Integer> by = s.byAgentAfter(t.end(), true);
        int person;
        int org;
        if (!by.isEmpty()) {
            org = foundedCompany(s, t.start());
            for (int p : by) {
                if (org >= 0 && s.get(p).kind() == Chunk.Kind.PERSON) {
                    f.add(new Role(s.get(p).ref(), s.get(org).ref(), Optional.of(by.size() > 1 ? "co-founder" : title),
                            f.provenance("role-founded-by", 0.7, t, List.of(org, p))));
                }
            }
            return;
        }
        List<Integer> subject = s.subjectBefore(t.start(), true);
        if (subject.stream().noneMatch(i -> s.get(i).kind() == Chunk.Kind.PERSON)) {
            int p = personBeforeRelative(s, t.start());
            subject = p >= 0 ? List.of(p) : subject;
        }
        int o = s.agentAfter(t.end(), false);
        for (int p : subject) {
            person = p;
            org = o;
            if (org >= 0 && s.get(person).kind() == Chunk.Kind.PERSON && s.get(org).isOrg()) {
                f.add(new Role(s.get(person).ref(), s.get(org).ref(), Optional.of(subject.size() > 1 ? "co-founder" : title),
                        f.provenance("role-founder", 0.7, t, List.of(person, org))));
            }
        }
    }
}
