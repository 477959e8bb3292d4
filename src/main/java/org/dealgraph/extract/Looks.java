package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The small looks around a trigger that some {@link Operator}s make beyond {@link ChunkedSentence}'s moves. */
final class Looks {

    /** Nouns of a part of a company that may be sold: "B's robotics division", "the chip business of B". */
    private static final Set<String> SOLD_UNITS = WordLists.get("sold-unit-nouns");
    /** How many words may describe such a part: "B's industrial robotics division". */
    private static final int UNIT_MODIFIERS = 3;

    /** The articles, "the", "a" and "an". */
    static final Set<String> ARTICLES = WordLists.get("articles");
    private static final Set<String> RELATIVE = WordLists.get("relative-pronouns");
    private static final Set<String> COPULAS = WordLists.get("copulas");
    private static final Set<String> COPULA_ADVERBS = WordLists.get("copula-adverbs");
    private static final Set<String> RELATIVE_FILLERS = WordLists.get("relative-fillers");
    private static final Set<String> PASSIVE_BRIDGE = WordLists.get("passive-bridge");
    private static final Set<String> GIVE_VERBS = WordLists.get("give-verbs");
    private static final Set<String> FRONTING = WordLists.get("fronting-words");
    private static final Set<String> COMPANION_LEADS = WordLists.get("companion-leads");
    /** How many words of an apposition may stand between its comma and "where": ", the British chip designer in which". */
    private static final int PLACE_DESCRIPTION = 6;
    private static final Set<String> HOLDING_NOUNS = WordLists.get("holding-nouns");
    private static final Set<String> RECIPIENT_VERBS = WordLists.get("recipient-verbs");
    private static final Set<String> PURPOSE_PREPOSITIONS = WordLists.get("purpose-prepositions");
    /** How far after a licensing word its licensor may stand: "a non-exclusive licence to some of B's technology". */
    private static final int LICENSOR_REACH = 8;
    /** How far after a deal noun's "to" and verb the organization it serves may stand: "to make AI chips for B". */
    private static final int PURPOSE_REACH = 10;
    private static final Set<String> INTENT_BRIDGE = WordLists.get("intent-bridge");
    /** How far after a verb of buying its holding noun may stand: "buy 433.3 million newly issued B shares". */
    private static final int HOLDING_REACH = 8;
    /** How far after the trigger "with" and the companions may stand: past the organization, a date, an apposition. */
    private static final int COMPANION_REACH = 30;
    /** How far after the trigger the colon that opens a list of persons may stand. */
    private static final int COLON_REACH = 8;
    /** How far before "founded" the head of a describing phrase may stand: "A, the Nasdaq-listed former miner founded by". */
    private static final int PASSIVE_PHRASE_REACH = 10;
    /** How long a relative clause between a passive verb and its head may be: "A, which started out …, was founded". */
    private static final int RELATIVE_REACH = 25;

    private Looks() {
    }

    /**
     * "B, which A acquired in 2023", "B, which A and C backed", "B, the investor that A agreed in January to buy": the
     * organization before the comma of a relative clause whose subject group (and fillers such as "has", "later",
     * "agreed to" or a date) stands between the relative word and the verb; the subject may be "it" ("A owns B,
     * which it bought in 2019").
     */
    static List<Integer> relativeObjectHead(ChunkedSentence s, int verb) {
        int k = verb - 1;
        while (k >= 1 && (s.wordAt(k, RELATIVE_FILLERS) || s.wordAt(k, INTENT_BRIDGE) || s.get(k).kind() == Chunk.Kind.DATE)) {
            k--;
        }
        if (k >= 3 && s.get(k).isWord("it")) {
            return headOfRelative(s, k - 1);
        }
        boolean person = k >= 3 && s.get(k).kind() == Chunk.Kind.PERSON;
        if (k < 3 || !s.get(k).isOrg() && !person) {
            return List.of();
        }
        return headOfRelative(s, s.groupEndingAt(k, person).get(0) - 1);
    }

    /**
     * For a relative word at {@code relative}: the organization before its comma, past the noun phrase of an
     * apposition ("B, the infrastructure investor that A agreed to buy"); empty otherwise.
     */
    private static List<Integer> headOfRelative(ChunkedSentence s, int relative) {
        if (relative < 2 || !s.wordAt(relative, RELATIVE)) {
            return List.of();
        }
        int comma = relative - 1;
        boolean described = s.wordAt(relative, Set.of("that"));
        for (int skipped = 0; described && comma >= 1 && skipped < PLACE_DESCRIPTION
                && (s.get(comma).isNominal() || s.get(comma).kind() == Chunk.Kind.TITLE); skipped++) {
            comma--;
        }
        return comma >= 1 && s.get(comma).isWord(",") && s.get(comma - 1).isOrg() ? List.of(comma - 1) : List.of();
    }

    /** "B, which is now owned by A": the organization before the comma of the relative clause the verb is in. */
    static List<Integer> relativeHead(ChunkedSentence s, int verb) {
        boolean relative = false;
        for (int k = verb - 1; k >= 1 && k >= verb - 5; k--) {
            if (s.wordAt(k, RELATIVE)) {
                relative = true;
            } else if (s.get(k).isWord(",")) {
                return relative && s.get(k - 1).isOrg() ? List.of(k - 1) : List.of();
            } else if (!s.wordAt(k, RELATIVE_FILLERS)) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "P, a former engineer who founded A", "P, who also co-founded A": the person that an apposition and "who"
     * before {@code t} (past adverbs and auxiliaries) describe.
     */
    static int personBeforeRelative(ChunkedSentence s, int t) {
        int who = t - 1;
        while (who >= 0 && s.wordAt(who, RELATIVE_FILLERS)) {
            who--;
        }
        if (who < 0 || !s.get(who).isWord("who")) {
            return -1;
        }
        for (int k = who - 1, steps = 0; k >= 0 && steps < 12 && s.sameClause(k, t); k--, steps++) {
            if (s.get(k).kind() == Chunk.Kind.PERSON) {
                return k + 1 < s.size() && (s.get(k + 1).isWord(",") || k + 1 == who) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The organization right before a passive participle: "A, founded by", "A was founded by", and across the noun
     * phrase of an apposition or a copula: "A, an AI startup founded by", "A is an investment firm founded by", or
     * across a relative clause set off by commas: "A, which started out making software, was founded by"; else -1.
     */
    static int passiveHead(ChunkedSentence s, int t) {
        int close = t - 1;
        while (close >= 0 && s.wordAt(close, PASSIVE_BRIDGE) && !s.get(close).isWord(",")) {
            close--;
        }
        if (close >= 0 && s.get(close).isWord(",")) {
            // "A, which started out making software, was founded by": the head of the relative clause before
            for (int j = close - 1; j >= 2 && j >= close - RELATIVE_REACH; j--) {
                if (s.wordAt(j, RELATIVE) && s.get(j - 1).isWord(",") && s.get(j - 2).isOrg() && !s.get(j - 2).possessive()) {
                    return j - 2;
                }
            }
        }
        boolean phrase = false;
        for (int k = t - 1; k >= 0 && k >= t - (phrase ? PASSIVE_PHRASE_REACH : 4); k--) {
            Chunk c = s.get(k);
            if (c.isOrg() && s.wordAt(k + 1, Set.of("-"))) {
                phrase = true; // "the Nasdaq-listed miner founded by": a name that modifies the phrase's noun
                continue;
            }
            if (c.isOrg()) {
                return c.possessive() || phrase && !s.wordAt(k + 1, PASSIVE_BRIDGE) ? -1 : k;
            }
            boolean noun = c.kind() == Chunk.Kind.WORD
                    && (c.pos().equals("NOUN") || c.pos().equals("ADJ") || c.pos().equals("PROPN") || c.isWord("-")
                    || c.isWord("a") || c.isWord("an") || c.isWord("the"));
            if (!s.wordAt(k, PASSIVE_BRIDGE) && !c.pos().equals("ADV") && !noun) {
                return -1;
            }
            phrase |= noun;
        }
        return -1;
    }

    /** How far before its trigger a relative "where" or "in which" may open the clause: "in which A holds a 30% stake". */
    private static final int PLACE_REACH = 8;

    /**
     * "B, where it invested $X", "B, in which A invested", "B, in which A holds a 30% stake", "B, the chip designer
     * in which A holds a stake": the organization a relative "where" points back to, past the noun phrase of an
     * apposition, in the trigger's stretch of text between commas.
     */
    static List<Integer> placeBefore(ChunkedSentence s, int t) {
        for (int k = t - 1; k >= 2 && k >= t - PLACE_REACH && !s.get(k).isWord(","); k--) {
            boolean where = s.get(k).isWord("where") || s.get(k).isWord("which") && s.get(k - 1).isWord("in");
            int comma = s.get(k).isWord("where") ? k - 1 : k - 2;
            for (int skipped = 0; where && comma >= 1 && skipped < PLACE_DESCRIPTION && s.get(comma).isNominal(); skipped++) {
                comma--;
            }
            if (where && comma >= 1 && s.get(comma).isWord(",") && s.get(comma - 1).isOrg()) {
                return List.of(comma - 1);
            }
        }
        return List.of();
    }

    /** "gives A a 27% stake in B": the organization a verb of giving hands the noun at {@code noun} to; -1 if none. */
    static int recipientBefore(ChunkedSentence s, int noun) {
        int k = noun - 1;
        while (k >= 0 && k >= noun - 5 && !s.get(k).isOrg()
                && (s.get(k).isNominal() || s.get(k).isWord("%") || s.get(k).isWord("percent"))) {
            k--;
        }
        return k >= 1 && s.get(k).isOrg() && s.wordAt(k - 1, GIVE_VERBS) ? k : -1;
    }

    /** The nearest word of {@code words} at most {@code reach} chunks before {@code t}, in its clause; -1 if none. */
    static int wordBefore(ChunkedSentence s, int t, Set<String> words, int reach) {
        for (int k = t - 1; k >= 0 && k >= t - reach && s.sameClause(k, t); k--) {
            if (s.wordAt(k, words)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The organizations (and persons, when {@code persons}) that open the main clause after a fronted phrase holding
     * chunk {@code t}: the phrase opens
     * the sentence with a fronting word ("With backing from A, B plans…") or with the trigger itself ("Founded in
     * 2021 by P, B builds…"), and may hold a list with commas of its own ("With funding from A, C and D, B plans…").
     * The subject is the first run of organizations, joined by "and", that follows a comma and is followed by its
     * verb. Empty otherwise.
     */
    static List<Integer> frontedSubject(ChunkedSentence s, int t, boolean persons) {
        if (s.size() == 0 || !(t == 0 || t > 0 && opensWithFronting(s))) {
            return List.of();
        }
        for (int comma = t + 1; comma < s.size() && !s.get(comma).isWord(";"); comma++) {
            if (!s.get(comma).isWord(",")) {
                continue;
            }
            List<Integer> subject = new ArrayList<>();
            int k = comma + 1;
            while (k < s.size() && (s.member(k, persons) && !s.get(k).possessive()
                    || !subject.isEmpty() && s.get(k).isWord("and"))) {
                if (s.member(k, persons)) {
                    subject.add(k);
                }
                k++;
            }
            if (!subject.isEmpty() && k < s.size() && (s.get(k).isVerb() || verbTaggedNoun(s, k))) {
                return subject;
            }
        }
        return List.of();
    }

    /** Whether the sentence opens with a fronting word or phrase ("With", "Besides", "In addition to"). */
    private static boolean opensWithFronting(ChunkedSentence s) {
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < s.size() && i < FRONTING_WORDS_MOST; i++) {
            opening.append(i == 0 ? "" : " ").append(s.get(i).lower());
            if (FRONTING.contains(opening.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The most words a fronting phrase has ("in addition to"). */
    private static final int FRONTING_WORDS_MOST = 3;

    /** A verb in -s that the tagger took for a plural noun, as before "to": "B aims to grow", "B plans to expand". */
    private static boolean verbTaggedNoun(ChunkedSentence s, int k) {
        Chunk c = s.get(k);
        return c.kind() == Chunk.Kind.WORD && c.lower().endsWith("s") && k + 1 < s.size()
                && (s.get(k + 1).isWord("to") || s.get(k + 1).isVerb());
    }

    /** The organization at {@code end}, or after a comma or a dash at {@code end}; -1 if neither. */
    static int orgAfter(ChunkedSentence s, int end) {
        if (end < s.size() && s.get(end).isOrg()) {
            return end;
        }
        boolean setOff = end + 1 < s.size() && (s.get(end).isWord(",") || s.get(end).isWord("—") || s.get(end).isWord("–"));
        return setOff && s.get(end + 1).isOrg() ? end + 1 : -1;
    }

    /**
     * The organization that a noun phrase starting at {@code k} (past its article) stands beside: set off by a comma
     * right before it ("B, an A company"), or the subject of a copula right before it, an adverb of time between
     * them or none ("B is now an A company"); -1 when none is.
     */
    static int appositionBefore(ChunkedSentence s, int k) {
        if (k >= 1 && s.wordAt(k - 1, ARTICLES)) {
            k--;
        }
        if (k >= 2 && s.get(k - 1).isWord(",")) {
            return s.get(k - 2).isOrg() ? k - 2 : -1;
        }
        if (k >= 2 && s.wordAt(k - 1, COPULA_ADVERBS)) {
            k--;
        }
        return k >= 2 && s.wordAt(k - 1, COPULAS) && s.get(k - 2).isOrg() ? k - 2 : -1;
    }

    /**
     * The persons a colon lists after the trigger, up to the sentence's end, with no verb or person between: P, Q and R
     * in "Four classmates started A in 2022: P, Q and R."; empty otherwise.
     */
    static List<Integer> colonList(ChunkedSentence s, int from) {
        for (int j = from; j < s.size() && j < from + COLON_REACH; j++) {
            if (s.get(j).isWord(":")) {
                int first = j + 1;
                if (first >= s.size() || s.get(first).kind() != Chunk.Kind.PERSON) {
                    return List.of();
                }
                List<Integer> group = s.groupFrom(first, true);
                int last = group.get(group.size() - 1);
                boolean ends = last + 1 >= s.size() || s.get(last + 1).isWord(".");
                return ends ? group.stream().filter(k -> s.get(k).kind() == Chunk.Kind.PERSON).toList() : List.of();
            }
            if (s.get(j).isVerb() || s.get(j).kind() == Chunk.Kind.PERSON) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The persons "with" (or "along with", "together with") joins to the doer of the trigger later in its clause,
     * past the trigger's object, a date or an apposition: Q and R in "P co-founded A in 2019 with Q and R", "A was
     * founded by P, a former engineer, along with Q". A "with" right after another verb ("partnered with") joins
     * that verb instead, and one before an organization names no companion.
     */
    static List<Integer> companions(ChunkedSentence s, int from) {
        for (int j = from; j < s.size() && j < from + COMPANION_REACH && s.sameClause(from, j); j++) {
            if (!s.get(j).isWord("with")) {
                continue;
            }
            boolean joined = j == from || !s.get(j - 1).isVerb() || s.wordAt(j - 1, COMPANION_LEADS);
            int a = joined ? s.agentAfter(j + 1, true) : -1;
            if (a < 0 || s.get(a).kind() != Chunk.Kind.PERSON) {
                return List.of();
            }
            return s.groupFrom(a, true).stream().filter(k -> s.get(k).kind() == Chunk.Kind.PERSON).toList();
        }
        return List.of();
    }

    /**
     * The organization whose shares a holding noun within reach after {@code from}, in its clause, names: the one
     * before the noun, past a modifier or two ("10 million B shares", "B's stock", "B common stock"), or right after "of" or "in" after it ("shares of
     * B"); -1 when no holding noun stands there or it names no organization.
     */
    static int holdingAfter(ChunkedSentence s, int from) {
        int j = holdingNounAfter(s, from);
        if (j < 0) {
            return -1;
        }
        // "B shares", "B common stock", "B class A shares": the owner before the noun, past a modifier or two
        for (int k = j - 1; k >= from && k >= j - 3; k--) {
            if (s.get(k).isOrg()) {
                return k;
            }
            if (s.get(k).kind() != Chunk.Kind.WORD || !Set.of("ADJ", "NOUN", "PROPN").contains(s.get(k).pos())) {
                break;
            }
        }
        return s.wordAt(j + 1, Set.of("of", "in")) && j + 2 < s.size() && s.get(j + 2).isOrg() ? j + 2 : -1;
    }

    /**
     * The organization whose unit the words right after {@code from} name, with a modifier or a few: B in "B's
     * robotics division", "B' chip business", "the cloud unit of B"; -1 when they name none.
     */
    static int unitOwnerAfter(ChunkedSentence s, int from) {
        int k = from;
        boolean owned = k < s.size() && s.get(k).isOrg() && s.get(k).possessive();
        if (owned) {
            k++;
        } else if (s.wordAt(k, ARTICLES)) {
            k++;
        } else {
            return -1;
        }
        int modifiers = 0;
        while (k < s.size() && modifiers <= UNIT_MODIFIERS && !s.wordAt(k, SOLD_UNITS) && s.get(k).kind() == Chunk.Kind.WORD
                && Set.of("ADJ", "NOUN", "PROPN").contains(s.get(k).pos())) {
            k++;
            modifiers++;
        }
        if (!s.wordAt(k, SOLD_UNITS)) {
            return -1;
        }
        if (owned) {
            return from;
        }
        return s.wordAt(k + 1, Set.of("of")) && k + 2 < s.size() && s.get(k + 2).isOrg() ? k + 2 : -1;
    }

    /** The first holding noun ("shares", "stock") within reach after {@code from} in its clause, before any person; else -1. */
    static int holdingNounAfter(ChunkedSentence s, int from) {
        for (int j = from; j < s.size() && j < from + HOLDING_REACH && s.sameClause(from, j); j++) {
            if (s.get(j).isAgent() && !s.get(j).isOrg()) {
                return -1;
            }
            if (s.wordAt(j, HOLDING_NOUNS)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * For a deal noun ending before {@code end} that "to" and a verb follow ("a contract to make chips for B", "a
     * deal to supply servers to B"): the organization right after a later "for" or "to" in its clause, with no
     * other verb or organization between (but one that names a maker: "to deploy Nvidia chips for B"), or right
     * after a verb of giving ("a contract to give B access to chips"); -1 otherwise.
     */
    static int purposeFor(ChunkedSentence s, int end) {
        if (!s.wordAt(end, Set.of("to")) || end + 1 >= s.size() || !verbAfterTo(s.get(end + 1))) {
            return -1;
        }
        if (s.wordAt(end + 1, RECIPIENT_VERBS) && end + 2 < s.size() && s.get(end + 2).isOrg()) {
            return end + 2;
        }
        for (int j = end + 2; j < s.size() && j < end + PURPOSE_REACH && s.sameClause(end, j); j++) {
            Chunk c = s.get(j);
            boolean modifier = c.isOrg() && j + 1 < s.size() && s.get(j + 1).kind() == Chunk.Kind.WORD
                    && s.get(j + 1).pos().equals("NOUN");
            if (c.isAgent() && !modifier || c.isVerb()) {
                return -1;
            }
            if (s.wordAt(j, PURPOSE_PREPOSITIONS)) {
                int a = s.agentAfter(j + 1, false);
                return a >= 0 && s.get(a).isOrg() ? a : -1;
            }
        }
        return -1;
    }

    /** A verb after "to", also when the tagger took the lower-case word for a name ("to deploy"). */
    private static boolean verbAfterTo(Chunk c) {
        return c.isVerb() || c.kind() == Chunk.Kind.WORD && c.pos().equals("PROPN") && Character.isLowerCase(c.text().charAt(0));
    }

    /**
     * For a trigger of licensing: the organization that owns what is licensed, named by a possessive within reach
     * after it ("a licence to some of B's technology", "license B's models") or right after "from" ("license
     * technology from B"), with no verb or other organization before it; -1 otherwise.
     */
    static int licensorAfter(ChunkedSentence s, TriggerMatch t) {
        if (!s.lower(t.start()).startsWith("licen")) {
            return -1;
        }
        for (int j = t.end(); j < s.size() && j < t.end() + LICENSOR_REACH && s.sameClause(t.start(), j); j++) {
            Chunk c = s.get(j);
            if (c.isOrg()) {
                return c.possessive() || s.wordAt(j - 1, Set.of("from")) ? j : -1;
            }
            if (c.isVerb() || c.kind() == Chunk.Kind.PERSON) {
                return -1;
            }
        }
        return -1;
    }
}
