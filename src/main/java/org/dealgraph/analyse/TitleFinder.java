package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final Set<String> WEAK = Set.of("partner", "investor", "analyst", "director", "head", "chair",
            "secretary", "minister", "governor");
    private static final Set<String> ENDS_HEAD_OF = Set.of(",", "at", "for", "and", "of", "in", "on", "with", ".",
            "'s", "’s", ")", "said", "says");

    private final NameTrie<String> exact = new NameTrie<>();
    private final NameTrie<String> anyCase = new NameTrie<>();

    TitleFinder() {
        for (Map.Entry<String, String> e : Lexicon.pairs("titles.tsv").entrySet()) {
            boolean lower = e.getKey().equals(e.getKey().toLowerCase(Locale.ROOT));
            (lower ? anyCase : exact).put(e.getKey(), e.getValue());
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
                Optional<NameTrie.Hit<String>> hit = exact.longestAt(text, start);
                Optional<NameTrie.Hit<String>> loose = sameLength ? anyCase.longestAt(lower, start) : Optional.empty();
                if (loose.isPresent() && (hit.isEmpty() || loose.get().end() > hit.get().end())) {
                    hit = loose;
                }
                if (hit.isEmpty() || !NameTrie.startsWord(text, start) || hit.get().end() > s.span().end()) {
                    t++;
                    continue;
                }
                Span span = new Span(start, hit.get().end());
                String name = hit.get().value();
                if (name.equals("head")) {
                    span = headOf(text, tokens, t);
                    name = span == null ? null : span.of(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                }
                if (span != null && !Mentions.overlapsAny(span, taken)) {
                    double confidence = WEAK.contains(hit.get().value()) ? 0.6 : 0.9;
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
        while (last + 1 < tokens.size() && last < t + 4 && !ENDS_HEAD_OF.contains(tokens.get(last + 1).text())
                && !tokens.get(last + 1).pos().equals("PROPN") && !tokens.get(last + 1).pos().equals("VERB")) {
            last++;
        }
        if (ENDS_HEAD_OF.contains(tokens.get(t + 2).text())) {
            return null;
        }
        return new Span(tokens.get(t).span().start(), tokens.get(last).span().end());
    }
}
