package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.junit.jupiter.api.Test;

/** Settling overlapping mentions keeps the first proposed of any that overlap, in order of position. */
class MentionsTest {

    private static final String TEXT = "x".repeat(400);

    @Test
    void theFirstProposedOfOverlappingMentionsIsKept() {
        Mention first = mention(10, 20);
        Mention overlapping = mention(15, 30);
        Mention touching = mention(20, 25);
        Mention before = mention(0, 10);
        assertEquals(List.of(before, first, touching), Mentions.settle(List.of(first, overlapping, touching, before)));
    }

    @Test
    void agreesWithComparingEveryPairOnRandomSpans() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Mention> proposed = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int start = random.nextInt(300);
                proposed.add(mention(start, start + random.nextInt(i % 7 == 0 ? 1 : 25)));
            }
            assertEquals(everyPair(proposed), Mentions.settle(proposed), "round " + round);
        }
    }

    /** The definition, in quadratic time. */
    private static List<Mention> everyPair(List<Mention> proposed) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : proposed) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return kept;
    }

    private static Mention mention(int start, int end) {
        Sentence sentence = new Sentence(0, new Span(0, TEXT.length()), TEXT, List.of());
        return Mentions.of(MentionType.ORGANIZATION, TEXT, sentence, new Span(start, end), "n" + start + "-" + end,
                "test", 0.5);
    }
}
