package org.dealgraph.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.model.Token;

/** The word lists the name finders share, each read once from its data file. */
final class WordLists {

    /** Words a title-case headline leaves in lower case. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of",
            "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "onto", "over", "per",
            "up", "off", "out", "than", "s", "n't", "'s", "’s");

    final Set<String> firstNames = Lexicon.words("first-names.txt");
    final Set<String> surnames = Lexicon.words("surnames.txt");
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
    final Set<String> generic = Lexicon.words("generic-names.txt");

    WordLists() {
        Set<String> deal = new HashSet<>();
        for (String[] row : Lexicon.rows("org-verbs.txt")) {
            if (row.length > 1 && row[1].equals("deal")) {
                deal.add(row[0]);
            }
        }
        this.dealVerbs = Set.copyOf(deal);
    }

    /** Words that are never a name on their own: places, products, months and days, openers, generic labels. */
    boolean isNonName(String word) {
        return places.contains(word) || products.containsKey(word) || calendar.contains(word) || openers.contains(word)
                || generic.contains(word);
    }

    /**
     * Whether token {@code i} may be part of a proper name: capitalised and made of letters (and inner marks: hyphens,
     * dots, apostrophes, a colon between letters as in "Quill:ai").
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
            boolean innerColon = c == ':' && i > 0 && i + 1 < w.length() && Character.isLetter(w.charAt(i - 1))
                    && Character.isLetter(w.charAt(i + 1));
            if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' && !innerColon || lowerAfterHyphen) {
                return false;
            }
        }
        return capitals < 3 || !Character.isLowerCase(w.charAt(w.length() - 1)) || w.length() > 5;
    }

    /**
     * Whether a sentence is written in title case, as a headline: every word but the short function words
     * ("of", "and", "to") is capitalised. Names there cannot be told apart from the other words by their
     * capital letters. A list of names inside an ordinary sentence is not title case: its verbs are lower case.
     */
    static boolean isTitleCase(List<Token> tokens) {
        int capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!FUNCTION_WORDS.contains(w) && w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 4;
    }
}
