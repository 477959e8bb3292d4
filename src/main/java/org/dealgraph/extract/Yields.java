package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.model.Fact;

/**
 * Which rules give way to which ({@code yields: [ID, ...]} in a rule file): a rule tells nothing in a sentence
 * where one of the rules it yields to told a fact that stands. A rule stands when it told a fact and none of the
 * rules it yields to stands; the relation has no cycle (checked at load), so this is decided rule by rule from
 * the rules that yield to none, whatever the order of the rules in their file. Immutable and thread-safe.
 */
final class Yields {

    /** No rule yields. */
    static final Yields NONE = new Yields(Map.of());

    /** The rules each rule yields to, by rule id. */
    private final Map<String, Set<String>> to;

    private Yields(Map<String, Set<String>> to) {
        Map<String, Set<String>> copy = new HashMap<>();
        to.forEach((rule, others) -> copy.put(rule, Set.copyOf(others)));
        this.to = Map.copyOf(copy);
    }

    /** The rules rule {@code id} yields to; empty when it yields to none. */
    Set<String> of(String id) {
        return to.getOrDefault(id, Set.of());
    }

    /** These and {@code more} (of other files: their rule ids differ). */
    Yields and(Yields more) {
        Map<String, Set<String>> all = new HashMap<>(to);
        all.putAll(more.to);
        return new Yields(all);
    }

    /** The facts of {@code facts} whose rules stand, in their order. */
    List<Fact> keep(List<Fact> facts) {
        if (to.isEmpty()) {
            return facts;
        }
        Set<String> told = new HashSet<>();
        facts.forEach(f -> told.add(f.provenance().rule()));
        Map<String, Boolean> stands = new HashMap<>();
        return facts.stream().filter(f -> stands(f.provenance().rule(), told, stands)).toList();
    }

    /** Whether rule {@code id} stands: it told a fact and no rule it yields to stands. */
    private boolean stands(String id, Set<String> told, Map<String, Boolean> known) {
        Boolean was = known.get(id);
        if (was == null) {
            was = told.contains(id) && of(id).stream().noneMatch(other -> stands(other, told, known));
            known.put(id, was);
        }
        return was;
    }

    /**
     * The yields of one rule file, checked: {@code given} holds each rule's {@code yields} entries, by rule id in
     * the file's order; each names another rule of the same file ({@code rules}), and one that runs in the same
     * pass or an earlier one ({@link RuleKind#readsTold}); no rule yields, through others, to itself.
     */
    static Yields checked(YamlNodes y, List<Rule> rules, Map<String, List<org.yaml.snakeyaml.nodes.Node>> given) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Map<String, Set<String>> to = new LinkedHashMap<>();
        given.forEach((id, nodes) -> {
            Set<String> others = new LinkedHashSet<>();
            for (var node : nodes) {
                String other = y.scalar(node, "a rule id");
                Rule target = byId.get(other);
                if (target == null || other.equals(id)) {
                    throw y.error(node, "rule " + id + " yields to '" + other + "', which is no other rule of this file");
                }
                if (target.kind().readsTold(target) && !byId.get(id).kind().readsTold(byId.get(id))) {
                    throw y.error(node, "rule " + id + " cannot yield to '" + other
                            + "', which completes what the file told and so runs after it");
                }
                others.add(other);
            }
            to.put(id, others);
        });
        for (String id : to.keySet()) {
            List<String> cycle = cycleFrom(id, to, new ArrayList<>());
            if (!cycle.isEmpty()) {
                throw y.error(given.get(id).get(0), "rules yield to each other in a cycle: " + String.join(" -> ", cycle));
            }
        }
        return new Yields(to);
    }

    /** The path back to a rule on {@code path} that following the yields of {@code id} reaches, else empty. */
    private static List<String> cycleFrom(String id, Map<String, Set<String>> to, List<String> path) {
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return cycle;
        }
        path.add(id);
        for (String other : to.getOrDefault(id, Set.of())) {
            List<String> cycle = cycleFrom(other, to, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }
}
