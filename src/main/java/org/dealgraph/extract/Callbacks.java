package org.dealgraph.extract;

import java.util.HashMap;
import java.util.Map;
import org.dealgraph.analyse.Gazetteer;

/** The registry of the Java callbacks that rule files may name ({@code callback: NAME}), made once at load. */
final class Callbacks {

    private Callbacks() {
    }

    /** Every callback by name; each name must be named by some rule, and each rule's callback be here. */
    static Map<String, RuleCallback> all(Gazetteer gazetteer) {
        Map<String, RuleCallback> all = new HashMap<>();
        all.putAll(FundingRules.callbacks());
        all.putAll(InvestmentRules.callbacks());
        all.putAll(DealRules.callbacks());
        all.putAll(OwnershipRules.callbacks(gazetteer));
        all.put("roles", new RoleRules(gazetteer));
        all.put("owned-people", new OwnedPeople(gazetteer));
        return Map.copyOf(all);
    }
}
