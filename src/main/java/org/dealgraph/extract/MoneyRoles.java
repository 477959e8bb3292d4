package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * What each amount of a sentence is ({@code money.tsv}, loaded once): a valuation, some other figure
 * (revenue, spending, a total since a date: "had raised $45m since 2021"), an alternative of the amount before
 * it ("$38bn (£29bn)"), or an amount that a
 * deal, investment, round or acquisition may take.
 */
final class MoneyRoles {

    enum Role { AMOUNT, VALUATION, OTHER, ALTERNATIVE }

    private record Context(Role role, boolean before, List<String> words) {
    }

    /** The roles a row of {@code money.tsv} gives its phrases, in the file's lower case. */
    private static final List<String> FILE_ROLES = List.of("amount", "valuation", "other");
    private static final int GAP = 2;
    /** How far before an amount "worth" or "valued" may stand, past "at" and qualifiers: "valued at up to $X". */
    private static final int VALUE_CUE_REACH = 5;
    private static final Set<String> VALUE_VERBS = WordLists.get("value-verbs");
    private static final Set<String> HEARSAY_LINKS = WordLists.get("hearsay-links");
    private static final Set<String> UNIT_PRICE_WORDS = WordLists.get("unit-price-words");

    private final PhraseIndex<Context> contexts;

    private MoneyRoles(List<Context> contexts) {
        this.contexts = new PhraseIndex<>(contexts, Context::words);
    }

    static MoneyRoles load() {
        return load(Lexicon.BASE + "money.tsv");
    }

    /** The context phrases of the classpath resource {@code resource}: a role of {@link #FILE_ROLES}, a side, the phrases. */
    static MoneyRoles load(String resource) {
        List<Context> all = new ArrayList<>();
        for (Row row : Lexicon.read(resource, Column.required("role").oneOf(FILE_ROLES), Lexicon.SIDE,
                Column.required("phrases"))) {
            Role role = Role.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            for (List<String> phrase : Lexicon.phrases(row.get(2))) {
                all.add(new Context(role, Lexicon.before(row, 1), phrase));
            }
        }
        return new MoneyRoles(all);
    }

    /**
     * The role of the money chunk at {@code i}: the longest context phrase next to it decides, except that a
     * value said of a deal ("a contract with OpenAI worth about $300bn": a deal noun, then only the parties it
     * is with, before the words) is the deal's amount; so is one said of an acquisition noun ("the acquisition,
     * valued at $X"). {@code dealNounsEnd} holds the chunk indices where deal and acquisition nouns end (exclusive).
     */
    Role roleOf(ChunkedSentence s, int i, Set<Integer> dealNounsEnd) {
        Role role = roleOf(s, i);
        if (role != Role.VALUATION) {
            return role;
        }
        int cue = valueCueBefore(s, i);
        return cue >= 0 && saidOfDeal(s, cue, dealNounsEnd) ? Role.AMOUNT : role;
    }

    /** Where "worth" or "valued at" starts, a few qualifiers before the amount at {@code i}; -1 without one. */
    private static int valueCueBefore(ChunkedSentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - VALUE_CUE_REACH; k--) {
            if (s.get(k).isWord("worth") || (s.get(k).isWord("valued") && s.wordAt(k + 1, Set.of("at")))) {
                return onlyQualifiers(s, k + (s.get(k).isWord("valued") ? 2 : 1), i) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * A deal noun ends right before {@code cue} or before a comma that opens it ("the agreement, valued at"), before
     * a phrase naming its parties ("with A and B"), or before a copula that reports the value ("the deal has been reported to be worth", "the deal is said to be worth").
     */
    private static boolean saidOfDeal(ChunkedSentence s, int cue, Set<Integer> dealNounsEnd) {
        int linked = cue;
        while (linked > 0 && linked > cue - 6 && s.wordAt(linked - 1, HEARSAY_LINKS)) {
            linked--;
        }
        if (linked < cue && dealNounsEnd.contains(linked) || cue > 0 && s.get(cue - 1).isWord(",") && dealNounsEnd.contains(cue - 1)) {
            return true;
        }
        if (linked < cue && linked > 0 && s.get(linked - 1).isWord("and")) {
            return subjectOfJoinedVerb(s, linked - 1, dealNounsEnd);
        }
        for (int k = cue; k >= 0 && k >= cue - 6; k--) {
            if (dealNounsEnd.contains(k)) {
                return true;
            }
            Chunk before = k > 0 ? s.get(k - 1) : null;
            if (before == null || !(before.kind() == Chunk.Kind.ORG || before.isWord("with")
                    || before.isWord("between") || before.isWord("and"))) {
                return false;
            }
        }
        return false;
    }

    /** How far before the "and" of a second verb phrase its subject may stand: "the contract runs for X and is worth". */
    private static final int JOINED_VERB_REACH = 12;

    /**
     * "The contract runs for three years and is worth $X": whether a deal noun is the subject of the verb phrase
     * that the "and" at {@code and} joins to a second one, with no organization or amount between.
     */
    private static boolean subjectOfJoinedVerb(ChunkedSentence s, int and, Set<Integer> dealNounsEnd) {
        for (int k = and; k >= 0 && k >= and - JOINED_VERB_REACH && s.sameClause(k, and); k--) {
            if (dealNounsEnd.contains(k)) {
                return true;
            }
            if (k < and && (s.get(k).isOrg() || s.get(k).kind() == Chunk.Kind.MONEY)) {
                return false;
            }
        }
        return false;
    }

    /** The role of the money chunk at {@code i} from the context phrases alone. */
    Role roleOf(ChunkedSentence s, int i) {
        if (followsAmount(s, i)) {
            return Role.ALTERNATIVE;
        }
        if (s.wordAt(i + 1, Set.of("since")) && i + 2 < s.size() && s.get(i + 2).kind() == Chunk.Kind.DATE) {
            return Role.OTHER;
        }
        if (s.wordAt(i - 1, Set.of("at")) && s.wordAt(i + 1, UNIT_PRICE_WORDS)) {
            // "shares at $20.47 apiece": a price per unit, not what the whole deal is worth
            return Role.OTHER;
        }
        if (valuesAt(s, i)) {
            return Role.VALUATION;
        }
        Context best = null;
        BitSet near = new BitSet();
        int next = after(s, i);
        if (next < s.size()) {
            contexts.startingWith(s.lower(next), near);
        }
        for (int gap = 0; gap <= GAP && i - gap - 1 >= 0; gap++) {
            contexts.endingWith(s.lower(i - gap - 1), near);
        }
        for (int k = near.nextSetBit(0); k >= 0; k = near.nextSetBit(k + 1)) {
            Context c = contexts.get(k);
            if ((best == null || c.words().size() > best.words().size()) && standsBy(s, i, c)) {
                best = c;
            }
        }
        return best == null ? Role.AMOUNT : best.role();
    }

    private static boolean standsBy(ChunkedSentence s, int i, Context c) {
        if (!c.before()) {
            return s.matchAt(after(s, i), c.words()) > 0;
        }
        for (int gap = 0; gap <= GAP; gap++) {
            int begin = i - gap - c.words().size();
            if (begin >= 0 && s.matchAt(begin, c.words()) == i - gap && onlyQualifiers(s, i - gap, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words after the amount at {@code i} start: past the closing bracket of a bracketed amount ("a
     * near-unicorn ($977 million) post-money valuation").
     */
    private static int after(ChunkedSentence s, int i) {
        return i > 0 && s.get(i - 1).isWord("(") && s.wordAt(i + 1, Set.of(")")) ? i + 2 : i + 1;
    }

    /**
     * "a round that values the company at $X", "valuing Acme at about $X": a verb of valuing, its object, "at",
     * then only qualifiers of the amount.
     */
    private static boolean valuesAt(ChunkedSentence s, int i) {
        int at = i - 1;
        while (at >= 2 && !s.get(at).isWord("at") && at >= i - 1 - GAP) {
            at--;
        }
        if (at < 2 || !s.get(at).isWord("at") || !onlyQualifiers(s, at + 1, i)) {
            return false;
        }
        Chunk object = s.get(at - 1);
        return (object.isOrg() || object.isWord("it")) && s.wordAt(at - 2, VALUE_VERBS);
    }

    /** An amount right after another, in brackets or after "or": the same figure in another currency. */
    private static boolean followsAmount(ChunkedSentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Chunk c = s.get(k);
            if (c.kind() == Chunk.Kind.MONEY) {
                return true;
            }
            if (!(c.isWord("(") || c.isWord("or") || c.isWord(",") || c.isWord("about") || c.isWord("roughly")
                    || c.isWord("around") || c.isWord("approximately") || c.isWord("some"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean onlyQualifiers(ChunkedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Chunk c = s.get(k);
            if (!(c.isNominal() || c.pos().equals("ADV") || c.pos().equals("ADP"))) {
                return false;
            }
        }
        return true;
    }
}
