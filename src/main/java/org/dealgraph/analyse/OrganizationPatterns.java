package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Finds organizations the gazetteer does not know, from runs of capitalised tokens: a run ending in an
 * organization suffix ("Northwind Robotics", "Contoso Capital"), a run after a descriptor noun ("AI startup
 * Northwind"), a run in apposition with one ("Northwind, a startup that…"), a run after a place ("Oslo-based
 * Northwind") or as the party of an agreement ("a supply contract with Northwind Data"), and, with less
 * confidence, a run next to a deal verb ("Northwind raised", "Northwind has closed", "acquired Northwind") or
 * after "shares of", and a run listed with an
 * organization ("Contoso, Northwind and Fabrikam"). Legal suffixes are left out of the name.
 * Once found, later bare mentions of the name, and of its first word when that is distinctive ("Insilico"
 * after "Insilico Medicine"), are mentions too.
 */
final class OrganizationPatterns {

    private static final Set<String> LINKS = Set.of("&", "AI", "of");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "with", "by", "from");
    private static final Set<String> HOLDINGS = Set.of("shares", "Shares", "stake", "stock", "stakes");
    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or", "&");
    private static final int LIST_PASSES = 3;
    /** Auxiliaries and adverbs that may stand between a name and its deal verb: "Acme has closed", "Acme also bought". */
    private static final Set<String> VERB_COMPANIONS = Set.of("has", "had", "have", "also", "today", "will", "would",
            "is", "was", "recently", "previously", "quietly", "formally", "officially");
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("with", "between");
    /** Nouns of an agreement whose party follows "with" or "between": "a supply contract with Acme Data". */
    private static final Set<String> DEAL_NOUNS = Set.of("deal", "agreement", "contract", "partnership", "pact",
            "alliance", "collaboration", "tie-up", "venture");

    private final WordLists words;
    private final Gazetteer gazetteer;

    OrganizationPatterns(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (WordLists.isTitleCase(s.tokens())) {
                continue;
            }
            int t = 0;
            while (t < s.tokens().size()) {
                int end = runEnd(s.tokens(), t, taken);
                if (end > t) {
                    organization(text, s, t, end).ifPresent(found::add);
                    t = end;
                } else {
                    t++;
                }
            }
        }
        found.addAll(listed(text, sentences, taken, found));
        List<Mention> all = new ArrayList<>(taken);
        all.addAll(found);
        found.addAll(repeats(text, sentences, found, all));
        return fullNames(found);
    }

    /**
     * Runs listed next to an organization ("Contoso, Northwind and Fabrikam"): a run joined by a comma, "and" or
     * "or" to an organization mention is one too. Repeated a few times, so a list is taken in whole.
     */
    private List<Mention> listed(String text, List<Sentence> sentences, List<Mention> taken, List<Mention> found) {
        List<Mention> more = new ArrayList<>();
        for (int pass = 0; pass < LIST_PASSES; pass++) {
            List<Mention> known = new ArrayList<>(taken);
            known.addAll(found);
            known.addAll(more);
            int before = more.size();
            for (Sentence s : sentences) {
                if (WordLists.isTitleCase(s.tokens())) {
                    continue;
                }
                int t = 0;
                while (t < s.tokens().size()) {
                    int end = runEnd(s.tokens(), t, known);
                    if (end > t && nextToOrganization(s.tokens(), t, end, known)) {
                        listedRun(text, s, t, end).ifPresent(more::add);
                    }
                    t = Math.max(end, t + 1);
                }
            }
            if (more.size() == before) {
                break;
            }
        }
        return more;
    }

    private Optional<Mention> listedRun(String text, Sentence s, int a, int b) {
        boolean opener = a == 0 && words.openers.contains(s.tokens().get(a).text());
        if (opener || !plausible(s.tokens(), a, b, false, "org-list")) {
            return Optional.empty();
        }
        Span span = new Span(s.tokens().get(a).span().start(), s.tokens().get(b - 1).span().end());
        return Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name(s.tokens(), a, b, text),
                "org-list", 0.6));
    }

    private static boolean nextToOrganization(List<Token> tokens, int a, int b, List<Mention> known) {
        int before = a >= 3 && tokens.get(a - 2).text().equals(",") && LIST_LINKS.contains(tokens.get(a - 1).text())
                ? a - 3 : a - 2;
        boolean left = before >= 0 && LIST_LINKS.contains(tokens.get(a - 1).text())
                && isOrganizationAt(tokens.get(before), known);
        int right = b < tokens.size() && tokens.get(b).text().equals(",") && b + 1 < tokens.size()
                && LIST_LINKS.contains(tokens.get(b + 1).text()) ? b + 2 : b + 1;
        return left || b < tokens.size() && LIST_LINKS.contains(tokens.get(b).text()) && right < tokens.size()
                && isOrganizationAt(tokens.get(right), known);
    }

    private static boolean isOrganizationAt(Token token, List<Mention> known) {
        for (Mention m : known) {
            if (m.type() == MentionType.ORGANIZATION && m.span().overlaps(token.span())) {
                return true;
            }
        }
        return false;
    }

    private static int runEnd(List<Token> tokens, int t, List<Mention> taken) {
        int end = t;
        while (end < tokens.size() && (WordLists.isNamePart(tokens, end) || end > t && isLink(tokens, end))
                && !Mentions.overlapsAny(tokens.get(end).span(), taken)) {
            end++;
        }
        while (end > t && isLink(tokens, end - 1) && !tokens.get(end - 1).text().equals("AI")) {
            end--;
        }
        return end;
    }

    private static boolean isLink(List<Token> tokens, int i) {
        return LINKS.contains(tokens.get(i).text()) && i + 1 < tokens.size() && WordLists.isNamePart(tokens, i + 1)
                || tokens.get(i).text().equals("AI");
    }

    private Optional<Mention> organization(String text, Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        int a = from;
        while (a < to && (words.openers.contains(tokens.get(a).text()) || words.calendar.contains(tokens.get(a).text())
                || a == 0 && commonWordOpening(tokens.get(a)) || a > from && LINKS.contains(tokens.get(a).text()))) {
            a++;
        }
        int suffix = lastSuffix(tokens, a, to);
        int b = suffix > a ? suffix + 1 : to;
        if (suffix > a && b < tokens.size() && words.legalSuffixes.contains(tokens.get(b).text())) {
            b++;
        }
        String rule = suffix > a ? "org-suffix" : context(tokens, a, b);
        if (a >= b || rule == null || !plausible(tokens, a, b, suffix > a, rule)) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(a).span().start(), tokens.get(b - 1).span().end());
        double confidence = switch (rule) {
            case "org-suffix" -> 0.75;
            case "org-deal-verb" -> 0.5;
            default -> 0.7;
        };
        return Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name(tokens, a, b, text), rule,
                confidence));
    }

    /** A sentence's first word that is a capitalised verb form or adverb ("Leading", "Backed", "Notably"). */
    private static boolean commonWordOpening(Token t) {
        return switch (t.pos()) {
            case "VERB", "ADJ", "ADV" -> t.text().matches("\\p{Lu}\\p{Ll}+(?:ing|ed|ly)");
            default -> false;
        };
    }

    private int lastSuffix(List<Token> tokens, int a, int to) {
        for (int i = to - 1; i > a; i--) {
            if (words.orgSuffixes.contains(tokens.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** The context rule that makes a run without a suffix an organization, or null. */
    private String context(List<Token> tokens, int a, int b) {
        String before = a > 0 ? tokens.get(a - 1).text() : "";
        if (words.descriptors.contains(before)) {
            return "org-descriptor";
        }
        if (b + 1 < tokens.size() && tokens.get(b).text().equals(",") && words.legalSuffixes.contains(tokens.get(b + 1).text())) {
            return "org-legal-suffix";
        }
        if (b + 2 < tokens.size() && tokens.get(b).text().equals(",")
                && List.of("a", "an", "the").contains(tokens.get(b + 1).text())) {
            for (int i = b + 2; i < Math.min(tokens.size(), b + 8); i++) {
                if (words.descriptors.contains(tokens.get(i).text())) {
                    return "org-apposition";
                }
            }
        }
        if (before.equals("of") && a > 1 && HOLDINGS.contains(tokens.get(a - 2).text())) {
            return "org-shares";
        }
        int next = b;
        while (next < tokens.size() && next < b + 2 && VERB_COMPANIONS.contains(tokens.get(next).text())) {
            next++;
        }
        boolean verbAfter = next < tokens.size() && words.dealVerbs.contains(tokens.get(next).text());
        boolean based = before.endsWith("-based") || a > 1 && before.equals("based") && tokens.get(a - 2).text().equals("-");
        boolean modifies = b < tokens.size() && words.descriptors.contains(tokens.get(b).text())
                || words.descriptors.contains(tokens.get(a).text());
        if (based && !modifies) {
            return "org-based";
        }
        if (a > 2 && PARTY_PREPOSITIONS.contains(before) && DEAL_NOUNS.contains(tokens.get(a - 2).text().toLowerCase(Locale.ROOT))) {
            return "org-deal-party";
        }
        boolean verbBefore = words.dealVerbs.contains(before) || a > 1 && OBJECT_PREPOSITIONS.contains(before)
                && words.dealVerbs.contains(tokens.get(a - 2).text());
        return verbAfter || verbBefore ? "org-deal-verb" : null;
    }

    private boolean plausible(List<Token> tokens, int a, int b, boolean suffixed, String rule) {
        StringBuilder joined = new StringBuilder();
        for (int i = a; i < b; i++) {
            joined.append(i > a ? " " : "").append(tokens.get(i).text());
        }
        String name = joined.toString();
        String first = tokens.get(a).text();
        boolean personLike = !suffixed && b - a >= 2 && words.firstNames.contains(first);
        boolean shortAcronym = b - a == 1 && first.equals(first.toUpperCase(Locale.ROOT)) && first.length() <= 3
                && !suffixed && rule.equals("org-deal-verb");
        boolean numbered = tokens.get(b - 1).text().matches("[IVX]{2,4}");
        boolean suffixOnly = b - a == 1 && (words.legalSuffixes.contains(first) || words.orgSuffixes.contains(first));
        return !personLike && !suffixOnly && !shortAcronym && !numbered && !words.isNonName(first) && !words.isNonName(name)
                && !words.honorifics.contains(first) && gazetteer.lookup(name).isEmpty();
    }

    private String name(List<Token> tokens, int a, int b, String text) {
        int end = b;
        while (end - 1 > a && words.legalSuffixes.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return new Span(tokens.get(a).span().start(), tokens.get(end - 1).span().end()).of(text).replaceAll("\\s+", " ");
    }

    /**
     * Found names of one word that are the distinctive first word of a longer found name ("Acme bought…" after
     * "Acme Systems") are named by the longer name.
     */
    private List<Mention> fullNames(List<Mention> found) {
        Map<String, String> longer = new java.util.HashMap<>();
        for (Mention m : found) {
            String[] parts = m.name().split(" ");
            if (parts.length >= 2 && parts[0].length() >= 4 && !words.firstNames.contains(parts[0])
                    && !words.isNonName(parts[0]) && !words.orgSuffixes.contains(parts[0])) {
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

    /** Later bare mentions of found names, and of a distinctive first word of a longer name. */
    private List<Mention> repeats(String text, List<Sentence> sentences, List<Mention> found, List<Mention> taken) {
        Map<String, String> forms = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new java.util.HashMap<>();
        for (Mention m : found) {
            firstAt.merge(m.name(), m.span().start(), Math::min);
            forms.putIfAbsent(m.name(), m.name());
            String[] parts = m.name().split(" ");
            String first = parts[0];
            if (parts.length >= 2 && first.length() >= 4 && !words.firstNames.contains(first) && !words.isNonName(first)
                    && !words.orgSuffixes.contains(first) && gazetteer.lookup(first).isEmpty()) {
                forms.putIfAbsent(first, m.name());
            }
        }
        NameTrie<String> trie = new NameTrie<>();
        forms.forEach(trie::put);
        List<Mention> more = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                var hit = trie.longestAt(text, t.span().start());
                if (hit.isEmpty() || !NameTrie.startsWord(text, t.span().start())) {
                    continue;
                }
                Span span = new Span(t.span().start(), hit.get().end());
                if (span.end() <= s.span().end() && !Mentions.overlapsAny(span, taken) && !Mentions.overlapsAny(span, more)) {
                    boolean shortForm = !hit.get().value().equals(span.of(text));
                    if (shortForm && startsLongerName(s.tokens(), span, taken)) {
                        continue;
                    }
                    if (shortForm && span.start() < firstAt.get(hit.get().value())) {
                        continue;
                    }
                    more.add(Mentions.of(MentionType.ORGANIZATION, text, s, span, hit.get().value(),
                            shortForm ? "org-short-form" : "org-repeat", shortForm ? 0.6 : 0.7));
                }
            }
        }
        return more;
    }
}
