package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealgraph.model.DefinedFact;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.KindDefinition;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Status;

/**
 * The rule kind of a kind of fact defined by a kind file: its frame's roles are the kind's roles, every one
 * required, and a rule's found arguments become {@link DefinedFact}s: one per choice of an entity for each role
 * that takes one (all the entities found for a plural role), an entity playing one role at most, each entity of
 * the kind its role takes.
 */
record DefinedFrame(FactKind kind, KindDefinition definition) implements RuleKind {

    /** The frame of every kind of fact defined by a kind file. */
    static List<DefinedFrame> all() {
        List<DefinedFrame> all = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            k.definition().ifPresent(d -> all.add(new DefinedFrame(k, d)));
        }
        return all;
    }

    @Override
    public String yamlName() {
        return kind.id();
    }

    @Override
    public List<String> roles() {
        return kind.roles();
    }

    @Override
    public List<String> requiredRoles() {
        return kind.roles();
    }

    @Override
    public boolean fitsIn(RuleKind file) {
        return this.equals(file);
    }

    @Override
    public List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, Map<String, List<Integer>> found) {
        List<Integer> chunks = new ArrayList<>();
        found.values().forEach(chunks::addAll);
        Status status = Frame.status(f, t, rule, found.get(roles().get(0)));
        Provenance provenance = f.provenance(rule, t, chunks);
        List<Fact> out = new ArrayList<>();
        choose(f, found, 0, new LinkedHashMap<>(), byRole -> out.add(new DefinedFact(kind, byRole,
                Frame.money(f, t, rule), status, f.date(), provenance)));
        return out;
    }

    /** Every choice of entities for the roles from {@code i} on, given the choices before, each passed to {@code out}. */
    private void choose(SentenceFacts f, Map<String, List<Integer>> found, int i, Map<String, List<EntityRef>> chosen,
                        java.util.function.Consumer<Map<String, List<EntityRef>>> out) {
        if (i == definition.roles().size()) {
            out.accept(new LinkedHashMap<>(chosen));
            return;
        }
        KindDefinition.RoleDef role = definition.roles().get(i);
        List<EntityRef> refs = f.refs(found.get(role.name())).stream().filter(role::takes)
                .filter(r -> chosen.values().stream().flatMap(List::stream).noneMatch(c -> c.name().equals(r.name())))
                .toList();
        List<List<EntityRef>> options = role.many() ? (refs.isEmpty() ? List.of() : List.of(refs))
                : refs.stream().map(List::of).toList();
        for (List<EntityRef> option : options) {
            chosen.put(role.name(), option);
            choose(f, found, i + 1, chosen, out);
            chosen.remove(role.name());
        }
    }
}
