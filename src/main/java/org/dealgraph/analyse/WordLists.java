package org.dealgraph.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.Token;

/**
 * The word lists the name finders share, each read once from its data file and checked there: names,
 * places, products (whose makers the gazetteer must know), sentence openers, the suffixes of
 * {@link OrganizationSuffixes}, the organization nouns of {@code org-descriptors.tsv} and the verbs of
 * {@code org-verbs.tsv}.
 */
final class WordLists {

    private static final List<String> DESCRIPTOR_USES = List.of("context", "description", "maker");

    /** Given names, each also without its accents ("Sebastien" for "Sébastien"), as articles often drop them. */
    final Set<String> firstNames = withPlainLetters(Lexicon.words("first-names.txt"));
    final Set<String> surnames = Lexicon.words("surnames.txt");
    final Set<String> honorifics = Lexicon.words("honorifics.txt");
    final Set<String> speechVerbs = Lexicon.words("speech-verbs.txt");
    final Set<String> places = Lexicon.words("places.txt");
    final Map<String, String> products;
    final Set<String> openers = Lexicon.words("sentence-openers.txt");
    final Set<String> orgSuffixes;
    final Set<String> legalSuffixes;
    /** Nouns after which a name is an organization ("AI startup Northwind"). */
    final Set<String> descriptors;
    /** Heads of descriptions ("the company") with the organization types each fits. */
    final Map<String, Set<String>> descriptionTypes;
    /** The field a description names ("chips" for "chipmaker"), by its noun. */
    final Map<String, String> descriptionFields;
    /** Heads that "the <product> <head>" makes the product's maker ("the ChatGPT maker"). */
    final Set<String> makerHeads;
    final Set<String> orgVerbs;
    final Set<String> dealVerbs;
    final Set<String> calendar = DateGrammar.forms();
    final Set<String> generic = Lexicon.words("generic-names.txt");

    WordLists(Gazetteer gazetteer) {
        OrganizationSuffixes suffixes = OrganizationSuffixes.load();
        this.orgSuffixes = suffixes.nameEnds();
        this.legalSuffixes = suffixes.legal();
        this.products = products(gazetteer);
        List<Row> nouns = descriptorRows();
        this.descriptors = firstColumn(nouns, row -> row.items(1, ",").contains("context"));
        this.makerHeads = firstColumn(nouns, row -> row.items(1, ",").contains("maker"));
        this.descriptionTypes = nouns.stream().filter(row -> row.has(2))
                .collect(Collectors.toUnmodifiableMap(row -> row.get(0), row -> Set.copyOf(row.items(2, ","))));
        this.descriptionFields = nouns.stream().filter(row -> row.has(3))
                .collect(Collectors.toUnmodifiableMap(row -> row.get(0), row -> row.get(3)));
        List<Row> verbs = Lexicon.read("org-verbs.tsv", Column.required("verb").unique(),
                Column.optional("kind").oneOf(List.of("deal")));
        this.orgVerbs = firstColumn(verbs, row -> true);
        this.dealVerbs = firstColumn(verbs, row -> row.has(1));
    }

    private static Set<String> withPlainLetters(Set<String> names) {
        Set<String> all = new HashSet<>(names);
        for (String name : names) {
            all.add(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return Set.copyOf(all);
    }

    private static Set<String> firstColumn(List<Row> rows, Predicate<Row> which) {
        return rows.stream().filter(which).map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The type a description gives when it refers to an organization the article introduces as newly made ("a new
     * company, X", "a newly formed venture called X"): "the venture" is that one, however far back.
     */
    static final String NEW = "new";

    /** The rows of {@code org-descriptors.tsv}: a description, and only a description, gives its types. */
    private static List<Row> descriptorRows() {
        Set<String> fits = new HashSet<>(Gazetteer.types());
        fits.add("any");
        fits.add(NEW);
        List<Row> rows = Lexicon.read("org-descriptors.tsv", Column.required("noun").unique(),
                Column.required("uses").eachOf(",", DESCRIPTOR_USES), Column.optional("types").eachOf(",", fits),
                Column.optional("field"));
        for (Row row : rows) {
            if (row.items(1, ",").contains("description") != row.has(2)) {
                throw row.error("'" + row.get(0) + "': a description needs types, and only a description has them");
            }
            if (row.has(3) && !row.has(2)) {
                throw row.error("'" + row.get(0) + "': only a description names a field");
            }
        }
        return rows;
    }

    /** Products mapped to their maker's canonical name, or to "" when the file names none. */
    private static Map<String, String> products(Gazetteer gazetteer) {
        Map<String, String> products = new HashMap<>();
        for (Row row : Lexicon.read("products.tsv", Column.required("product").unique(), Column.optional("maker"))) {
            if (row.has(1) && !gazetteer.isCanonical(row.get(1))) {
                throw row.error("unknown maker '" + row.get(1) + "' (not a canonical name of organizations.tsv)");
            }
            products.put(row.get(0), row.get(1));
        }
        return Map.copyOf(products);
    }

    /**
     * "… said it raised $50 million", "… announced on Monday that it had acquired B": whether a thing's pronoun at
     * {@code k} (past a day or month of saying and "that") does a deal, which makes the speaker before it an
     * organization, not a person ("P said it was fair" stays a person).
     */
    boolean speaksOfItsDeal(List<Token> tokens, int k) {
        int i = k;
        if (i + 1 < tokens.size() && (tokens.get(i).text().equals("on") || tokens.get(i).text().equals("in"))
                && calendar.contains(tokens.get(i + 1).text())) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).text().equals("that")) {
            i++;
        }
        if (i >= tokens.size() || !Cue.THING_PRONOUN.has(tokens.get(i).text())) {
            return false;
        }
        int verb = i + 1;
        while (verb < tokens.size() && verb <= i + 2 && tokens.get(verb).pos().equals("AUX")) {
            verb++;
        }
        return verb < tokens.size() && dealVerbs.contains(tokens.get(verb).text());
    }

    /** Words that are never a name on their own: places, products, months and days, openers, generic labels. */
    boolean isNonName(String word) {
        return openers.contains(word) || isNonFamilyName(word);
    }

    /**
     * Whether {@code word} cannot end a person's name after a known given name: a place, product, date or generic
     * word. A word that only opens sentences may ("Omar Said").
     */
    boolean isNonFamilyName(String word) {
        return places.contains(word) || products.containsKey(word) || calendar.contains(word) || generic.contains(word);
    }

    /**
     * Whether token {@code i} may be part of a proper name: capitalised (or a small letter before a capital, "eSelf")
     * and made of letters, fewer digits after them ("Cars24"), and inner marks (hyphens,
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
        if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",") && Cue.APPOSITION_OPENER.has(tokens.get(i + 2).text())) {
            // "Rask, a Helsinki startup, …": what an apposition describes is named, whatever the tagger says.
            return true;
        }
        return switch (t.pos()) {
            case "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "PART" -> false;
            default -> true;
        };
    }

    /**
     * The dot of an initial inside a name ("Jane Q. Doe", "T. Rowe Price"), split off by the tokenizer, with a
     * name part after it.
     */
    static boolean isInitialDot(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).text().equals(".") && isInitial(tokens.get(i - 1).text()) && i + 1 < tokens.size()
                && tokens.get(i).span().start() == tokens.get(i - 1).span().end() && isNamePart(tokens, i + 1);
    }

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** A family name that an article or a particle opens in small letters: "al-Farsi", "el-Amin", "bin-Saleh". */
    private static final Pattern PREFIXED_FAMILY_NAME = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-\\p{Lu}\\p{Ll}+");

    /** A given name of two short syllables joined by a hyphen, as Korean names are written: "Ji-woo", "Min-jun". */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}-\\p{Ll}{2,4}");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /** Initials of a name written as one word: "J.R.", "A.J.". Places are written so too ("U.S."): callers check. */
    static boolean isInitials(String w) {
        return INITIALS.matcher(w).matches();
    }

    /** An initial of a name: one capital letter, or one with its dot ("N", "N."); not the words "A" and "I". */
    static boolean isInitial(String w) {
        return INITIAL.matcher(w).matches() && !w.startsWith("A") && !w.startsWith("I");
    }

    private static boolean shapedLikeName(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !innerCapital(w)
                && !(w.indexOf('-') > 0 && PREFIXED_FAMILY_NAME.matcher(w).matches())) {
            return false;
        }
        int capitals = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
            if (Character.isDigit(c) && i > 0) {
                digits++;
                continue;
            }
            boolean lowerAfterHyphen = c == '-' && i + 1 < w.length() && Character.isLowerCase(w.charAt(i + 1))
                    && !HYPHENATED_GIVEN_NAME.matcher(w).matches();
            boolean innerColon = c == ':' && i > 0 && i + 1 < w.length() && Character.isLetter(w.charAt(i - 1))
                    && Character.isLetter(w.charAt(i + 1));
            if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' && !innerColon || lowerAfterHyphen) {
                return false;
            }
        }
        return (digits == 0 || digits < letters - 1) && (capitals < 3 || !Character.isLowerCase(w.charAt(w.length() - 1)) || w.length() > 5);
    }

    /** A name written with a small letter before its first capital ("eSelf", "iRobot"). */
    private static boolean innerCapital(String w) {
        return w.length() >= 4 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                && Character.isLowerCase(w.charAt(2));
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
            } else if (!Cue.HEADLINE_LOWER.has(w) && w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 4;
    }
}
