package org.dealgraph.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.model.Token;

/** The word lists the name finders share, each read once from its data file. */
final class WordLists {

    final Set<String> firstNames = Lexicon.words("first-names.txt");
    final Set<String> honorifics = Lexicon.words("honorifics.txt");
    final Set<String> speechVerbs = Lexicon.words("speech-verbs.txt");
    final Set<String> places = Lexicon.words("places.txt");
    final Map<String, String> products = Lexicon.pairs("products.tsv");
    final Set<String> openers = Lexicon.words("sentence-openers.txt");
    final Set<String> orgSuffixes = Lexicon.words("org-suffixes.txt");
    final Set<String> legalSuffixes = Lexicon.words("legal-suffixes.txt");
    final Set<String> descriptors = Lexicon.words("org-descriptors.txt");
    final Set<String> dealVerbs;
    final Set<String> calendar = Lexicon.words("calendar.tsv");

    WordLists() {
        Set<String> deal = new HashSet<>();
        for (String[] row : Lexicon.rows("org-verbs.txt")) {
            if (row.length > 1 && row[1].equals("deal")) {
                deal.add(row[0]);
            }
        }
        this.dealVerbs = Set.copyOf(deal);
    }

    /** Words that are never part of a name on their own: places, products, months and days, openers. */
    boolean isNonName(String word) {
        return places.contains(word) || products.containsKey(word) || calendar.contains(word) || openers.contains(word);
    }

    /**
     * Whether token {@code i} may be part of a proper name: capitalised and made of letters (and inner marks).
     * The tagger often mistakes an unknown name for a verb ("Musk" as AUX), so its part of speech is heeded
     * only at the start of a sentence, where every word is capitalised, and there only for a word
     * that no other capitalised word follows.
     */
    static boolean isNamePart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!shapedLikeName(t.text())) {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(tokens.get(i - 1).text().charAt(0))) {
            return !t.text().equals("I");
        }
        if (i + 1 < tokens.size() && shapedLikeName(tokens.get(i + 1).text())) {
            return true;
        }
        return switch (t.pos()) {
            case "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "PART" -> false;
            default -> true;
        };
    }

    private static boolean shapedLikeName(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            boolean lowerAfterHyphen = c == '-' && i + 1 < w.length() && Character.isLowerCase(w.charAt(i + 1));
            if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' || lowerAfterHyphen) {
                return false;
            }
        }
        return capitals < 3 || !Character.isLowerCase(w.charAt(w.length() - 1)) || w.length() > 5;
    }

    /**
     * Whether most words of a sentence are capitalised, as in a headline: names there cannot be told apart
     * from the other words by their capital letters.
     */
    static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 7;
    }
}
