package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Once organizations are found by their patterns: later bare mentions of their names, and of the distinctive
 * first word of a longer name ("Insilico" after "Insilico Medicine"), which are named by the longer name; that
 * first word opening other name words is an organization of its own ("Insilico Ventures").
 */
final class RepeatFinder {

    /** How long a first word must be to stand for the whole name: "Acme" for "Acme Systems", not "Big". */
    private static final int SHORT_FORM_LENGTH = 4;

    private final WordLists words;
    private final Gazetteer gazetteer;

    RepeatFinder(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
    }

    /** Later bare mentions of found names, and of a distinctive first word of a longer name. */
    List<Mention> repeats(String text, List<Sentence> sentences, List<Mention> found, List<Mention> taken) {
        NameTrie<String> trie = new NameTrie<>();
        forms(found).forEach(trie::put);
        Map<String, Integer> firstAt = new HashMap<>();
        found.forEach(m -> firstAt.merge(m.name(), m.span().start(), Math::min));
        List<Mention> more = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                var hit = trie.longestAt(text, t.span().start());
                if (hit.isEmpty() || !NameTrie.startsWord(text, t.span().start())) {
                    continue;
                }
                Span span = new Span(t.span().start(), hit.get().end());
                String name = hit.get().value();
                boolean shortForm = !name.equals(span.of(text));
                if (span.end() > s.span().end() || Mentions.overlapsAny(span, taken) || Mentions.overlapsAny(span, more)) {
                    continue;
                }
                if (!(shortForm && misplaced(s.tokens(), span, firstAt.get(name), taken))) {
                    more.add(Mentions.of(MentionType.ORGANIZATION, text, s, span, name,
                            shortForm ? "org-short-form" : "org-repeat", shortForm ? 0.6 : 0.7));
                } else if (shortForm && span.start() > firstAt.get(name)) {
                    extension(text, s, span, taken).ifPresent(more::add);
                }
            }
        }
        return more;
    }

    /**
     * Found names of one word that are the distinctive first word of a longer found name ("Acme bought…" after
     * "Acme Systems") are named by the longer name.
     */
    List<Mention> fullNames(List<Mention> found) {
        Map<String, String> longer = new HashMap<>();
        for (Mention m : found) {
            String[] parts = m.name().split(" ");
            if (parts.length >= 2 && distinctive(parts[0])) {
                longer.merge(parts[0], m.name(), (x, y) -> x.equals(y) ? x : "");
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            String full = longer.getOrDefault(m.name(), "");
            out.add(full.isEmpty() ? m : Mentions.renamed(m, full, m.wikidata()));
        }
        return out;
    }

    /** Each found name, and each distinctive first word of one no gazetteer name takes, to the name it stands for. */
    private Map<String, String> forms(List<Mention> found) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (Mention m : found) {
            forms.putIfAbsent(m.name(), m.name());
            String[] parts = m.name().split(" ");
            String first = parts[0];
            if (parts.length >= 2 && distinctive(first) && gazetteer.lookup(first).isEmpty()) {
                forms.putIfAbsent(first, m.name());
            }
        }
        return forms;
    }

    private boolean distinctive(String first) {
        return first.length() >= SHORT_FORM_LENGTH && !words.firstNames.contains(first) && !words.isNonName(first)
                && !words.orgSuffixes.contains(first);
    }

    /**
     * "Corvane Cloud" after "Corvane Systems": the distinctive first word of a found name, opening a run of other
     * name words, names an organization of its own (a unit, a fund, a sister company), named as written, generic
     * words too ("Corvane Cloud", "Corvane AI"). Not when a word of the run is a product's, a place's, a date's or
     * a given name: "Corvane Europe" is a region, "Corvane Lena Holt" a person after the short form.
     */
    private Optional<Mention> extension(String text, Sentence s, Span shortForm, List<Mention> taken) {
        List<Token> tokens = s.tokens();
        int first = -1;
        for (int i = 0; i < tokens.size() && first < 0; i++) {
            first = tokens.get(i).span().start() == shortForm.start() ? i : -1;
        }
        int end = first + 1;
        while (end < tokens.size() && WordLists.isNamePart(tokens, end) && !Mentions.overlapsAny(tokens.get(end).span(), taken)
                && tokens.get(end).span().start() == tokens.get(end - 1).span().end() + 1) {
            end++;
        }
        if (first < 0 || end - first < 2) {
            return Optional.empty();
        }
        for (int i = first + 1; i < end; i++) {
            String w = tokens.get(i).text();
            if (words.places.contains(w) || words.products.containsKey(w) || words.calendar.contains(w)
                    || words.openers.contains(w) || words.firstNames.contains(w)) {
                return Optional.empty();
            }
        }
        Span span = new Span(shortForm.start(), tokens.get(end - 1).span().end());
        String name = span.of(text);
        return gazetteer.lookup(name).isPresent() ? Optional.empty()
                : Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name, "org-extension", 0.6));
    }

    /** A short form that opens a longer name ("Acme Mobile") or stands before its full name's first mention. */
    private static boolean misplaced(List<Token> tokens, Span span, int firstAt, List<Mention> taken) {
        return startsLongerName(tokens, span, taken) || span.start() < firstAt;
    }

    /**
     * Whether a capitalised name part that no other mention (a title: "Acme CEO P") takes follows {@code span} right
     * away: "Acme" in "Acme Mobile" is no short form.
     */
    private static boolean startsLongerName(List<Token> tokens, Span span, List<Mention> taken) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).span().end() == span.end()) {
                return WordLists.isNamePart(tokens, i + 1) && tokens.get(i + 1).span().start() == span.end() + 1
                        && !Mentions.overlapsAny(tokens.get(i + 1).span(), taken);
            }
        }
        return false;
    }
}
