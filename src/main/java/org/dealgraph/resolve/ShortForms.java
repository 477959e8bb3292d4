package org.dealgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, within one article, the organization names that are a shorter way of writing another name the
 * article also writes, so that both get the longer name's key. Two shapes count:
 * <ul>
 *   <li>the longer name's last words, after capitalised words that open it ("Bharti Northwind", then
 *       "Northwind"; "The Harbour Daily Times", then "The Times"); a name joined by a lower-case word
 *       ("Nxtra by Northwind", "Bank of Elsewhere") shortens to nothing;</li>
 *   <li>the longer name's first words, when every word left off is one an article may drop (the
 *       {@code short} words of {@code org-suffixes.tsv}: "Talbot Energy", then "Talbot"); a unit's word
 *       ("Talbot Cloud", "Talbot Ventures") is not one, so a unit stays apart from its owner.</li>
 * </ul>
 * An acronym of the longer name counts too. A short name that would fit two longer ones is left alone.
 * Immutable.
 */
final class ShortForms {

    private final NameKeys keys;
    private final Set<String> droppable;

    ShortForms(NameKeys keys, Set<String> droppable) {
        this.keys = keys;
        this.droppable = Set.copyOf(droppable);
    }

    /** For each key of a name in {@code names} that shortens exactly one other, that other's key. */
    Map<String, String> longer(Collection<String> names) {
        List<Name> distinct = new LinkedHashSet<>(names).stream().map(this::name).toList();
        Map<String, Set<String>> fits = new HashMap<>();
        for (Name shorter : distinct) {
            for (Name longer : distinct) {
                if (!shorter.key().equals(longer.key()) && shortens(shorter, longer)) {
                    fits.computeIfAbsent(shorter.key(), k -> new LinkedHashSet<>()).add(longer.key());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        fits.forEach((s, ls) -> {
            if (ls.size() == 1) {
                out.put(s, ls.iterator().next());
            }
        });
        return out;
    }

    /**
     * A name read once: its key, its words as written and those words folded. An article's names are
     * compared pairwise, so each is taken apart only once.
     */
    private record Name(String key, List<String> words, List<String> folded) {
    }

    private Name name(String name) {
        List<String> words = surfaceWords(name);
        return new Name(keys.organization(name), words, folded(words));
    }

    private boolean shortens(Name shorter, Name longer) {
        List<String> s = shorter.words();
        List<String> l = longer.words();
        if (s.isEmpty() || s.size() >= l.size() || shorter.folded().stream().allMatch(droppable::contains)) {
            return false;
        }
        return tailOf(shorter, longer) || headOf(shorter, longer) || acronymOf(s, l);
    }

    /**
     * An acronym of three or more capitals whose letters are, in order, the initials of every capitalised
     * word of the longer name and of some of its lower-case words ("KSUAI" for "Karim bin Saleh University
     * of Applied Intelligence").
     */
    private static boolean acronymOf(List<String> s, List<String> l) {
        String acronym = s.get(0);
        return s.size() == 1 && l.size() >= 3 && acronym.length() >= 3 && acronym.matches("\\p{Lu}+")
                && initials(acronym, 0, l, 0);
    }

    private static boolean initials(String acronym, int i, List<String> words, int j) {
        if (j == words.size()) {
            return i == acronym.length();
        }
        String word = words.get(j);
        boolean capitalised = Character.isUpperCase(word.codePointAt(0));
        boolean takes = i < acronym.length() && Character.toUpperCase(word.charAt(0)) == acronym.charAt(i)
                && initials(acronym, i + 1, words, j + 1);
        return takes || !capitalised && initials(acronym, i, words, j + 1);
    }

    private static boolean tailOf(Name shorter, Name longer) {
        List<String> l = longer.words();
        int cut = l.size() - shorter.words().size();
        return longer.folded().subList(cut, l.size()).equals(shorter.folded())
                && l.subList(0, cut).stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private boolean headOf(Name shorter, Name longer) {
        int n = shorter.words().size();
        List<String> l = longer.folded();
        return l.subList(0, n).equals(shorter.folded()) && l.subList(n, l.size()).stream().allMatch(droppable::contains);
    }

    /** The words of a name as written, without a leading "the" and the suffixes a key strips. */
    private List<String> surfaceWords(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && keys.strips(folded(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private static List<String> folded(List<String> words) {
        return words.stream().map(ShortForms::folded).toList();
    }

    private static String folded(String word) {
        return String.join("", NameKeys.words(word));
    }
}
