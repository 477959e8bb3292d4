package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Finds job titles from {@code titles.tsv} ("chief executive", "CEO", "co-founder", "head of research"),
 * named by their usual form ("chief executive" is CEO). Lower-case forms match in any case, forms with
 * capitals (acronyms) exactly; the longest wins. "head" counts only as "head of" something.
 */
final class TitleFinder {

    /** A title's usual form, and whether it is weak: a word that is often no job title ("partner"). */
    private record Title(String name, boolean weak) {
    }

    private final NameTrie<Title> exact = new NameTrie<>();
    private final NameTrie<Title> anyCase = new NameTrie<>();

    TitleFinder() {
        for (Row row : Lexicon.read("titles.tsv", Column.required("form").unique(), Column.required("title"),
                Column.optional("strength").oneOf(List.of("weak")))) {
            String form = row.get(0);
            boolean lower = form.equals(form.toLowerCase(Locale.ROOT));
            (lower ? anyCase : exact).put(form, new Title(row.get(1), row.has(2)));
        }
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == text.length();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int t = 0;
            while (t < tokens.size()) {
                int start = tokens.get(t).span().start();
                Optional<NameTrie.Hit<Title>> hit = exact.longestAt(text, start);
                Optional<NameTrie.Hit<Title>> loose = sameLength ? anyCase.longestAt(lower, start) : Optional.empty();
                if (loose.isPresent() && (hit.isEmpty() || loose.get().end() > hit.get().end())) {
                    hit = loose;
                }
                if (hit.isEmpty() || !NameTrie.startsWord(text, start) || hit.get().end() > s.span().end()) {
                    t++;
                    continue;
                }
                Span span = new Span(start, hit.get().end());
                String name = hit.get().value().name();
                if (name.equals("head")) {
                    span = headOf(text, tokens, t);
                    name = span == null ? null : span.of(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                }
                if (span != null && !Mentions.overlapsAny(span, taken)) {
                    double confidence = hit.get().value().weak() ? 0.6 : 0.9;
                    found.add(Mentions.of(MentionType.TITLE, text, s, span, name, "title-lexicon", confidence));
                }
                t = GazetteerTagger.nextTokenAfter(tokens, t + 1, span == null ? start + 1 : span.end());
            }
        }
        return found;
    }

    /** "head of X": the title runs from "head" over "of" and up to three more words. */
    private static Span headOf(String text, List<Token> tokens, int t) {
        if (t + 2 >= tokens.size() || !tokens.get(t + 1).text().equals("of")) {
            return null;
        }
        int last = t + 2;
        while (last + 1 < tokens.size() && last < t + 4 && !Cue.HEAD_OF_END.has(tokens.get(last + 1).text())
                && !tokens.get(last + 1).pos().equals("PROPN") && !tokens.get(last + 1).pos().equals("VERB")) {
            last++;
        }
        if (Cue.HEAD_OF_END.has(tokens.get(t + 2).text())) {
            return null;
        }
        return new Span(tokens.get(t).span().start(), tokens.get(last).span().end());
    }
}
