package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dealgraph.analyse.OrganizationSuffixes;

/**
 * Coordinated groups of agents in a {@link ChunkedSentence}: "A", "A and B", "A, B, and C", "A and existing
 * investor B", across appositions set off by commas ("A, Inc., a maker of X, and B") and up to an open end
 * ("A, B and others").
 */
final class GroupFinder {

    private static final Set<String> CONJUNCTIONS = WordLists.get("group-conjunctions");
    /** Words that link one member of a group to the next: ",", "and", "&", "as well as". */
    private static final Set<String> MEMBER_LINKS = WordLists.get("group-member-links");
    private static final Set<String> OPEN_END_LINKS = WordLists.get("group-open-end-links");
    private static final Set<String> OPEN_ENDS = WordLists.get("group-open-ends");
    private static final Set<String> COMMA = Set.of(",");
    private static final Set<String> RELATIVES = WordLists.get("aside-relatives");
    private static final Set<String> OWNER_WORDS = WordLists.get("owner-determiners");
    /** Words that introduce the named members of an unnamed kind: "co-investors, including A and B". */
    private static final Set<String> PICKERS = WordLists.get("group-pickers");
    /**
     * Words that open an apposition after a name: an article, a possessive, or a legal form of
     * {@code org-suffixes.tsv} (", Inc.").
     */
    private static final Set<String> APPOSITION_OPENERS = WordLists.get("apposition-openers",
            OrganizationSuffixes.load().legalLowerCase().toArray(String[]::new));
    private static final int APPOSITION_REACH = 12;
    /** How many words of a description may open a member: "and the Abu Dhabi investment company B". */
    private static final int MEMBER_REACH = 7;
    /** How far before its last member a group may start. */
    private static final int GROUP_REACH = 24;

    private final ChunkedSentence s;

    GroupFinder(ChunkedSentence s) {
        this.s = s;
    }

    /** The group that starts with the agent at {@code i}; persons count only when {@code persons}. */
    List<Integer> from(int i, boolean persons) {
        List<Integer> group = new ArrayList<>();
        if (!s.member(i, persons)) {
            return group;
        }
        group.add(i);
        int closed = 1;
        int k = i + 1;
        String preposition = i > 0 && s.get(i - 1).pos().equals("ADP") ? s.lower(i - 1) : null;
        boolean inApposition = closesApposition(i);
        while (k < s.size() && s.sameClause(i, k)) {
            if (inApposition && s.wordAt(k, COMMA)) {
                break;
            }
            int next = nextMember(k, persons, preposition);
            if (next < 0 || !s.sameClause(i, next)) {
                break;
            }
            group.add(next);
            if (s.anyWordIn(k, next, CONJUNCTIONS)) {
                closed = group.size();
            }
            k = next + 1;
        }
        if (group.size() >= 3 || group.size() == 2 && (endsWithOthers(k) || endsWithKind(k))) {
            closed = group.size();
        }
        List<Integer> kept = new ArrayList<>(group.subList(0, closed));
        int picked = closed == group.size() ? pickedAfter(k, persons) : -1;
        if (picked >= 0) {
            kept.addAll(from(picked, persons));
        }
        return List.copyOf(kept);
    }

    /**
     * After a group ending before {@code k}, "and co-investors, including B, C and D": the first member that an
     * unnamed kind of partner introduces, whose list joins the group; else -1.
     */
    private int pickedAfter(int k, boolean persons) {
        if (!s.wordAt(k, CONJUNCTIONS)) {
            return -1;
        }
        int j = k + 1;
        while (j < s.size() && j < k + 4 && s.get(j).isNominal()) {
            j++;
        }
        if (j == k + 1 || !s.wordAt(j, COMMA) || !s.wordAt(j + 1, PICKERS)) {
            return -1;
        }
        int first = s.wordAt(j + 2, Set.of("as")) ? j + 3 : j + 2;
        return first < s.size() && s.member(first, persons) ? first : -1;
    }

    /**
     * Whether the member at {@code i} ends an apposition's "of" phrase set off by a comma ("B, a unit of A, and C"):
     * a comma after it closes the apposition, and what follows belongs to the list around it.
     */
    private boolean closesApposition(int i) {
        if (i < 3 || !s.get(i - 1).isWord("of")) {
            return false;
        }
        for (int j = i - 2; j >= 1 && j >= i - APPOSITION_REACH; j--) {
            if (s.wordAt(j, APPOSITION_OPENERS) && s.get(j - 1).isWord(",")) {
                return true;
            }
            if (!s.get(j).isNominal()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the list goes on to an unnamed kind after its last link: "A, B, and three automakers". */
    private boolean endsWithKind(int k) {
        int j = k;
        while (j < s.size() && j < k + 2 && s.wordAt(j, OPEN_END_LINKS)) {
            j++;
        }
        return s.anyWordIn(k, j, CONJUNCTIONS) && j < s.size() && s.get(j).isNominal() && !s.get(j).isWord("the");
    }

    /** The group whose last member is at {@code i}, in text order. */
    List<Integer> endingAt(int i, boolean persons) {
        int start = i;
        for (int k = i - 1; k >= 0 && k >= i - GROUP_REACH && s.sameClause(i, k); k--) {
            if (s.member(k, persons) && from(k, persons).contains(i)) {
                start = k;
            }
        }
        return from(start, persons);
    }

    /** Whether an open end of a list follows {@code k}: ", and others", "and more", "among others". */
    private boolean endsWithOthers(int k) {
        int j = k;
        while (j < s.size() && j < k + 2 && s.wordAt(j, OPEN_END_LINKS)) {
            j++;
        }
        return j > k && s.wordAt(j, OPEN_ENDS);
    }

    /**
     * After a group member ending before {@code k}: the next member across ",", "and", "&", "as well as", and
     * across appositions set off by commas ("A, Inc., a maker of X, and B"); a place may own it ("A, Japan's B"),
     * and a possessive pronoun open its noun phrase ("P, its CEO, and his sister Q"). A group that a preposition
     * opens goes on past a date and the same preposition: "the purchase of A in January, and of B".
     */
    private int nextMember(int k, boolean persons, String preposition) {
        int j = k;
        for (int close = appositionEnd(j); close > j; close = appositionEnd(j)) {
            j = close;
        }
        int date = s.wordAt(j, COMMA) ? j + 1 : j;
        if (preposition != null && date + 1 < s.size() && s.get(date).pos().equals("ADP")
                && s.get(date + 1).kind() == Chunk.Kind.DATE) {
            j = date + 2;
        }
        int links = j;
        while (j < s.size() && j < links + 4 && s.wordAt(j, MEMBER_LINKS)) {
            j++;
        }
        if (j == links) {
            return -1;
        }
        if (preposition != null && j > links && s.wordAt(j - 1, CONJUNCTIONS) && s.wordAt(j, Set.of(preposition))) {
            j++;
        }
        for (int skipped = 0; j < s.size() && skipped < MEMBER_REACH; j++, skipped++) {
            if (s.member(j, persons) && j + 2 < s.size() && s.get(j + 1).isWord("-")) {
                j += 2;
                continue;
            }
            if (s.member(j, persons)) {
                // "B and its purchase of C": a possessive pronoun that stands for an organization opens a noun phrase
                if (s.get(j).possessive() && s.get(j).lower().equals("its")) {
                    return -1;
                }
                return s.anyWordIn(links, j, CONJUNCTIONS) && Gapping.subjectWithAmount(s, j, persons) ? -1 : j;
            }
            boolean placeOwner = (s.get(j).isWord("'s") || s.get(j).isWord("’s")) && skipped > 0
                    && s.get(j - 1).pos().equals("PROPN");
            boolean ownerWord = skipped == 0 && s.wordAt(j, OWNER_WORDS);
            if (!s.get(j).isPhraseWord() && !placeOwner && !ownerWord || s.get(j).isWord("the") && skipped > 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For a comma at {@code k} that opens an apposition (", a maker of X", ", the cloud unit", ", Inc."), or a
     * relative clause whose closing comma "and" follows ("A, which uses its models, and B"): the index of the comma
     * that closes it in the same clause; else {@code k}.
     */
    private int appositionEnd(int k) {
        boolean relative = s.wordAt(k + 1, RELATIVES);
        if (!s.wordAt(k, COMMA) || !s.wordAt(k + 1, APPOSITION_OPENERS) && !relative) {
            return k;
        }
        for (int j = k + 2; j < s.size() && j <= k + APPOSITION_REACH && s.sameClause(k, j); j++) {
            if (s.get(j).isWord(",")) {
                return !relative || s.wordAt(j + 1, CONJUNCTIONS) ? j : k;
            }
        }
        return k;
    }
}
