package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.analyse.GazetteerEntry;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Subsidiary;

/**
 * The callbacks of {@code ownership.yaml}, for the phrasings its operators do not reach: a unit or parent named
 * right next to its noun ("A's cloud unit B", "B, A's research lab", "A subsidiary B", "B's parent A"), and
 * "A's B" where the gazetteer names A as B's parent (the text then plainly implies it).
 */
final class OwnershipRules {

    private final Gazetteer gazetteer;

    private OwnershipRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The callbacks by name; each returns its facts. */
    static Map<String, RuleCallback> callbacks(Gazetteer gazetteer) {
        OwnershipRules o = new OwnershipRules(gazetteer);
        return Map.of(
                "subsidiary-named-unit", (f, t, r) -> o.namedUnit(f, t.orElseThrow(), r.get("subsidiary-named-unit")),
                "subsidiary-named-parent", (f, t, r) -> o.namedParent(f, t.orElseThrow(), r.get("subsidiary-named-parent")),
                "subsidiary-known-parent", (f, t, r) -> o.knownParents(f, r.get("subsidiary-known-parent")));
    }

    /** "A's cloud unit B", "B, A's unit", "A unit B", unless the unit's "of" names one parent ("B, a unit of A"). */
    private List<Fact> namedUnit(SentenceFacts f, TriggerMatch t, Rule rule) {
        ChunkedSentence s = f.chunks();
        if (s.objectAfter(t.end(), t.trigger().preps(), false).size() == 1) {
            return List.of();
        }
        Optional<Integer> owner = ownerBefore(s, t.start());
        Optional<Integer> child = orgAfter(s, t.end());
        if (child.isEmpty() && owner.isPresent() && owner.get() >= 2 && s.get(owner.get() - 1).isWord(",")
                && s.get(owner.get() - 2).isOrg()) {
            child = Optional.of(owner.get() - 2);
        }
        return owner.isPresent() && child.isPresent() ? subsidiary(f, t, owner.get(), child.get(), rule) : List.of();
    }

    /** "B's parent A", "B's parent, A", unless the noun's "of" names one subsidiary ("A, the parent of B"). */
    private List<Fact> namedParent(SentenceFacts f, TriggerMatch t, Rule rule) {
        ChunkedSentence s = f.chunks();
        if (s.objectAfter(t.end(), t.trigger().preps(), false).size() == 1) {
            return List.of();
        }
        int owned = s.possessiveBefore(t.start());
        int k = t.end() < s.size() && s.get(t.end()).isWord(",") ? t.end() + 1 : t.end();
        return owned >= 0 && k < s.size() && s.get(k).isOrg() ? subsidiary(f, t, k, owned, rule) : List.of();
    }

    /** The possessive owner of the noun phrase, else the organization right before the noun. */
    private static Optional<Integer> ownerBefore(ChunkedSentence s, int t) {
        int owner = s.possessiveBefore(t);
        if (owner < 0 && t > 0 && s.get(t - 1).isOrg()) {
            owner = t - 1;
        }
        return owner < 0 ? Optional.empty() : Optional.of(owner);
    }

    /** The organization right after the noun, or after a comma right after it. */
    private static Optional<Integer> orgAfter(ChunkedSentence s, int end) {
        if (end < s.size() && s.get(end).isOrg()) {
            return Optional.of(end);
        }
        return end + 1 < s.size() && s.get(end).isWord(",") && s.get(end + 1).isOrg() ? Optional.of(end + 1) : Optional.empty();
    }

    /** "A's B" where the gazetteer says A owns B. */
    private List<Fact> knownParents(SentenceFacts f, Rule rule) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).isOrg() && s.get(i).possessive() && s.get(i + 1).isOrg()) {
                Optional<String> parent = gazetteer.lookup(s.get(i + 1).ref().name()).flatMap(GazetteerEntry::parent);
                Optional<String> owner = gazetteer.lookup(s.get(i).ref().name()).map(GazetteerEntry::canonical);
                if (parent.isPresent() && parent.equals(owner)) {
                    out.add(new Subsidiary(s.get(i).ref(), s.get(i + 1).ref(), f.provenance(rule, i, i + 2)));
                }
            }
        }
        return out;
    }

    private static List<Fact> subsidiary(SentenceFacts f, TriggerMatch t, int parent, int child, Rule rule) {
        EntityRef p = f.chunks().get(parent).ref();
        EntityRef c = f.chunks().get(child).ref();
        return p.name().equals(c.name()) ? List.of() : List.of(new Subsidiary(p, c, f.provenance(rule, t, List.of(parent, child))));
    }
}
