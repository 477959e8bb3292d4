package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.analyse.GazetteerEntry;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Subsidiary;

/**
 * The callback of {@code ownership.yaml}: "A's B" where the gazetteer names A as B's parent (the text then
 * plainly implies it), a look-up no operator makes.
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
                "subsidiary-known-parent", (f, t, r) -> o.knownParents(f, r.get("subsidiary-known-parent")));
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
}
