package org.dealgraph.extract;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one rule file (the format is in {@code package-info}) and checks every value as it goes: an unknown
 * key, operator, trigger, money role, status, a confidence outside [0, 1], a repeated id or a missing key is an
 * error naming the file, the line and the value, so that a typo never silently switches a rule off.
 */
final class RuleFileReader {

    private static final Set<String> RULE_KEYS = Set.of("id", "kind", "triggers", "when", "unless", "money", "status",
            "confidence", "example", "callback", "yields");
    private static final Set<String> CALLBACK_KEYS = Set.of("id", "kind", "triggers", "confidence", "example", "callback",
            "yields");
    private static final Set<String> CALL_KEYS = Set.of("who", "preps", "after", "before", "count", "words", "reach",
            "trigger");
    private static final Map<String, Operator> OPERATORS = names(Operator.values(), Operator::yamlName);
    private static final Map<String, RuleKind> KINDS = DefinedFrame.withFrames(names(Frame.values(), Frame::yamlName),
            RULE_KEYS);
    private static final Map<String, Rule.MoneyRole> MONEY = names(Rule.MoneyRole.values(), m -> m.yamlName);
    private static final Map<String, Rule.StatusRule> STATUS = names(Rule.StatusRule.values(), m -> m.yamlName);
    private static final Map<String, Argument.Who> WHO = names(Argument.Who.values(), m -> m.yamlName);
    private static final Map<String, Argument.Count> COUNT = names(Argument.Count.values(), m -> m.yamlName);

    private final Set<Rule.TriggerKey> triggers;
    /** The trigger words the files read so far declare (those of the kinds defined by kind files). */
    private final List<Trigger> declared = new ArrayList<>();
    /** The triggers the file being read declares, which its own rules may read besides those of {@link #triggers}. */
    private Set<Rule.TriggerKey> own = Set.of();
    /** The {@code yields} of the files read so far. */
    private Yields yields = Yields.NONE;

    /** A reader that accepts the triggers of {@code triggers} (the families and forms of the trigger lexicon). */
    RuleFileReader(Set<Rule.TriggerKey> triggers) {
        this.triggers = Set.copyOf(triggers);
    }

    /** The rules of the file {@code file} (its name, for messages), in the file's order. */
    List<Rule> read(String file, Reader text) {
        YamlNodes y = new YamlNodes(file);
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(text);
        if (root == null) {
            throw new RuleFileException(file, 1, "empty rule file");
        }
        Map<String, Node> top = y.mapping(root, Set.of("kind", "triggers", "rules"), "the file");
        Node kindNode = y.required(top, "kind", root, "the file");
        RuleKind kind = y.oneOf(kindNode, y.scalar(kindNode, "kind"), KINDS, "kind");
        own = top.containsKey("triggers") ? DefinedFrame.words(y, kind, top.get("triggers"), declared) : Set.of();
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, List<Node>> yielding = new LinkedHashMap<>();
        for (Node n : y.items(y.required(top, "rules", root, "the file"))) {
            Rule r = rule(y, kind, n);
            if (!ids.add(r.id())) {
                throw y.error(n, "rule id '" + r.id() + "' given twice");
            }
            rules.add(r);
            yieldsOf(n).ifPresent(v -> yielding.put(r.id(), y.items(v)));
        }
        yields = yields.and(Yields.checked(y, rules, yielding));
        return rules;
    }

    /** What every rule gives: its id, where it is written, its kind, triggers, confidence and example. */
    private record Head(String id, String source, RuleKind kind, List<Rule.TriggerKey> triggers, double confidence,
                        String example) {
    }

    /** A money role and the guards that leave the fact without money. */
    private record Money(Rule.MoneyRole role, List<Argument> unless) {
    }

    private Rule rule(YamlNodes y, RuleKind fileKind, Node node) {
        RuleKind kind = ruleKind(y, fileKind, node);
        Set<String> allowed = new HashSet<>(RULE_KEYS);
        allowed.addAll(kind.roles());
        Map<String, Node> e = y.mapping(node, allowed, "a rule of kind " + kind.yamlName());
        String id = y.scalar(y.required(e, "id", node, "a rule"), "id");
        String what = "rule " + id;
        Head head = new Head(id, y.where(node), kind,
                e.containsKey("triggers") ? triggers(y, e.get("triggers")) : List.of(),
                confidence(y, y.required(e, "confidence", node, what)),
                y.scalar(y.required(e, "example", node, what), "example"));
        return e.containsKey("callback") ? callbackRule(y, head, e, node) : frameRule(y, head, e, node);
    }

    private static Rule callbackRule(YamlNodes y, Head h, Map<String, Node> e, Node node) {
        for (String k : e.keySet()) {
            if (!CALLBACK_KEYS.contains(k)) {
                throw y.error(node, "rule " + h.id() + " names a callback and so takes no '" + k + "'");
            }
        }
        return new Rule(h.id(), h.source(), h.kind(), h.triggers(), List.of(), List.of(), Map.of(), Rule.MoneyRole.NONE,
                List.of(), Rule.StatusRule.NONE, h.confidence(), h.example(), Optional.of(y.scalar(e.get("callback"), "callback")));
    }

    private Rule frameRule(YamlNodes y, Head h, Map<String, Node> e, Node node) {
        String what = "rule " + h.id();
        y.required(e, "triggers", node, what);
        Map<String, Argument> frame = new LinkedHashMap<>();
        for (String role : e.keySet()) {
            if (h.kind().roles().contains(role)) {
                frame.put(role, argument(y, e.get(role), frame.keySet()));
            }
        }
        for (String role : h.kind().requiredRoles()) {
            y.required(e, role, node, what);
        }
        Money money = money(y, y.required(e, "money", node, what));
        if (h.kind() instanceof DefinedFrame && money.role() != Rule.MoneyRole.NONE) {
            throw y.error(e.get("money"), what + ": the rules of a kind defined by a kind file take money 'none' "
                    + "(amounts go to the triggers of the built-in kinds only)");
        }
        Node status = y.required(e, "status", node, what);
        Rule.StatusRule statusRule = y.oneOf(status, y.scalar(status, "status"), STATUS, "status");
        if (h.kind() == Frame.FUNDING && (money.role() != Rule.MoneyRole.NONE || statusRule != Rule.StatusRule.NONE)) {
            throw y.error(node, what + ": a funding rule takes money 'none' and status 'none' (its share is its amount, "
                    + "the round told before its status)");
        }
        return new Rule(h.id(), h.source(), h.kind(), h.triggers(), guards(y, e.get("when")), guards(y, e.get("unless")),
                frame, money.role(), money.unless(), statusRule,
                h.confidence(), h.example(), Optional.empty());
    }

    /** {@code amount}, or {@code {amount: {unless: [...]}}}. */
    private Money money(YamlNodes y, Node node) {
        if (!(node instanceof MappingNode m)) {
            return new Money(y.oneOf(node, y.scalar(node, "money"), MONEY, "money role"), List.of());
        }
        Map<String, Node> one = y.mapping(node, MONEY.keySet(), "the money role");
        if (one.size() != 1) {
            throw y.error(node, "the money role names one role, not " + one.keySet());
        }
        String role = one.keySet().iterator().next();
        Node guards = y.required(y.mapping(one.get(role), Set.of("unless"), "the money role " + role), "unless", node,
                "the money role " + role);
        return new Money(MONEY.get(role), guards(y, guards));
    }

    /** The rule's own {@code kind} when it gives one that fits in the file, else the file's. */
    private static RuleKind ruleKind(YamlNodes y, RuleKind fileKind, Node node) {
        if (!(node instanceof MappingNode m)) {
            return fileKind;
        }
        for (var tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")) {
                RuleKind kind = y.oneOf(tuple.getValueNode(), y.scalar(tuple.getValueNode(), "kind"), KINDS, "kind");
                if (!kind.fitsIn(fileKind)) {
                    throw y.error(tuple.getValueNode(), "a rule of kind '" + kind.yamlName() + "' cannot stand in the "
                            + fileKind.yamlName() + " file");
                }
                return kind;
            }
        }
        return fileKind;
    }

    private static double confidence(YamlNodes y, Node node) {
        String text = y.scalar(node, "confidence");
        try {
            double c = Double.parseDouble(text);
            if (c >= 0 && c <= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            throw y.error(node, "confidence '" + text + "' is no number");
        }
        throw y.error(node, "confidence '" + text + "' outside [0, 1]");
    }

    private List<Rule.TriggerKey> triggers(YamlNodes y, Node node) {
        List<Rule.TriggerKey> keys = new ArrayList<>();
        for (Node n : y.items(node)) {
            String[] words = y.scalar(n, "a trigger").strip().split("\\s+");
            Rule.TriggerKey key = words.length == 2 ? new Rule.TriggerKey(words[0], words[1]) : null;
            if (key == null || !triggers.contains(key) && !own.contains(key)) {
                throw y.error(n, "unknown trigger '" + y.scalar(n, "a trigger")
                        + "' (a family and a form of triggers.tsv, such as 'acquisition verb')");
            }
            keys.add(key);
        }
        return keys;
    }

    private List<Argument> guards(YamlNodes y, Node node) {
        List<Argument> out = new ArrayList<>();
        if (node != null) {
            for (Node n : y.items(node)) {
                out.add(new Argument(List.of(call(y, n, Set.of()))));
            }
        }
        return out;
    }

    /** An argument: one operator call, or a sequence of alternatives. */
    private Argument argument(YamlNodes y, Node node, Set<String> earlier) {
        List<Argument.Call> calls = new ArrayList<>();
        for (Node n : y.items(node)) {
            calls.add(call(y, n, earlier));
        }
        return new Argument(calls);
    }

    /** {@code subject}, or {@code {object: {preps: [of], who: agents}}}. */
    private Argument.Call call(YamlNodes y, Node node, Set<String> earlier) {
        if (!(node instanceof MappingNode)) {
            Operator op = y.oneOf(node, y.scalar(node, "an operator"), OPERATORS, "operator");
            requireParameters(y, node, op, Set.of());
            return Argument.Call.of(op, Argument.Who.ORGANIZATIONS, Argument.Count.ANY);
        }
        Map<String, Node> one = y.mapping(node, OPERATORS.keySet(), "an argument");
        if (one.size() != 1) {
            throw y.error(node, "an argument names one operator, not " + one.keySet());
        }
        String name = one.keySet().iterator().next();
        Operator op = OPERATORS.get(name);
        Map<String, Node> p = y.mapping(one.get(name), CALL_KEYS, "the parameters of " + name);
        requireParameters(y, node, op, p.keySet());
        Argument.Who who = p.containsKey("who") ? y.oneOf(p.get("who"), y.scalar(p.get("who"), "who"), WHO, "who") : Argument.Who.ORGANIZATIONS;
        Argument.Count count = p.containsKey("count") ? y.oneOf(p.get("count"), y.scalar(p.get("count"), "count"), COUNT, "count") : Argument.Count.ANY;
        Optional<Set<String>> preps = Optional.ofNullable(p.get("preps"))
                .map(n -> y.items(n).stream().map(x -> y.scalar(x, "a preposition")).collect(Collectors.toSet()));
        Optional<String> after = earlierArgument(y, p, "after", earlier);
        Optional<String> before = earlierArgument(y, p, "before", earlier);
        Optional<Set<String>> words = Optional.ofNullable(p.get("words")).map(n -> wordList(y, n));
        int reach = p.containsKey("reach") ? reach(y, p.get("reach")) : 0;
        Optional<Rule.TriggerKey> trigger = Optional.ofNullable(p.get("trigger")).map(n -> triggers(y, n).get(0));
        return new Argument.Call(op, who, preps, after, before, count, words, reach, trigger);
    }

    /** The parameter {@code key} ("after", "before"): an argument of the rule found before this one. */
    private static Optional<String> earlierArgument(YamlNodes y, Map<String, Node> p, String key, Set<String> earlier) {
        Optional<String> name = Optional.ofNullable(p.get(key)).map(n -> y.scalar(n, key));
        if (name.isPresent() && !earlier.contains(name.get())) {
            throw y.error(p.get(key), key + " '" + name.get() + "' names no argument found before this one");
        }
        return name;
    }

    private static void requireParameters(YamlNodes y, Node node, Operator op, Set<String> given) {
        for (String needed : op.requires()) {
            if (!given.contains(needed)) {
                throw y.error(node, "operator " + op.yamlName() + " needs the parameter '" + needed + "'");
            }
        }
    }

    private static Set<String> wordList(YamlNodes y, Node node) {
        String name = y.scalar(node, "words");
        if (!WordLists.has(name)) {
            throw y.error(node, "unknown word list '" + name + "' (a list of words.tsv)");
        }
        return WordLists.get(name);
    }

    private static int reach(YamlNodes y, Node node) {
        String text = y.scalar(node, "reach");
        if (!text.matches("[1-9][0-9]?")) {
            throw y.error(node, "reach '" + text + "' is no number of chunks from 1 to 99");
        }
        return Integer.parseInt(text);
    }

    /** The value of the rule {@code node}'s {@code yields} key, when it has one. */
    private static Optional<Node> yieldsOf(Node node) {
        return ((MappingNode) node).getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("yields"))
                .map(t -> t.getValueNode()).findFirst();
    }

    /** Which rules of the files read so far give way to which ({@code yields}). */
    Yields yields() {
        return yields;
    }

    /** The trigger words the files read so far declare. */
    List<Trigger> declared() {
        return List.copyOf(declared);
    }

    private static <T> Map<String, T> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).collect(Collectors.toMap(name, v -> v));
    }
}
