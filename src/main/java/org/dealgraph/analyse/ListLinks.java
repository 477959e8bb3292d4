package org.dealgraph.analyse;

import java.util.List;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Token;

/**
 * The links of a list (",", "and", "or", "&", and ", and"): whether a run of tokens stands in a list next to a
 * mention of a given type ("Contoso, Northwind and Fabrikam", "Jane Doe and John Roe"). The organization and
 * person finders both take a run listed with one of their own as one of their own.
 */
final class ListLinks {

    private ListLinks() {
    }

    /**
     * Whether the run of tokens [a, b) is joined by a list link to a mention of {@code type} among {@code known},
     * on its left ("A, run", "A, and run") or on its right ("run and A", "run, and A").
     */
    static boolean listedWith(List<Token> tokens, int a, int b, List<Mention> known, MentionType type) {
        int before = a >= 3 && tokens.get(a - 2).text().equals(",") && Cue.LIST_LINK.has(tokens.get(a - 1).text())
                ? a - 3 : a - 2;
        boolean left = before >= 0 && Cue.LIST_LINK.has(tokens.get(a - 1).text())
                && mentionAt(tokens.get(before), known, type);
        int right = b + 1 < tokens.size() && tokens.get(b).text().equals(",")
                && Cue.LIST_LINK.has(tokens.get(b + 1).text()) ? b + 2 : b + 1;
        return left || b < tokens.size() && Cue.LIST_LINK.has(tokens.get(b).text()) && right < tokens.size()
                && mentionAt(tokens.get(right), known, type)
                && !(tokens.get(b).text().equals(",") && right == b + 1 && possessiveAt(tokens, right, known, type));
    }

    /**
     * Whether the mention of {@code type} at token {@code t} is a possessive: "P, Acme's president" is a name and its
     * apposition, not a list.
     */
    private static boolean possessiveAt(List<Token> tokens, int t, List<Mention> known, MentionType type) {
        for (Mention m : known) {
            if (m.type() == type && m.span().overlaps(tokens.get(t).span())) {
                int k = t;
                while (k < tokens.size() && tokens.get(k).span().start() < m.span().end()) {
                    k++;
                }
                return k < tokens.size() && Cue.POSSESSIVE.has(tokens.get(k).text());
            }
        }
        return false;
    }

    /** Whether a mention of {@code type} among {@code mentions} overlaps {@code token}. */
    static boolean mentionAt(Token token, List<Mention> mentions, MentionType type) {
        for (Mention m : mentions) {
            if (m.type() == type && m.span().overlaps(token.span())) {
                return true;
            }
        }
        return false;
    }
}
