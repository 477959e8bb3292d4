package org.dealgraph.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dealgraph.model.Token;

/**
 * The context rules that make a capitalised run without an organization suffix an organization: a descriptor
 * noun before it ("AI startup Northwind"), a legal suffix or a descriptor in apposition after it ("Northwind,
 * Inc.", "Northwind, a startup that…", "Northwind, formerly a division of…"), a unit noun before it ("its cloud
 * arm Northwind") or after it behind an owner ("Acme's Northwind unit"), "shares of" before it, a place before
 * it ("Oslo-based Northwind"), an agreement it is party to ("a supply contract with Northwind Data"), a takeover
 * or stake it is the object of ("the acquisition of Northwind", "a stake in Northwind"), a company-wide title it
 * follows ("chairman of Northwind Foods"), a valuation after it ("Northwind, valued at $2 billion,") or around it ("values Northwind at $2 billion"), a deal verb next to it ("Northwind has closed", "Northwind, which
 * bought…", "Northwind, which Acme bought…", "acquired Northwind"), a deal it says it did ("Northwind said on
 * Monday it had raised…"), a title after "where" ("Northwind, where she had been CEO"), the buyer "sold to"
 * names ("B was sold to Northwind"), or a passive "founded" after it ("Northwind, founded by…"). A run right
 * after a noun for a product ("the video tool Lumora") is a product's name, whatever follows. Each rule has a
 * name that the mention carries as its provenance.
 */
final class ContextRules {

    /** How far after the article of an apposition its descriptor may stand: ", a fast-growing AI startup". */
    private static final int APPOSITION_REACH = 6;
    /** How many bridging words may stand between a name and "founded": "Northwind, which was originally founded". */
    private static final int FOUNDED_BRIDGE_REACH = 4;
    /** How many words of an amount may stand between a deal verb and its preposition. */
    private static final int AMOUNT_REACH = 6;
    /** How many modifiers may stand between an owner's possessive and its unit noun. */
    private static final int UNIT_REACH = 3;
    /** How many words may stand between a name's comma and "valued at": ", which was most recently valued at". */
    private static final int VALUED_BRIDGE_REACH = 4;
    private static final String CURRENCY_SYMBOLS = Currencies.symbols();
    /** How far after "where" the title of a place of work may stand: ", where she had been a senior engineer". */
    private static final int WHERE_TITLE_REACH = 7;

    private final WordLists words;

    ContextRules(WordLists words) {
        this.words = words;
    }

    /** The name of the context rule that makes the run [a, b) an organization, or null when none does. */
    String rule(List<Token> tokens, int a, int b) {
        String before = a > 0 ? tokens.get(a - 1).text() : "";
        if (Cue.PRODUCT_NOUN.has(before)) {
            return null;
        }
        if (words.descriptors.contains(before)) {
            return "org-descriptor";
        }
        if (unitNounBefore(tokens, a)) {
            return "org-unit";
        }
        if (a > 0 && b < tokens.size() && Cue.POSSESSIVE.has(before) && Cue.UNIT_NOUN.has(tokens.get(b).text())) {
            return "org-owned-unit";
        }
        if (ownsUnit(tokens, a, b) || namedOwnerOfUnit(tokens, a, b, before)) {
            return "org-unit-owner";
        }
        if (ownsCompanyTitle(tokens, b) && capitalisedName(tokens, a, b)) {
            return "org-title-owner";
        }
        if (ownedPrefix(tokens, a, before) && capitalisedName(tokens, a, b)) {
            return "org-owned";
        }
        if (b + 1 < tokens.size() && tokens.get(b).text().equals("-") && Cue.OWNED_PREFIX.has(tokens.get(b + 1).text())
                && capitalisedName(tokens, a, b)) {
            return "org-owner-prefix";
        }
        if (b + 1 < tokens.size() && tokens.get(b).text().equals(",") && words.legalSuffixes.contains(tokens.get(b + 1).text())) {
            return "org-legal-suffix";
        }
        if (descriptorInApposition(tokens, b)) {
            return "org-apposition";
        }
        if (descriptorBefore(tokens, a, b)) {
            return "org-apposition-after";
        }
        if (foundedAfter(tokens, b)) {
            return "org-founded";
        }
        if (before.equals("of") && a > 1 && Cue.HOLDING.has(tokens.get(a - 2).text())) {
            return "org-shares";
        }
        if ((before.equals("of") || before.equals("in")) && a > 1 && Cue.INVESTOR_NOUN.has(tokens.get(a - 2).text())
                && joinable(tokens, a, b)) {
            return "org-investor-of";
        }
        if (titleOf(tokens, a, before)) {
            return "org-title-of";
        }
        if (before.equals("at") && a > 1 && Cue.TITLE_AT.has(tokens.get(a - 2).text()) && joinable(tokens, a, b)) {
            return "org-title-at";
        }
        if (a > 1 && taken(tokens.get(a - 2).text().toLowerCase(Locale.ROOT), before)
                && !modifies(tokens, a, b) && !(b - a == 1 && tokens.get(a).pos().equals("ADJ"))) {
            return "org-deal-object";
        }
        if (based(tokens, a, before) && !modifies(tokens, a, b)) {
            return "org-based";
        }
        if (a > 2 && Cue.PARTY_PREPOSITION.has(before) && dealNounBefore(tokens, a - 2)) {
            return "org-deal-party";
        }
        if (before.equals("to") && a > 1 && Cue.SELLING_VERB.has(tokens.get(a - 2).text()) && joinable(tokens, a, b)) {
            return "org-sold-to";
        }
        if (Cue.BODY_VERB.has(before) && (joinable(tokens, a, b) || Cue.FOUNDED_WORD.has(before) && b < tokens.size()
                && tokens.get(b).text().equals("with") && joinable(tokens, a, b, false))) {
            return "org-body-object";
        }
        if (whichDoes(tokens, b) && joinable(tokens, a, b)) {
            return "org-which";
        }
        if (whereTitled(tokens, b) && joinable(tokens, a, b)) {
            return "org-where-title";
        }
        if ((valuedAfter(tokens, b) || Cue.VALUING.has(before) && amountAt(tokens, b)) && capitalisedName(tokens, a, b)) {
            return "org-valued";
        }
        if (b < tokens.size() && words.speechVerbs.contains(tokens.get(b).text()) && words.speaksOfItsDeal(tokens, b + 1)
                && capitalisedName(tokens, a, b)) {
            return "org-speaks-of-its-deal";
        }
        return dealVerbAfter(tokens, b) || dealVerbBefore(tokens, a, before) ? "org-deal-verb" : null;
    }

    /** ", where she had been CEO", ", where he was an engineer": a place of work whose title follows "where". */
    private static boolean whereTitled(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text().equals(",") || !tokens.get(b + 1).text().equals("where")) {
            return false;
        }
        for (int k = b + 2; k < tokens.size() && k <= b + WHERE_TITLE_REACH; k++) {
            if (Cue.TITLE_AT.has(tokens.get(k).text())) {
                return true;
            }
            if (tokens.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** ", which developed …", ", which also makes …" right after the run ({@link Cue#WHICH_ORG_VERB}). */
    static boolean whichDoes(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text().equals(",") || !tokens.get(b + 1).text().equals("which")) {
            return false;
        }
        int k = b + 2;
        while (k < tokens.size() && k < b + 4 && Cue.VERB_COMPANION.has(tokens.get(k).text())) {
            k++;
        }
        return k < tokens.size() && Cue.WHICH_ORG_VERB.has(tokens.get(k).text());
    }

    /**
     * What one joins or founds, or works at under a title ("a vice president at Northwind"), named by proper nouns
     * ("joined Northwind in 2021", "joins Northwind Robotics as CTO", "co-founded Northwind"): not a lone family name or a place ("joined Paris"), nor someone joined
     * somewhere ("joined Marsh on stage"), nor a run a possessive ends ("joined Northwind's board" names the
     * owner, which other rules find).
     */
    private boolean joinable(List<Token> tokens, int a, int b) {
        return joinable(tokens, a, b, true);
    }

    /**
     * As above; without {@code joinedPerson}, also when a word that could say a person was joined follows: what
     * one founds "with" someone is still what one founds ("co-founded Northwind with P").
     */
    private boolean joinable(List<Token> tokens, int a, int b, boolean joinedPerson) {
        for (int i = a; i < b; i++) {
            if (!tokens.get(i).pos().equals("PROPN") && !capitalisedNoun(tokens, i)) {
                return false;
            }
        }
        String first = tokens.get(a).text();
        return !(b - a == 1 && (words.surnames.contains(first) || words.places.contains(first)))
                && !(b < tokens.size() && (Cue.POSSESSIVE.has(tokens.get(b).text())
                        || joinedPerson && Cue.JOINED_PERSON_AFTER.has(tokens.get(b).text())));
    }

    /** A capitalised noun inside the sentence, where the tagger has not seen the name: "an executive at Quorvane". */
    private static boolean capitalisedNoun(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        return i > 0 && (tokens.get(i).pos().equals("NOUN") || tokens.get(i).pos().equals("ADJ"))
                && Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * "chairman of Northwind Foods", "the former CEO of Northwind", "ex-CEO of Northwind": a company-wide title and
     * "of" right before the run; not a few words after "as" ("her role as the company's CEO of Consumer" may name
     * a unit).
     */
    private static boolean titleOf(List<Token> tokens, int a, String before) {
        if (!before.equals("of") || a < 2) {
            return false;
        }
        String title = tokens.get(a - 2).text().replaceFirst("^(?i)ex-", "");
        if (!Cue.TITLE_OF.has(title)) {
            return false;
        }
        for (int k = a - 3; k >= 0 && k >= a - 6; k--) {
            if (tokens.get(k).text().equalsIgnoreCase("as")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Northwind's cloud business", "Northwind's robotics unit", "Northwind's parent company": the run has an owner
     * ({@link Cue#OWNER_NOUN}) right after its possessive, or owns a unit noun that a word or two of what the unit
     * does set apart from the possessive, past words the tagger may take for verbs ("cloud"). A capitalised run,
     * not a lone given name, family name or place ("China's chip arm"), and no bare "X's business", which may be a
     * person's.
     */
    private boolean ownsUnit(List<Token> tokens, int a, int b) {
        if (b + 2 >= tokens.size() || !Cue.POSSESSIVE.has(tokens.get(b).text()) || !capitalisedName(tokens, a, b)) {
            return false;
        }
        if (Cue.OWNER_NOUN.has(tokens.get(b + 1).text())) {
            return true;
        }
        for (int k = b + 1; k < tokens.size() && k <= b + UNIT_REACH; k++) {
            if (Cue.UNIT_NOUN.has(tokens.get(k).text()) && k > b + 1) {
                return true;
            }
            if (Set.of("ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "DET").contains(tokens.get(k).pos())
                    && !hyphenated(tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a unit of Northwind", "the cloud arm of Northwind", "a Northwind subsidiary": a capitalised run after a unit
     * noun and "of", or between an article and a unit noun, names the unit's owner. "business" is left out: "the
     * business of", "a Texas business" name no owner.
     */
    private boolean namedOwnerOfUnit(List<Token> tokens, int a, int b, String before) {
        if (before.equals("of")) {
            return a > 1 && ownersUnit(tokens.get(a - 2).text()) && capitalisedName(tokens, a, b);
        }
        return b < tokens.size() && ownersUnit(tokens.get(b).text()) && Cue.APPOSITION_OPENER.has(before.toLowerCase(Locale.ROOT))
                && capitalisedName(tokens, a, b);
    }

    /**
     * "Northwind's CEO", "Northwind's chief financial officer": a possessive, then a company-wide title ({@link
     * Cue#TITLE_OF}), or "chief" and such a title within two words ("chief of staff", "chief strategist" may be a
     * person's).
     */
    private static boolean ownsCompanyTitle(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || !Cue.POSSESSIVE.has(tokens.get(b).text())) {
            return false;
        }
        String title = tokens.get(b + 1).text();
        if (Cue.TITLE_OF.has(title)) {
            return true;
        }
        for (int k = b + 2; title.equalsIgnoreCase("chief") && k < tokens.size() && k <= b + 3; k++) {
            if (Cue.TITLE_OF.has(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownersUnit(String word) {
        return Cue.UNIT_NOUN.has(word) && !word.equals("business");
    }

    /** "Northwind-owned", "state-controlled" (one token or three) right before the run. */
    private static boolean ownedPrefix(List<Token> tokens, int a, String before) {
        return Cue.OWNED_PREFIX.has(before) && a > 1 && tokens.get(a - 2).text().equals("-")
                || before.indexOf('-') > 0 && Cue.OWNED_PREFIX.has(before.substring(before.lastIndexOf('-') + 1));
    }

    /**
     * A deal noun at {@code k}, or before its worth there: "a deal with", "a deal worth $2 billion with", "deals
     * valued at a combined $9 billion with".
     */
    private static boolean dealNounBefore(List<Token> tokens, int k) {
        int j = k;
        boolean number = false;
        while (j > 0 && j >= k - AMOUNT_REACH && (amountPart(tokens.get(j)) || tokens.get(j).text().equals("combined"))) {
            number |= tokens.get(j).pos().equals("NUM") || Character.isDigit(tokens.get(j).text().charAt(0));
            j--;
        }
        if (number && tokens.get(j).text().equals("valued") && tokens.get(j + 1).text().equals("at")
                || number && tokens.get(j).text().equals("worth")) {
            j--;
        } else if (j != k) {
            return false;
        }
        return j >= 0 && Cue.DEAL_NOUN.has(tokens.get(j).text().toLowerCase(Locale.ROOT));
    }

    /** A capitalised run that is no determiner or pronoun, nor a lone given name, family name or place. */
    private boolean capitalisedName(List<Token> tokens, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0)) || Set.of("DET", "PRON").contains(tokens.get(i).pos())) {
                return false;
            }
        }
        String first = tokens.get(a).text();
        return !(b - a == 1 && (words.surnames.contains(first) || words.places.contains(first)
                || words.firstNames.contains(first)));
    }

    /**
     * ", valued at $2 billion", ", which was last valued at $2 billion", " is valued at about $2 billion" right after
     * the run: what is valued at an amount is a company. A comma, a few words of {@link Cue#VALUED_BRIDGE}, "valued
     * at", then an amount.
     */
    private static boolean valuedAfter(List<Token> tokens, int b) {
        int k = b < tokens.size() && tokens.get(b).text().equals(",") ? b + 1 : b;
        int bridge = k;
        while (k < tokens.size() && k < bridge + VALUED_BRIDGE_REACH && Cue.VALUED_BRIDGE.has(tokens.get(k).text())) {
            k++;
        }
        return k > b && k + 2 < tokens.size() && tokens.get(k).text().equals("valued") && amountAt(tokens, k + 1);
    }

    /** "at" and an amount at {@code k}: what "values Northwind at $4 billion" values is a company. */
    private static boolean amountAt(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).text().equals("at")) {
            return false;
        }
        for (int m = k + 1; m < tokens.size() && m <= k + AMOUNT_REACH && amountPart(tokens.get(m)); m++) {
            String text = tokens.get(m).text();
            if (Character.isDigit(text.charAt(0)) || CURRENCY_SYMBOLS.indexOf(text.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A unit noun right before the run, or before a dash that opens it: "its cloud arm — Northwind". */
    private static boolean unitNounBefore(List<Token> tokens, int a) {
        int k = a - 1;
        if (k >= 1 && (tokens.get(k).text().equals("—") || tokens.get(k).text().equals("–"))) {
            k--;
        }
        return k >= 0 && Cue.UNIT_NOUN.has(tokens.get(k).text());
    }

    /** A noun of taking over or into a company with its preposition: "acquisition of", "stake in". */
    static boolean taken(String noun, String preposition) {
        return preposition.equals("of") && Cue.TAKEN_OF.has(noun) || preposition.equals("in") && Cue.TAKEN_IN.has(noun);
    }

    /**
     * ", a startup that…", ", the robotics maker", ", formerly a division of…", " is the firm founded by…": an
     * article after a comma (and an adverb of time) or a copula, then a descriptor within reach that owns nothing ("is the company's CEO" says what a person is).
     */
    /**
     * ", the investment firm of…": an apposition whose own noun phrase, before any preposition or person's title,
     * ends in a descriptor that no "who" follows ("P, a designer who…" is a person); stricter than {@link #descriptorInApposition}, which also reads "a partner with the
     * firm".
     */
    boolean describedAsOrganization(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text().equals(",") || !Cue.APPOSITION_OPENER.has(tokens.get(b + 1).text())) {
            return false;
        }
        for (int i = b + 2; i < tokens.size() && i < b + 2 + APPOSITION_REACH; i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("ADP") || t.text().equals(",")) {
                return false;
            }
            if (Cue.TITLE_AT.has(t.text())) {
                return false;
            }
            boolean ends = i + 1 == tokens.size() || !tokens.get(i + 1).pos().equals("NOUN")
                    && !Cue.POSSESSIVE.has(tokens.get(i + 1).text());
            boolean person = i + 1 < tokens.size() && Cue.PERSON_RELATIVE.has(tokens.get(i + 1).text());
            if (words.descriptors.contains(t.text()) && ends && !person) {
                return true;
            }
        }
        return false;
    }

    boolean descriptorInApposition(List<Token> tokens, int b) {
        int opener = b + 1;
        if (opener + 1 < tokens.size() && (tokens.get(b).text().equals(",") || Cue.COPULA.has(tokens.get(b).text()))
                && Cue.APPOSITION_ADVERB.has(tokens.get(opener).text())) {
            opener++;
        }
        if (opener + 1 >= tokens.size() || !tokens.get(b).text().equals(",") && !Cue.COPULA.has(tokens.get(b).text())
                || !Cue.APPOSITION_OPENER.has(tokens.get(opener).text())) {
            return false;
        }
        for (int i = opener + 1, seen = 0; i < tokens.size() && seen < APPOSITION_REACH; i++) {
            if (words.descriptors.contains(tokens.get(i).text()) || unitEndsPhrase(tokens, i)) {
                return !(i + 1 < tokens.size() && Cue.POSSESSIVE.has(tokens.get(i + 1).text()))
                        && !personsTitle(tokens, opener + 1, i);
            }
            if (Cue.APPOSITION_OPENER.has(tokens.get(i).text())) {
                return false;
            }
            seen += hyphenated(tokens, i) ? 0 : 1;
        }
        return false;
    }

    /**
     * "a unit of…", "a Northwind subsidiary,": a unit noun that ends its noun phrase ("the business editor" is a
     * person's title).
     */
    private static boolean unitEndsPhrase(List<Token> tokens, int i) {
        return Cue.UNIT_NOUN.has(tokens.get(i).text())
                && (i + 1 >= tokens.size() || !Set.of("NOUN", "PROPN").contains(tokens.get(i + 1).pos()));
    }

    /**
     * "a former Northwind partner", "a partner at Northwind": a descriptor that is also a person's title
     * ({@link Cue#TITLE_DESCRIPTOR}) after an employer's capitalised name, or before "at", describes a person.
     */
    private static boolean personsTitle(List<Token> tokens, int from, int i) {
        if (!Cue.TITLE_DESCRIPTOR.has(tokens.get(i).text())) {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals("at");
    }

    /**
     * "a new company, Northwind, to build…", "a robotics startup, Northwind.", "her first startup, Northwind,": the
     * run set off by commas right after a descriptor that an indefinite article or an owner's pronoun opens, past its
     * modifiers.
     */
    private boolean descriptorBefore(List<Token> tokens, int a, int b) {
        if (a < 3 || !tokens.get(a - 1).text().equals(",") || !words.descriptors.contains(tokens.get(a - 2).text())) {
            return false;
        }
        boolean closed = b >= tokens.size() || Set.of(",", ".", ";", "(").contains(tokens.get(b).text());
        for (int k = a - 3; closed && k >= 0 && k >= a - 6; k--) {
            String word = tokens.get(k).text();
            if (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || Cue.OWNER_PRONOUN.has(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Set.of("ADJ", "NOUN").contains(tokens.get(k).pos()) && !hyphenated(tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Northwind, founded by…", "Northwind was established in 2019", "Northwind, which was founded…": a passive
     * founded-word after the run, with at least one bridging word between (an active "P founded A" is a person's).
     */
    private static boolean foundedAfter(List<Token> tokens, int b) {
        int i = b;
        while (i < tokens.size() && i < b + FOUNDED_BRIDGE_REACH && Cue.FOUNDED_BRIDGE.has(tokens.get(i).text())) {
            i++;
        }
        return i > b && i < tokens.size() && Cue.FOUNDED_WORD.has(tokens.get(i).text());
    }

    /** A hyphen, or the word a hyphen joins to the one before: "Paris - based" counts as one word. */
    private static boolean hyphenated(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("-") || i > 0 && tokens.get(i - 1).text().equals("-");
    }

    /** "Oslo-based" (one token) or "Oslo - based" (three) right before the run. */
    private static boolean based(List<Token> tokens, int a, String before) {
        return before.endsWith("-based") || a > 1 && before.equals("based") && tokens.get(a - 2).text().equals("-");
    }

    /** Whether a descriptor ends or opens the run's phrase, so the place names a kind ("Oslo-based startup"). */
    private boolean modifies(List<Token> tokens, int a, int b) {
        return b < tokens.size() && words.descriptors.contains(tokens.get(b).text())
                || words.descriptors.contains(tokens.get(a).text());
    }

    private boolean dealVerbAfter(List<Token> tokens, int b) {
        int next = b + 1 < tokens.size() && tokens.get(b).text().equals(",") && tokens.get(b + 1).text().equals("which") ? b + 2 : b;
        if (next > b) {
            int name = next;
            while (name < tokens.size() && name < next + 4 && WordLists.isNamePart(tokens, name)) {
                name++;
            }
            next = name;
        }
        while (next < tokens.size() && next < b + 2 && Cue.VERB_COMPANION.has(tokens.get(next).text())) {
            next++;
        }
        return next < tokens.size() && words.dealVerbs.contains(tokens.get(next).text());
    }

    /**
     * A deal verb right before the run, or before the preposition that opens it, past an amount: "acquired
     * Northwind", "invested in Northwind", "invested $1 billion in Northwind".
     */
    private boolean dealVerbBefore(List<Token> tokens, int a, String before) {
        if (words.dealVerbs.contains(before)) {
            return true;
        }
        if (a < 2 || !Cue.OBJECT_PREPOSITION.has(before)) {
            return false;
        }
        int k = a - 2;
        boolean number = false;
        while (k > 0 && k >= a - 1 - AMOUNT_REACH && amountPart(tokens.get(k))) {
            number |= tokens.get(k).pos().equals("NUM") || Character.isDigit(tokens.get(k).text().charAt(0));
            k--;
        }
        return (k == a - 2 || number) && words.dealVerbs.contains(tokens.get(k).text());
    }

    /** A word of an amount: a number, a currency symbol or a word of {@link Cue#AMOUNT_WORD}. */
    private static boolean amountPart(Token token) {
        String text = token.text();
        return token.pos().equals("NUM") || Character.isDigit(text.charAt(0)) || Cue.AMOUNT_WORD.has(text)
                || CURRENCY_SYMBOLS.indexOf(text.charAt(0)) >= 0;
    }
}
