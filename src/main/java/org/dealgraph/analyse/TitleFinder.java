package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * capitals (acronyms) exactly; the longest wins. "head" counts only as "head of" something. A chief officer the
 * lexicon lacks counts too ("chief business officer"), so does a field's chief before a name ("services chief P"), and a title written as one word with "ex-" ("ex-CEO").
 * A weak title tagged as no noun ("executive ranks") is none.
 */
final class TitleFinder {

    /** A title's usual form, and whether it is weak: a word that is often no job title ("partner"). */
    private record Title(String name, boolean weak) {
    }

    /** "chief" and "officer" with one to three words between: letters, "&" or "and". */
    private static final Pattern CHIEF_OFFICER =
            Pattern.compile("(?i)chief(?:\\s+(?:\\p{L}+|&)){1,3}?\\s+officer\\b");

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
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        boolean sameLength = lower.length() == text.length();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int t = 0;
            while (t < tokens.size()) {
                int start = tokens.get(t).span().start();
                int probe = start + exPrefix(tokens.get(t).text());
                Optional<NameTrie.Hit<Title>> hit = longest(text, lower, sameLength, probe);
                if (hit.isEmpty()) {
                    hit = fieldChief(tokens, t);
                }
                if (hit.isEmpty() || !NameTrie.startsWord(text, start) || hit.get().end() > s.span().end()
                        || hit.get().value().weak() && !tokens.get(t).pos().equals("NOUN") && !tokens.get(t).pos().equals("PROPN")
                        && hit.get().end() == tokens.get(t).span().end()) {
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

    /**
     * The longest title at {@code start}: a form of the lexicon, or a chief officer it lacks ("chief business
     * officer", "chief research & innovation officer"), named by its words in lower case.
     */
    private Optional<NameTrie.Hit<Title>> longest(String text, String lower, boolean sameLength, int start) {
        Optional<NameTrie.Hit<Title>> hit = exact.longestAt(text, start);
        Optional<NameTrie.Hit<Title>> loose = sameLength ? anyCase.longestAt(lower, start) : Optional.empty();
        if (loose.isPresent() && (hit.isEmpty() || loose.get().end() > hit.get().end())) {
            hit = loose;
        }
        if (!text.regionMatches(true, start, "chief", 0, 5)) {
            return hit;
        }
        Matcher officer = CHIEF_OFFICER.matcher(text).region(start, text.length());
        if (officer.lookingAt() && (hit.isEmpty() || officer.end() > hit.get().end())) {
            String name = officer.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            hit = Optional.of(new NameTrie.Hit<>(officer.end(), new Title(name, false)));
        }
        return hit;
    }

    /**
     * "services chief Eddy Cue", "AI chief P": a field's noun and "chief" right before a capitalised name is a title
     * the lexicon lacks, named by its two words in lower case ("AI" as written).
     */
    private static Optional<NameTrie.Hit<Title>> fieldChief(List<Token> tokens, int t) {
        if (t + 2 >= tokens.size() || !tokens.get(t + 1).text().equals("chief")
                || !Character.isUpperCase(tokens.get(t + 2).text().charAt(0))) {
            return Optional.empty();
        }
        Token field = tokens.get(t);
        // the tagger often takes a plural field for a verb ("to services chief"); after a function word it is none
        boolean afterFunctionWord = t > 0 && Set.of("ADP", "PART", "DET").contains(tokens.get(t - 1).pos());
        boolean noun = Character.isLowerCase(field.text().charAt(0))
                && (field.pos().equals("NOUN") || field.pos().equals("VERB") && afterFunctionWord) || field.text().equals("AI");
        return noun ? Optional.of(new NameTrie.Hit<>(tokens.get(t + 1).span().end(),
                new Title((field.text().equals("AI") ? "AI" : field.text().toLowerCase(Locale.ROOT)) + " chief", false))) : Optional.empty();
    }

    /** The length of an "ex-" before a title written as one word with it ("ex-CEO"), else 0. */
    private static int exPrefix(String token) {
        return token.length() > 3 && token.regionMatches(true, 0, "ex-", 0, 3) ? 3 : 0;
    }

    /**
     * "head of X": the title runs from "head" over "of" and up to three more words; before an owner's name ("head of
     * Acme's cloud unit") it is "head" alone.
     */
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
        if (ownerAfter(tokens, t + 2)) {
            return tokens.get(t).span();
        }
        return new Span(tokens.get(t).span().start(), tokens.get(last).span().end());
    }

    /**
     * Whether a run of capitalised words at {@code k} ends in a possessive: "head of Acme Cloud's sales team" names
     * the organization, so the title is "head" alone, and the organization is Acme Cloud.
     */
    private static boolean ownerAfter(List<Token> tokens, int k) {
        int end = k;
        while (end < tokens.size() && end < k + 4 && WordLists.isNamePart(tokens, end)) {
            end++;
        }
        return end > k && end < tokens.size() && Cue.POSSESSIVE.has(tokens.get(end).text());
    }
}
