package org.dealgraph.analyse;

import java.util.List;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Token;

/**
 * Where words stand in a sentence, for {@link DescriptorFinder} to choose what a description such as "the
 * company" refers to: the organization a sentence speaks of as an actor ("Acme said", "Acme has raised",
 * "Acme's chips are…") before one it names in passing ("a deal with Acme", "Acme-backed B").
 */
final class Salience {

    /** How many proper nouns of a title and a name may stand between an organization and its person's verb. */
    private static final int NAMED_REACH = 5;
    private static final java.util.Set<String> CALENDAR = DateGrammar.forms();

    private Salience() {
    }

    /**
     * Whether the organization {@code m} acts as a subject: it opens the sentence before an apposition ("Acme, a
     * chip startup, said"), a verb follows it, past adverbs, with no preposition governing it ("Acme said", "Acme
     * has also raised"), or, possessive, it opens a noun phrase before the sentence's first verb with no
     * preposition before it ("Acme's chips are", "In 2024, Acme's revenue grew"). An organization before its
     * person's title and name acts through them: "Acme CEO Jane Doe announced".
     */
    static boolean subjectLike(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int first = firstFrom(tokens, m.span().start());
        int after = firstFrom(tokens, m.span().end());
        if (after < tokens.size() && tokens.get(after).text().equals("-")) {
            return false;
        }
        boolean possessive = Cue.POSSESSIVE.has(m.text().substring(Math.max(0, m.text().length() - 2)))
                || after < tokens.size() && possessive(tokens.get(after));
        if (possessive) {
            if (first > 0 && tokens.get(first - 1).pos().equals("ADP")) {
                return false;
            }
            return tokens.subList(0, Math.min(first, tokens.size())).stream().noneMatch(Salience::verb);
        }
        if (first == 0 && after < tokens.size() && tokens.get(after).text().equals(",")) {
            return true;
        }
        int named = after;
        while (named < tokens.size() && named < after + NAMED_REACH && (tokens.get(named).pos().equals("PROPN")
                || Cue.TITLE_AT.has(tokens.get(named).text()))) {
            named++;
        }
        return !governed(tokens, first) && (verbFollows(tokens, after) || named - after >= 2 && verbFollows(tokens, named));
    }

    /**
     * Whether any preposition stands before the group the organization {@code m} stands in: "a deal with A and B",
     * "P, formerly of A", "senior moves at A" name it in passing.
     */
    static boolean inPassing(Sentence s, Mention m) {
        int k = beforeGroup(s.tokens(), firstFrom(s.tokens(), m.span().start()));
        return k >= 0 && s.tokens().get(k).pos().equals("ADP");
    }

    /**
     * Whether a preposition governs the group the token at {@code first} stands in, past the names, commas and
     * "and" before it: "with A and B also taking part" makes no actor of B. A day or month ends the walk: "on
     * Tuesday, Acme CEO P announced" governs no Acme.
     */
    private static boolean governed(List<Token> tokens, int first) {
        int k = beforeGroup(tokens, first);
        return k >= 0 && Cue.OBJECT_PREPOSITION.has(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The index of the token before the group of names that the token at {@code first} stands in, or -1. */
    private static int beforeGroup(List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("PROPN") && !CALENDAR.contains(tokens.get(k).text())
                || tokens.get(k).pos().equals("CCONJ") || tokens.get(k).text().equals(","))) {
            k--;
        }
        return k;
    }

    /** Whether a verb stands at {@code k}, past adverbs: the words from {@code k} go on as a clause's predicate. */
    static boolean verbFollows(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && tokens.get(j).pos().equals("ADV")) {
            j++;
        }
        return j < tokens.size() && verb(tokens.get(j));
    }

    static boolean possessive(Token t) {
        return Cue.POSSESSIVE.has(t.text());
    }

    /** The index of the first token starting at or after {@code offset}. */
    static int firstFrom(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    private static boolean verb(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX");
    }
}
