package org.dealgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rules by id: the ones a callback may tell its facts by. Immutable. */
final class Rules {

    private final Map<String, Rule> byId;

    Rules(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        rules.forEach(r -> map.put(r.id(), r));
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** The rule {@code id}; asking for one the rule files do not give this callback is a bug. */
    Rule get(String id) {
        Rule r = byId.get(id);
        if (r == null) {
            throw new IllegalStateException("no rule file gives the callback the rule " + id);
        }
        return r;
    }
}
