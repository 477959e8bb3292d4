package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A round's investors told through an unnamed class of backers: "Existing investors took part in the round, among
 * them A and B", "New backers joined, including C", "Existing backers including A and B returned". The subject of
 * the participation verb is an investor noun that no organization owns or precedes; the investors are the names
 * the sentence lists for it, or names in apposition to it ("Existing investors A and B also took part"). A plural
 * investor noun that a list word follows lists them too: "Other investors include A and B"; so does the subject of
 * one that "among" opens: "C and D were among the investors".
 */
final class UnnamedBackers {

    private static final Set<String> LIST_LINKS = Set.of(",", "and");

    private static final Set<String> LINKS = WordLists.get("backer-list-links");
    /** The parts of speech that may stand between "among" and its investor noun: "among the early backers". */
    private static final Set<String> AMONG_MODIFIERS = Set.of("DET", "PRON", "ADJ", "NUM");

    private UnnamedBackers() {
    }

    /**
     * The investor noun that stands as the unnamed subject of the participation verb {@code t}: in its clause,
     * with only modifiers before it back to a comma, "and" or the sentence's start, and only adverbs or the
     * names it lists between it and the verb; empty when there is none.
     */
    static Optional<TriggerMatch> subjectOf(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        for (TriggerMatch h : f.triggers("investment", "holder")) {
            if (h.end() <= t.start() && s.sameClause(h.start(), t.start()) && plural(h)
                    && onlyModifiersBefore(s, h.start()) && onlyListBetween(f, s, h, t.start())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static boolean plural(TriggerMatch h) {
        return h.trigger().words().get(h.trigger().words().size() - 1).endsWith("s");
    }

    /**
     * Whether only words that modify the holder noun at {@code h} stand before it in its phrase: no owner ("B's
     * backers", "B, whose backers"), auxiliary or preposition.
     */
    private static boolean onlyModifiersBefore(ChunkedSentence s, int h) {
        for (int k = h - 1; k >= 0 && !s.wordAt(k, LINKS); k--) {
            Chunk c = s.get(k);
            if (c.kind() != Chunk.Kind.WORD || c.possessive() || c.pos().equals("AUX") || c.pos().equals("ADP")
                    || c.isWord("whose")) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyListBetween(SentenceFacts f, ChunkedSentence s, TriggerMatch h, int t) {
        for (int k = h.end(); k < t; k++) {
            Chunk c = s.get(k);
            boolean listWord = inList(f, k);
            if (!(listWord || c.pos().equals("ADV") || c.isOrg() || c.kind() == Chunk.Kind.PERSON || s.wordAt(k, LINKS))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inList(SentenceFacts f, int k) {
        return f.triggers("funding", "list").stream().anyMatch(l -> l.start() <= k && k < l.end());
    }

    /** The investors the sentence lists for the unnamed subject {@code h} before its verb {@code t}. */
    static List<Integer> listedFor(SentenceFacts f, ChunkedSentence s, TriggerMatch h, TriggerMatch t) {
        List<Integer> listed = FundingRules.investorsAfter(f, s, h.start()).stream().filter(i -> i < t.start()).toList();
        return listed.isEmpty() ? namedRightAfter(s, h, t.start()) : listed;
    }

    /** The names that stand right after the investor noun, in apposition: "Existing investors A and B participated". */
    private static List<Integer> namedRightAfter(ChunkedSentence s, TriggerMatch h, int until) {
        if (h.end() >= until || !s.member(h.end(), true)) {
            return List.of();
        }
        return s.groupFrom(h.end(), true).stream().filter(i -> i < until).toList();
    }

    /**
     * "Other investors include A and B", "Backers included C": a plural investor noun that opens its clause, with only
     * modifiers before it, and the names the list word right after it gives; empty when the sentence is no such.
     */
    static List<Integer> includedBy(SentenceFacts f, ChunkedSentence s, TriggerMatch h) {
        boolean listNext = f.triggers("funding", "list").stream().anyMatch(l -> l.start() == h.end());
        if (!plural(h) || !listNext || !onlyModifiersBefore(s, h.start())) {
            return amongThem(s, h);
        }
        return FundingRules.investorsAfter(f, s, h.end());
    }

    /**
     * "A, B and C were among the investors", "D is also among its backers": the subject of a plural investor noun
     * that "among" opens (past its determiners and modifiers) counts among the round's investors.
     */
    private static List<Integer> amongThem(ChunkedSentence s, TriggerMatch h) {
        int k = among(s, h);
        if (k < 0) {
            return List.of();
        }
        List<Integer> with = withGroupBefore(s, k);
        return with.isEmpty() ? s.subjectBefore(k, true) : with;
    }

    /**
     * "A led the round, with B and C among the other backers": in a sentence that tells its own lead, the group
     * "with" opens before "among" and a plural investor noun.
     */
    static List<Integer> withAmong(ChunkedSentence s, TriggerMatch h) {
        int k = among(s, h);
        return k < 0 ? List.of() : withGroupBefore(s, k);
    }

    /** The "among" that opens a plural investor noun (past its determiners and modifiers), or -1. */
    private static int among(ChunkedSentence s, TriggerMatch h) {
        int k = h.start() - 1;
        while (k >= 0 && s.get(k).kind() == Chunk.Kind.WORD && !s.get(k).possessive()
                && AMONG_MODIFIERS.contains(s.get(k).pos())) {
            k--;
        }
        return plural(h) && k >= 1 && s.get(k).isWord("among") ? k : -1;
    }

    /**
     * "A led the round, with B, C and D among the other investors": the group that "with" opens right before
     * "among" at {@code among}, rather than the clause's subject; empty when "with" opens none there.
     */
    private static List<Integer> withGroupBefore(ChunkedSentence s, int among) {
        if (!s.get(among - 1).isAgent()) {
            return List.of();
        }
        int first = among - 1;
        while (first > 0 && (s.get(first - 1).isAgent() || s.wordAt(first - 1, LIST_LINKS))) {
            first--;
        }
        while (first < among && !s.get(first).isAgent()) {
            first++;
        }
        if (first == 0 || !s.get(first - 1).isWord("with")) {
            return List.of();
        }
        return s.groupFrom(first, true).stream().filter(i -> i < among).toList();
    }
}
