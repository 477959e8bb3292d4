package org.dealgraph.model;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one kind file and checks every value as it goes: an unknown or missing key, an unknown entity,
 * recipe, tail or merge policy, a role the recipe cannot key by, an IRI with an unknown prefix is an error
 * naming the file, the line and the value.
 */
final class KindFileReader {

    private static final Set<String> KEYS = Set.of("id", "plural", "rank", "segment", "edge", "prefixes", "class",
            "roles", "key", "merge", "money", "shortcut");
    private static final Set<String> ROLE_KEYS = Set.of("name", "entity", "many", "property");
    private static final Set<String> KEY_KEYS = Set.of("ends", "tail", "families");
    private static final String WORD = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    private static final Map<String, Optional<EntityKind>> ENTITIES = Map.of("organization",
            Optional.of(EntityKind.ORGANIZATION), "person", Optional.of(EntityKind.PERSON), "any", Optional.empty());
    private static final Map<String, KeyRecipe.Ends> ENDS = Map.of("pair", KeyRecipe.Ends.PAIR, "set", KeyRecipe.Ends.SET,
            "first", KeyRecipe.Ends.FIRST);
    private static final Map<String, KeyRecipe.Tail> TAILS = Map.of("none", KeyRecipe.Tail.NONE, "year",
            KeyRecipe.Tail.YEAR, "value-or-year", KeyRecipe.Tail.VALUE_OR_YEAR);
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false);

    private final String file;
    private final Map<String, String> prefixes = new HashMap<>();

    KindFileReader(String file) {
        this.file = file;
    }

    KindDefinition read(Reader text) {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(text);
        if (root == null) {
            throw new KindFileException(file + " line 1", "empty kind file");
        }
        Map<String, Node> top = mapping(root, KEYS, "the kind file");
        Map<String, String> lines = new LinkedHashMap<>();
        top.forEach((k, v) -> lines.put(k, where(v)));
        if (top.containsKey("prefixes")) {
            mapping(top.get("prefixes"), null, "prefixes").forEach((p, iri) -> prefixes.put(p, absolute(iri)));
        }
        String id = word(required(top, "id", root), "id");
        List<KindDefinition.RoleDef> roles = new ArrayList<>();
        Node rolesNode = required(top, "roles", root);
        for (Node n : items(rolesNode)) {
            KindDefinition.RoleDef role = role(n);
            if (roles.stream().anyMatch(r -> r.name().equals(role.name()))) {
                throw error(n, "role '" + role.name() + "' given twice");
            }
            roles.add(role);
        }
        Optional<String> money = Optional.ofNullable(top.get("money")).map(this::iri);
        KeyRecipe key = key(required(top, "key", root), roles, money.isPresent());
        Optional<String> shortcut = Optional.ofNullable(top.get("shortcut")).map(this::iri);
        if (shortcut.isPresent() && roles.size() < 2) {
            throw error(top.get("shortcut"), "a shortcut goes from the first role to the second; this kind has one role");
        }
        return new KindDefinition(id, file, lines, scalar(required(top, "plural", root), "plural"),
                rank(required(top, "rank", root)), roles, key,
                oneOf(required(top, "merge", root), mergeNames(), "merge policy"), iri(required(top, "class", root)),
                money, shortcut, word(required(top, "segment", root), "segment"), word(required(top, "edge", root), "edge"));
    }

    private KindDefinition.RoleDef role(Node node) {
        Map<String, Node> e = mapping(node, ROLE_KEYS, "a role");
        String name = scalar(required(e, "name", node), "name");
        if (!name.matches("[a-z][a-zA-Z0-9]*")) {
            throw error(e.get("name"), "role name '" + name + "' is not one word of letters and digits");
        }
        boolean many = e.containsKey("many") && oneOf(e.get("many"), BOOLEANS, "value of many");
        return new KindDefinition.RoleDef(name, oneOf(required(e, "entity", node), ENTITIES, "entity"), many,
                iri(required(e, "property", node)));
    }

    /** The key recipe, checked against the roles it keys by. */
    private KeyRecipe key(Node node, List<KindDefinition.RoleDef> roles, boolean money) {
        Map<String, Node> e = mapping(node, KEY_KEYS, "the key");
        KeyRecipe.Ends ends = oneOf(required(e, "ends", node), ENDS, "ends");
        Node tailNode = required(e, "tail", node);
        KeyRecipe.Tail tail = oneOf(tailNode, TAILS, "tail");
        boolean families = e.containsKey("families") && oneOf(e.get("families"), BOOLEANS, "value of families");
        if (ends == KeyRecipe.Ends.PAIR && (roles.size() != 2 || roles.stream().anyMatch(KindDefinition.RoleDef::many))) {
            throw error(e.get("ends"), "ends 'pair' keys by two roles of one entity each");
        }
        if (ends == KeyRecipe.Ends.FIRST && roles.get(0).many()) {
            throw error(e.get("ends"), "ends 'first' keys by the first role, which must hold one entity");
        }
        if (tail == KeyRecipe.Tail.VALUE_OR_YEAR && !money) {
            throw error(tailNode, "tail 'value-or-year' reads an amount of money; give the kind a money property");
        }
        return new KeyRecipe(ends, families, tail, tail);
    }

    /** An IRI: absolute ({@code https://…}), or a prefixed name ({@code legal:Lawsuit}) of the file's prefixes. */
    private String iri(Node node) {
        String text = scalar(node, "an IRI");
        if (text.contains("://")) {
            return absolute(node);
        }
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? "" : text.substring(0, colon);
        if (!prefixes.containsKey(prefix) || !text.substring(colon + 1).matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw error(node, "'" + text + "' is no IRI: give an absolute one or a name of the prefixes "
                    + new TreeSet<>(prefixes.keySet()));
        }
        return prefixes.get(prefix) + text.substring(colon + 1);
    }

    private String absolute(Node node) {
        String text = scalar(node, "an IRI");
        if (!text.matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s<>\"{}|\\\\^`]+")) {
            throw error(node, "'" + text + "' is no absolute IRI");
        }
        return text;
    }

    private int rank(Node node) {
        String text = scalar(node, "rank");
        if (!text.matches("[1-9][0-9]{0,2}")) {
            throw error(node, "rank '" + text + "' is no whole number from 1 to 999");
        }
        return Integer.parseInt(text);
    }

    private String word(Node node, String what) {
        String text = scalar(node, what);
        if (!text.matches(WORD)) {
            throw error(node, what + " '" + text + "' is not lower-case words joined by hyphens");
        }
        return text;
    }

    private static Map<String, KindDefinition.Merge> mergeNames() {
        Map<String, KindDefinition.Merge> names = new HashMap<>();
        for (KindDefinition.Merge m : KindDefinition.Merge.values()) {
            names.put(m.fileName(), m);
        }
        return names;
    }

    private <T> T oneOf(Node node, Map<String, T> names, String what) {
        String text = scalar(node, what);
        T found = names.get(text);
        if (found == null) {
            throw error(node, "unknown " + what + " '" + text + "' (known: " + String.join(", ", new TreeSet<>(names.keySet())) + ")");
        }
        return found;
    }

    /** The entries of a mapping by key; a key outside {@code allowed} (when given) or given twice is an error. */
    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (known: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "key '" + key + "' given twice in " + what);
            }
        }
        return out;
    }

    private List<Node> items(Node node) {
        if (!(node instanceof SequenceNode s) || s.getValue().isEmpty()) {
            throw error(node, "give a list of one or more items");
        }
        return s.getValue();
    }

    private Node required(Map<String, Node> entries, String key, Node owner) {
        Node n = entries.get(key);
        if (n == null) {
            throw error(owner, "the required key '" + key + "' is missing");
        }
        return n;
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a plain value");
        }
        return s.getValue().strip();
    }

    private String where(Node node) {
        return file + " line " + (node.getStartMark().getLine() + 1);
    }

    private KindFileException error(Node node, String message) {
        return new KindFileException(where(node), message);
    }
}
