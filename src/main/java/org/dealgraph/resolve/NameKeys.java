package org.dealgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names into key slugs: accents folded to ASCII, lower case, "&" read as "and", possessive "'s"
 * dropped, a leading "the", trailing corporate suffixes (the words the analyse stage's
 * {@code org-suffixes.tsv} marks "key") and a web domain closing a one-word name stripped, every other
 * run of non-letters a single hyphen. "Mistral AI" is {@code mistral-ai}, "Rivos Inc." and "Rivos.ai" are
 * {@code rivos}. Immutable.
 */
final class NameKeys {

    /** A web domain closing a one-word name: "Northwind.ai" is Northwind's name as its address writes it. */
    private static final Pattern WEB_DOMAIN = Pattern.compile("(?<=^[\\p{L}\\p{N}-]{2,64})\\.(?i:ai|com|io)$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private final Set<String> suffixes;

    NameKeys(Set<String> suffixes) {
        this.suffixes = Set.copyOf(suffixes);
    }

    /** The words of a name, folded and lower-cased. */
    static List<String> words(String name) {
        String unmarked = isAscii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String folded = POSSESSIVE.matcher(unmarked.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("")
                .replace(".", "");
        List<String> words = new ArrayList<>(Arrays.asList(NON_WORD.split(folded)));
        words.removeIf(String::isEmpty);
        return words;
    }

    /** Whether {@code text} is all ASCII, which decomposition leaves as it is. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The slug of an organization's name; a name of no letters or digits has none. */
    String organization(String name) {
        List<String> words = words(WEB_DOMAIN.matcher(name.strip()).replaceFirst(""));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && suffixes.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return join(words, name);
    }

    /** Whether a folded word is a suffix the key strips ("inc"). */
    boolean strips(String word) {
        return suffixes.contains(word);
    }

    /** The slug of a person's full name. */
    String person(String name) {
        return join(words(name), name);
    }

    private static String join(List<String> words, String name) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a name without letters or digits: " + name);
        }
        return String.join("-", words);
    }
}
