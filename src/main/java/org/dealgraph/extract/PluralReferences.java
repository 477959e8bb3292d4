package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Partnership;

/**
 * Plural references to the two organizations last named together ({@code plural-references.tsv}): "Acme and
 * Zenith signed a supply deal. The two companies had worked together before." The pair is the two parties of
 * the last two-party deal or partnership told (or investment or acquisition between two organizations), else the last coordination of exactly two organizations
 * ("A and B"). In a later sentence the phrase becomes the coordination "A and B" (two organization chunks
 * joined by "and", all keeping the phrase's span, so that provenance points at the words of the text), and
 * the rules read it as they read any coordinated group. Immutable once loaded.
 */
final class PluralReferences {

    /** The two organizations a plural reference stands for, as the text named them. */
    record Pair(Mention first, Mention second) {
    }

    private static final int OPENING_REACH = 3;
    private static final Set<String> LEADING = Set.of("ADV", "CCONJ", "SCONJ");

    private final PhraseIndex<List<String>> anywhere;
    private final PhraseIndex<List<String>> opening;

    private PluralReferences(List<List<String>> anywhere, List<List<String>> opening) {
        this.anywhere = new PhraseIndex<>(anywhere, phrase -> phrase);
        this.opening = new PhraseIndex<>(opening, phrase -> phrase);
    }

    static PluralReferences load() {
        return load(Lexicon.BASE + "plural-references.tsv");
    }

    /** The phrases of the classpath resource {@code resource}: where they stand ("anywhere", "opening"), the phrases. */
    static PluralReferences load(String resource) {
        List<List<String>> anywhere = new ArrayList<>();
        List<List<String>> opening = new ArrayList<>();
        for (Row row : Lexicon.read(resource, Column.required("where").oneOf(List.of("anywhere", "opening")),
                Column.required("phrases"))) {
            (row.get(0).equals("anywhere") ? anywhere : opening).addAll(Lexicon.phrases(row.get(1)));
        }
        return new PluralReferences(anywhere, opening);
    }

    /** The sentence with its first plural reference standing for {@code pair}, when there is a pair and a reference. */
    ChunkedSentence resolve(ChunkedSentence s, Optional<Pair> pair) {
        if (pair.isEmpty()) {
            return s;
        }
        for (int i = 0; i < s.size(); i++) {
            int end = longestAt(s, i, anywhere);
            if (end < 0 && opens(s, i)) {
                end = longestAt(s, i, opening);
            }
            if (end > 0) {
                return replaced(s, i, end, pair.get());
            }
        }
        return s;
    }

    private static int longestAt(ChunkedSentence s, int i, PhraseIndex<List<String>> phrases) {
        int best = -1;
        BitSet starting = new BitSet();
        phrases.startingWith(s.lower(i), starting);
        for (int k = starting.nextSetBit(0); k >= 0; k = starting.nextSetBit(k + 1)) {
            best = Math.max(best, s.matchAt(i, phrases.get(k)));
        }
        return best;
    }

    /** Whether chunk {@code i} opens the sentence, after at most a few adverbs, conjunctions or commas. */
    private static boolean opens(ChunkedSentence s, int i) {
        if (i > OPENING_REACH) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            Chunk c = s.get(k);
            if (c.kind() != Chunk.Kind.WORD || !LEADING.contains(c.pos()) && !c.isWord(",")) {
                return false;
            }
        }
        return true;
    }

    private static ChunkedSentence replaced(ChunkedSentence s, int from, int to, Pair pair) {
        Chunk first = s.get(from);
        Chunk last = s.get(to - 1);
        var span = new org.dealgraph.model.Span(first.span().start(), last.span().end());
        String text = s.sentence().text().substring(span.start() - s.sentence().span().start(),
                span.end() - s.sentence().span().start());
        List<Chunk> chunks = new ArrayList<>(s.chunks().subList(0, from));
        chunks.add(standIn(pair.first(), span, text, s));
        chunks.add(Chunk.word("and", "CCONJ", span));
        chunks.add(standIn(pair.second(), span, text, s));
        chunks.addAll(s.chunks().subList(to, s.size()));
        return new ChunkedSentence(s.sentence(), chunks);
    }

    private static Chunk standIn(Mention antecedent, org.dealgraph.model.Span span, String text, ChunkedSentence s) {
        Mention m = new Mention(MentionType.ORGANIZATION, span, text, s.sentence().index(), antecedent.name(),
                antecedent.wikidata(), Optional.empty(), Optional.empty(), "plural-reference", 0.55);
        return new Chunk(Chunk.Kind.ORG, text, "PROPN", span, Optional.of(m), false);
    }

    /**
     * The pair a later plural reference stands for after sentence {@code s}: the parties of its last two-party
     * deal or partnership, or the two organizations of its last investment or acquisition, else its last coordination of exactly two organizations, else {@code previous}.
     */
    static Optional<Pair> pairAfter(ChunkedSentence s, List<Fact> facts, Optional<Pair> previous) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            List<EntityRef> parties = partiesOf(facts.get(i));
            if (parties.size() == 2) {
                Optional<Mention> a = mentionOf(s, parties.get(0));
                Optional<Mention> b = mentionOf(s, parties.get(1));
                if (a.isPresent() && b.isPresent()) {
                    return Optional.of(new Pair(a.get(), b.get()));
                }
            }
        }
        Optional<Pair> coordinated = Optional.empty();
        for (int i = 0; i < s.size(); i++) {
            List<Integer> group = s.member(i, false) ? s.groupFrom(i, false) : List.of();
            if (group.size() == 2 && !s.anyWordIn(group.get(0), group.get(1), Set.of("or"))
                    && !s.get(group.get(0)).ref().equals(s.get(group.get(1)).ref())) {
                coordinated = Optional.of(new Pair(s.get(group.get(0)).mention().orElseThrow(),
                        s.get(group.get(1)).mention().orElseThrow()));
            }
            i = group.isEmpty() ? i : group.get(group.size() - 1);
        }
        return coordinated.or(() -> previous);
    }

    /** The parties of a deal or partnership, or the two sides of an investment or acquisition; else none. */
    private static List<EntityRef> partiesOf(Fact fact) {
        if (fact instanceof Deal d) {
            return d.parties();
        }
        if (fact instanceof Partnership p) {
            return p.entities();
        }
        if (fact instanceof Investment v) {
            return List.of(v.investor(), v.investee());
        }
        return fact instanceof Acquisition a ? List.of(a.acquirer(), a.target()) : List.of();
    }

    private static Optional<Mention> mentionOf(ChunkedSentence s, EntityRef ref) {
        for (Chunk c : s.chunks()) {
            if (c.isOrg() && c.ref().equals(ref)) {
                return c.mention();
            }
        }
        return Optional.empty();
    }
}
