package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dealgraph.model.DefinedFact;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.KindDefinition;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Status;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The rule kind of a kind of fact defined by a kind file: its frame's roles are the kind's roles, every one
 * required, and a rule's found arguments become {@link DefinedFact}s: one per choice of an entity for each role
 * that takes one (all the entities found for a plural role), an entity playing one role at most, each entity of
 * the kind its role takes.
 */
record DefinedFrame(FactKind kind, KindDefinition definition) implements RuleKind {

    private static final Set<String> WORD_KEYS = Set.of("form", "phrases", "preps");

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

    /**
     * The rule kinds by name: {@code frames} (the built-in ones) and the kinds of fact defined by kind files, whose
     * names and roles are checked here: a kind may not reuse a frame's name, nor a role a key of every rule.
     */
    static Map<String, RuleKind> withFrames(Map<String, ? extends RuleKind> frames, Set<String> ruleKeys) {
        Map<String, RuleKind> kinds = new HashMap<>(frames);
        for (DefinedFrame d : all()) {
            for (String role : d.roles()) {
                if (ruleKeys.contains(role)) {
                    throw new RuleFileException(d.definition().where("roles"), "role '" + role
                            + "' is a key of every rule; name it otherwise");
                }
            }
            if (kinds.put(d.yamlName(), d) != null) {
                throw new RuleFileException(d.definition().where("id"), "id '" + d.yamlName()
                        + "' names a built-in kind of rule file");
            }
        }
        return Map.copyOf(kinds);
    }

    /**
     * A rule file's own trigger words, {@code [{form: verb, phrases: [sue, sued], preps: [over]}]}, added to
     * {@code declared}; their families and forms are returned. Only a kind defined by a kind file has them (the
     * built-in kinds' words are in {@code triggers.tsv}); their family is the kind's name.
     */
    static Set<Rule.TriggerKey> words(YamlNodes y, RuleKind kind, Node node, List<Trigger> declared) {
        if (!(kind instanceof DefinedFrame)) {
            throw y.error(node, "the trigger words of the kind " + kind.yamlName() + " are in triggers.tsv");
        }
        Set<Rule.TriggerKey> keys = new HashSet<>();
        for (Node n : y.items(node)) {
            Map<String, Node> e = y.mapping(n, WORD_KEYS, "trigger words");
            Node formNode = y.required(e, "form", n, "trigger words");
            String form = y.scalar(formNode, "form");
            if (!Trigger.FORMS.contains(form)) {
                throw y.error(formNode, "unknown form '" + form + "' (known: " + new TreeSet<>(Trigger.FORMS) + ")");
            }
            Set<String> preps = e.containsKey("preps") ? y.items(e.get("preps")).stream()
                    .map(p -> y.scalar(p, "a preposition")).collect(Collectors.toSet()) : Set.of();
            for (Node phrase : y.items(y.required(e, "phrases", n, "trigger words"))) {
                List<String> words = List.of(y.scalar(phrase, "a phrase").strip().toLowerCase(Locale.ROOT).split("\\s+"));
                declared.add(new Trigger(kind.yamlName(), form, words, preps));
            }
            keys.add(new Rule.TriggerKey(kind.yamlName(), form));
        }
        return keys;
    }
}
