package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads snakeyaml's nodes for one rule file, every error naming the file and the node's line. */
final class YamlNodes {

    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    RuleFileException error(Node at, String message) {
        return new RuleFileException(file, at.getStartMark().getLine() + 1, message);
    }

    /** "acquisition.yaml line 12": where the node is written. */
    String where(Node at) {
        return file + " line " + (at.getStartMark().getLine() + 1);
    }

    /** The mapping's entries by key, in order; a key outside {@code allowed} or given twice is an error. */
    Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (known: " + String.join(", ", sorted(allowed)) + ")");
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "key '" + key + "' given twice in " + what);
            }
        }
        return out;
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a plain value");
        }
        return s.getValue();
    }

    /** The items of a sequence; a single scalar counts as a sequence of one. */
    List<Node> items(Node node) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        return List.of(node);
    }

    /** The required entry {@code key} of {@code entries}. */
    Node required(Map<String, Node> entries, String key, Node owner, String what) {
        Node n = entries.get(key);
        if (n == null) {
            throw error(owner, what + " lacks the required key '" + key + "'");
        }
        return n;
    }

    /** The one of {@code names} that {@code value} spells; an error listing them otherwise. */
    <T> T oneOf(Node at, String value, Map<String, T> names, String what) {
        T found = names.get(value);
        if (found == null) {
            throw error(at, "unknown " + what + " '" + value + "' (known: " + String.join(", ", sorted(names.keySet())) + ")");
        }
        return found;
    }

    private static List<String> sorted(Set<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(null);
        return out;
    }
}
