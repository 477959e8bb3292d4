package org.dealgraph.analyse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A character trie from names to values, for finding the longest name that starts at a given place in a
 * text and ends on a word boundary; a typographic apostrophe matches a plain one. Built once, then
 * read-only (safe to share between threads).
 *
 * @param <V> the value a name maps to
 */
final class NameTrie<V> {

    /** A name found in a text: where it ends (exclusive) and what it maps to. */
    record Hit<V>(int end, V value) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds a name; the first value given for a name is kept. */
    void put(String name, V value) {
        Node<V> node = root;
        for (int i = 0; i < name.length(); i++) {
            node = node.next.computeIfAbsent(folded(name.charAt(i)), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The longest name that starts at {@code start} in {@code text} and is not followed by a letter or digit. */
    Optional<Hit<V>> longestAt(CharSequence text, int start) {
        Node<V> node = root;
        Hit<V> best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(folded(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.value != null && endsWord(text, i + 1)) {
                best = new Hit<>(i + 1, node.value);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A typographic apostrophe reads as a plain one: "Teachers’ Pension Plan" is "Teachers' Pension Plan". */
    private static char folded(char c) {
        return c == '’' ? '\'' : c;
    }

    /** Whether a word may start at {@code at}: nothing, or no letter or digit, stands just before it. */
    static boolean startsWord(CharSequence text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    /** Whether a word may end at {@code at}: nothing, or no letter or digit, follows. */
    static boolean endsWord(CharSequence text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }
}
