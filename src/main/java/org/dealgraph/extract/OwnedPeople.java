package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Role;

/**
 * A person named right after an organization's possessive works there: "Quentor's Ravi Malhotra said",
 * "Acme's Jane Doe" (rule role-owner, no title). A media outlet's person is quoted, not employed by the outlet's
 * owner, and is left out, as the title rules leave it out.
 */
final class OwnedPeople implements RuleCallback {

    private static final String RULE = "role-owner";

    private final Gazetteer gazetteer;

    OwnedPeople(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        Rule rule = r.get(RULE);
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            Chunk owner = s.get(i);
            if (owner.isOrg() && owner.possessive() && s.get(i + 1).kind() == Chunk.Kind.PERSON
                    && !RoleRules.media(gazetteer, owner.ref())) {
                out.add(new Role(s.get(i + 1).ref(), owner.ref(), Optional.empty(), f.provenance(rule, i, i + 2)));
            }
        }
        return out;
    }
}
