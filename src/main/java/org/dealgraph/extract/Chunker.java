package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Turns a sentence into {@link Chunk}s: each mention whole (the longest where mentions overlap), each other
 * token alone; a possessive "'s" marks the chunk before it, and the rest of a token a mention ends inside
 * ("Google" in "Google-backed") becomes chunks of its own ("-", "backed").
 */
final class Chunker {

    private Chunker() {
    }

    /** Chunks the sentence, taking each of {@code mentions} (those of this sentence) whole. */
    static ChunkedSentence chunk(Sentence sentence, List<Mention> mentions, String text) {
        List<Mention> kept = withoutOverlaps(mentions);
        List<Chunk> out = new ArrayList<>();
        int m = 0;
        for (Token t : sentence.tokens()) {
            while (m < kept.size() && kept.get(m).span().end() <= t.span().start()) {
                m++;
            }
            if (m < kept.size() && kept.get(m).span().overlaps(t.span())) {
                Mention mention = kept.get(m);
                if (out.isEmpty() || !out.get(out.size() - 1).span().equals(mention.span())) {
                    out.add(mentionChunk(mention));
                }
                if (t.span().end() > mention.span().end()) {
                    addRemainder(out, new Span(mention.span().end(), t.span().end()).of(text), mention.span().end());
                }
            } else if (isPossessiveMark(t.text()) && !out.isEmpty() && out.get(out.size() - 1).kind() != Chunk.Kind.WORD) {
                out.set(out.size() - 1, out.get(out.size() - 1).asPossessive());
            } else {
                out.add(Chunk.word(t.text(), t.pos(), t.span()));
            }
        }
        return new ChunkedSentence(sentence, out);
    }

    private static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((Mention x) -> x.span().start()).thenComparing(x -> -x.span().length()));
        List<Mention> kept = new ArrayList<>();
        for (Mention x : sorted) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(x.span())) {
                kept.add(x);
            }
        }
        return kept;
    }

    private static Chunk mentionChunk(Mention m) {
        Chunk.Kind kind = switch (m.type()) {
            case ORGANIZATION -> Chunk.Kind.ORG;
            case DESCRIPTOR -> standsForOrganization(m) ? Chunk.Kind.ORG : Chunk.Kind.WORD;
            case PERSON -> Chunk.Kind.PERSON;
            case MONEY -> Chunk.Kind.MONEY;
            case DATE -> Chunk.Kind.DATE;
            case TITLE -> Chunk.Kind.TITLE;
        };
        if (kind == Chunk.Kind.WORD) {
            return Chunk.word(m.text(), "NOUN", m.span());
        }
        boolean possessive = m.text().endsWith("'s") || m.text().endsWith("’s");
        return new Chunk(kind, m.text(), "PROPN", m.span(), Optional.of(m), possessive);
    }

    /** A descriptor counts only when the analyser tied it to a named organization. */
    private static boolean standsForOrganization(Mention m) {
        String name = m.name().strip().toLowerCase(Locale.ROOT);
        return m.type() == MentionType.DESCRIPTOR && !name.isEmpty() && !name.equals(m.text().strip().toLowerCase(Locale.ROOT))
                && !name.startsWith("the ") && !name.startsWith("a ") && !name.startsWith("an ");
    }

    private static void addRemainder(List<Chunk> out, String rest, int start) {
        if (isPossessiveMark(rest)) {
            out.set(out.size() - 1, out.get(out.size() - 1).asPossessive());
            return;
        }
        if (rest.startsWith("-") && rest.length() > 1) {
            out.add(Chunk.word("-", "PUNCT", new Span(start, start + 1)));
            out.add(Chunk.word(rest.substring(1), "ADJ", new Span(start + 1, start + rest.length())));
            return;
        }
        out.add(Chunk.word(rest, "X", new Span(start, start + rest.length())));
    }

    private static boolean isPossessiveMark(String s) {
        return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’");
    }

}
