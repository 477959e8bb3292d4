package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.analyse.GazetteerEntry;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Subsidiary;

/**
 * Parents and subsidiaries: "A's cloud unit B", "B, A's research lab", "A subsidiary B", "B, a unit of A",
 * "A-owned B", "B is owned by A", "B, which is owned by A", "B's parent A", "A, the parent of B", and "A's B" where the gazetteer names A as B's
 * parent (the text then plainly implies it).
 */
final class OwnershipRules implements FactRules {

    private static final Set<String> OF = Set.of("of");
    private static final Set<String> RELATIVE = Set.of("which", "that");
    private static final Set<String> RELATIVE_FILLERS = Set.of("is", "was", "are", "has", "been", "now", "also",
            "wholly", "majority", "partly", "fully", "still", "largely");

    private final Gazetteer gazetteer;

    OwnershipRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(SentenceFacts f) {
        ChunkedSentence s = f.chunks();
        for (TriggerMatch t : f.triggers()) {
            if (!t.family().equals("ownership")) {
                continue;
            }
            switch (t.trigger().form()) {
                case "unit" -> unit(f, s, t);
                case "prefix" -> prefix(f, s, t);
                case "verb" -> owns(f, s, t);
                case "parent" -> parent(f, s, t);
                default -> throw new IllegalStateException("ownership trigger of unknown form " + t.trigger().form());
            }
        }
        knownParents(f, s);
    }

    private void unit(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        List<Integer> parent = s.objectAfter(t.end(), OF, false);
        if (parent.size() == 1) {
            List<Integer> child = s.subjectBefore(t.start(), false);
            if (child.size() == 1) {
                emit(f, t, parent.get(0), child.get(0), "subsidiary-unit-of", 0.7);
            }
            return;
        }
        int owner = s.possessiveBefore(t.start());
        if (owner < 0 && t.start() > 0 && s.get(t.start() - 1).isOrg()) {
            owner = t.start() - 1;
        }
        int child = t.end() < s.size() && s.get(t.end()).isOrg() ? t.end()
                : t.end() + 1 < s.size() && s.get(t.end()).isWord(",") && s.get(t.end() + 1).isOrg() ? t.end() + 1 : -1;
        if (child < 0 && owner >= 2 && s.get(owner - 1).isWord(",") && s.get(owner - 2).isOrg()) {
            child = owner - 2;
        }
        if (owner >= 0 && child >= 0) {
            emit(f, t, owner, child, "subsidiary-named-unit", 0.7);
        }
    }

    private void prefix(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        if (t.start() >= 2 && s.get(t.start() - 1).isWord("-") && s.get(t.start() - 2).isOrg()) {
            int child = s.agentAfter(t.end(), false);
            if (child >= 0) {
                emit(f, t, t.start() - 2, child, "subsidiary-owned-prefix", 0.7);
            }
        }
    }

    /** "B is owned by A", "B, owned by A", "A owns B", "A owns P's social network B". */
    private void owns(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        if (t.start() > 0 && s.get(t.start() - 1).isWord("-")) {
            return;
        }
        List<Integer> by = s.byAgentAfter(t.end(), false);
        if (by.size() == 1) {
            List<Integer> child = s.subjectBefore(t.start(), false);
            if (child.isEmpty()) {
                child = relativeHead(s, t.start());
            }
            if (child.size() == 1) {
                emit(f, t, by.get(0), child.get(0), "subsidiary-owned-by", 0.7);
            }
        } else {
            int owned = s.agentAfter(t.end(), false);
            List<Integer> parent = s.subjectBefore(t.start(), false);
            if (owned >= 0 && s.get(owned).isOrg() && parent.size() == 1) {
                emit(f, t, parent.get(0), owned, "subsidiary-owns", 0.6);
            }
        }
    }

    /** "B, which is now owned by A": the organization before the comma of the relative clause the verb is in. */
    private static List<Integer> relativeHead(ChunkedSentence s, int verb) {
        boolean relative = false;
        for (int k = verb - 1; k >= 1 && k >= verb - 5; k--) {
            if (s.wordAt(k, RELATIVE)) {
                relative = true;
            } else if (s.get(k).isWord(",")) {
                return relative && s.get(k - 1).isOrg() ? List.of(k - 1) : List.of();
            } else if (!s.wordAt(k, RELATIVE_FILLERS)) {
                return List.of();
            }
        }
        return List.of();
    }

    private void parent(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        List<Integer> child = s.objectAfter(t.end(), OF, false);
        if (child.size() == 1) {
            List<Integer> parent = s.subjectBefore(t.start(), false);
            if (parent.size() == 1) {
                emit(f, t, parent.get(0), child.get(0), "subsidiary-parent-of", 0.7);
            }
            return;
        }
        int owned = s.possessiveBefore(t.start());
        int k = t.end() < s.size() && s.get(t.end()).isWord(",") ? t.end() + 1 : t.end();
        if (owned >= 0 && k < s.size() && s.get(k).isOrg()) {
            emit(f, t, k, owned, "subsidiary-named-parent", 0.7);
        }
    }

    /** "A's B" where the gazetteer says A owns B. */
    private void knownParents(SentenceFacts f, ChunkedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).isOrg() && s.get(i).possessive() && s.get(i + 1).isOrg()) {
                Optional<String> parent = gazetteer.lookup(s.get(i + 1).ref().name()).flatMap(GazetteerEntry::parent);
                Optional<String> owner = gazetteer.lookup(s.get(i).ref().name()).map(GazetteerEntry::canonical);
                if (parent.isPresent() && parent.equals(owner)) {
                    f.add(new Subsidiary(s.get(i).ref(), s.get(i + 1).ref(), f.provenance("subsidiary-known-parent", 0.8, i, i + 2)));
                }
            }
        }
    }

    private void emit(SentenceFacts f, TriggerMatch t, int parent, int child, String rule, double confidence) {
        EntityRef p = f.chunks().get(parent).ref();
        EntityRef c = f.chunks().get(child).ref();
        if (!p.name().equals(c.name())) {
            f.add(new Subsidiary(p, c, f.provenance(rule, confidence, t, List.of(parent, child))));
        }
    }
}
