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
        Map<String, Set<String>> fits = new HashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
        for (String shorter : distinct) {
            for (String longer : distinct) {
                String s = keys.organization(shorter);
                String l = keys.organization(longer);
                if (!s.equals(l) && shortens(shorter, longer)) {
                    fits.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(l);
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

    private boolean shortens(String shorter, String longer) {
        List<String> s = surfaceWords(shorter);
        List<String> l = surfaceWords(longer);
        if (s.isEmpty() || s.size() >= l.size() || s.stream().allMatch(w -> droppable.contains(folded(w)))) {
            return false;
        }
        return tailOf(s, l) || headOf(s, l) || acronymOf(s, l);
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

    private static boolean tailOf(List<String> s, List<String> l) {
        int cut = l.size() - s.size();
        return folded(l.subList(cut, l.size())).equals(folded(s))
                && l.subList(0, cut).stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private boolean headOf(List<String> s, List<String> l) {
        return folded(l.subList(0, s.size())).equals(folded(s))
                && l.subList(s.size(), l.size()).stream().allMatch(w -> droppable.contains(folded(w)));
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
