package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Finds organizations the gazetteer does not know, from runs of capitalised tokens: a run ending in an
 * organization suffix ("Northwind Robotics", "Contoso Capital"), a run that a context rule ({@link ContextRules})
 * makes one ("AI startup Northwind", "Oslo-based Northwind", "Northwind raised"), and a run listed with an
 * organization ("Contoso, Northwind and Fabrikam"). Legal suffixes are left out of the name. Once found, later
 * bare mentions of the name, and of its first word when that is distinctive, are mentions too
 * ({@link RepeatFinder}).
 */
final class OrganizationPatterns {

    private static final int LIST_PASSES = 8;
    /** How far after a name the comma that closes its describing apposition may stand. */
    private static final int APPOSITION_CHUNK = 14;
    /** The number of a fund after "Fund": "Fund 2", "Fund IV". */
    private static final Pattern FUND_NUMBER = Pattern.compile("\\d{1,2}|[IVX]{1,4}");
    /** A name with "ex-" written onto it, as one token: "ex-Quentor". */
    private static final Pattern EX_NAME = Pattern.compile("(?i:ex)-\\p{Lu}[\\p{L}\\p{N}]*");

    private final WordLists words;
    private final Gazetteer gazetteer;
    private final ContextRules context;
    private final RepeatFinder repeats;

    OrganizationPatterns(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.context = new ContextRules(words);
        this.repeats = new RepeatFinder(words, gazetteer);
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (WordLists.isTitleCase(s.tokens())) {
                continue;
            }
            int t = 0;
            while (t < s.tokens().size()) {
                int end = joinedRunEnd(s.tokens(), t, runEnd(s.tokens(), t, taken), taken);
                if (end > t) {
                    organization(text, s, t, end, taken).ifPresent(found::add);
                    t = end;
                } else if (EX_NAME.matcher(s.tokens().get(t).text()).matches() && employerBeforeTitle(s.tokens(), t + 1, taken, true)) {
                    formerEmployer(text, s, t).ifPresent(found::add);
                    t++;
                } else {
                    t++;
                }
            }
        }
        found.addAll(listed(text, sentences, taken, found));
        List<Mention> all = new ArrayList<>(taken);
        all.addAll(found);
        found.addAll(repeats.repeats(text, sentences, found, all));
        return repeats.fullNames(found);
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
                    if (end > t && ListLinks.listedWith(s.tokens(), t, end, known, MentionType.ORGANIZATION)) {
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

    /** A listed run as a name, with a number that opens it between the list's link and the run ("360 North"). */
    private Optional<Mention> listedRun(String text, Sentence s, int a, int b) {
        boolean opener = a == 0 && words.openers.contains(s.tokens().get(a).text());
        if (opener || !plausible(s.tokens(), a, b, false, "org-list")) {
            return Optional.empty();
        }
        if (a >= 2 && s.tokens().get(a - 1).text().matches("\\d+") && Cue.LIST_LINK.has(s.tokens().get(a - 2).text())) {
            a--;
        }
        Span span = new Span(s.tokens().get(a).span().start(), s.tokens().get(b - 1).span().end());
        return Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name(s.tokens(), a, b, text),
                "org-list", 0.6));
    }

    private static int runEnd(List<Token> tokens, int t, List<Mention> taken) {
        int end = t;
        while (end < tokens.size() && (WordLists.isNamePart(tokens, end) || end > t && isLink(tokens, end)
                || end > t && WordLists.isInitialDot(tokens, end))
                && !Mentions.overlapsAny(tokens.get(end).span(), taken)) {
            end++;
        }
        while (end > t && isLink(tokens, end - 1) && !tokens.get(end - 1).text().equals("AI")) {
            end--;
        }
        return end;
    }

    /**
     * A run of one or two words that "and" or "for" joins to a run ending in an organization word, the whole
     * opening a noun phrase ("the Roads and Transport Authority", "India's Centre for Development of Advanced
     * Computing"): one name. Otherwise the run's own end.
     */
    private int joinedRunEnd(List<Token> tokens, int t, int end, List<Mention> taken) {
        boolean leading = end > t && Cue.DETERMINER.has(tokens.get(t).text().toLowerCase(Locale.ROOT));
        int first = leading ? t + 1 : t;
        if (end <= first || end - first > 2 || end + 1 >= tokens.size() || !Cue.INNER_LINK.has(tokens.get(end).text())) {
            return end;
        }
        boolean opens = (leading || t > 0 && (Cue.DETERMINER.has(tokens.get(t - 1).text().toLowerCase(Locale.ROOT))
                || Cue.POSSESSIVE.has(tokens.get(t - 1).text()))) && !words.orgSuffixes.contains(tokens.get(end - 1).text());
        int joined = runEnd(tokens, end + 1, taken);
        return opens && joined > end + 1 && lastSuffix(tokens, end + 1, joined) > end + 1 ? joined : end;
    }

    private static boolean isLink(List<Token> tokens, int i) {
        return Cue.NAME_LINK.has(tokens.get(i).text()) && i + 1 < tokens.size() && WordLists.isNamePart(tokens, i + 1)
                || tokens.get(i).text().equals("AI");
    }

    private Optional<Mention> organization(String text, Sentence s, int from, int to, List<Mention> taken) {
        List<Token> tokens = s.tokens();
        int a = from;
        while (a < to && (words.openers.contains(tokens.get(a).text()) || words.calendar.contains(tokens.get(a).text())
                || a == 0 && commonWordOpening(tokens.get(a)) && !onlySuffixesAfter(tokens, a, to)
                        && !describedBetweenCommas(tokens, a)
                || a == 0 && commonNounOf(tokens, a, to)
                || a > from && Cue.NAME_LINK.has(tokens.get(a).text()))) {
            a++;
        }
        int suffix = lastSuffix(tokens, a, to);
        if (suffix < a && institutionOf(tokens, a, to)) {
            suffix = to - 1;
        }
        if (suffix > a) {
            a = particledStart(tokens, a);
        }
        int b = suffix > a ? suffix + 1 : to;
        if (suffix > a && b < tokens.size() && words.legalSuffixes.contains(tokens.get(b).text())) {
            b++;
        }
        if (suffix > a && b < tokens.size() && fundNumber(tokens, b)) {
            b++;
        }
        String rule = suffix > a ? "org-suffix" : context.rule(tokens, a, b);
        if (rule == null && b == to && employerBeforeTitle(tokens, b, taken, formerBefore(tokens, a))
                && !afterOrganization(tokens, a, taken)
                && (a > 0 || tokens.get(a).pos().equals("PROPN"))) {
            rule = "org-title-holder";
        }
        if (rule == null && b == to && employerInApposition(tokens, a, b, taken)) {
            rule = "org-title-owner";
        }
        if (rule == null && b == to && hirerBefore(tokens, a, b, taken)) {
            rule = "org-hirer";
        }
        if (rule == null && b == to && speakerOwner(tokens, b, taken) && !words.places.contains(name(tokens, a, b, text))) {
            rule = "org-speaker-owner";
        }
        if (rule == null && b - a == 1 && webName(tokens.get(a).text())) {
            rule = "org-web-name";
        }
        if (a >= b || rule == null || !plausible(tokens, a, b, suffix > a, rule) && !describedProductLed(tokens, a, b, suffix)
                || commonWordModifier(text, tokens, a, b)) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(a).span().start(), tokens.get(b - 1).span().end());
        double confidence = switch (rule) {
            case "org-suffix" -> 0.75;
            case "org-deal-verb" -> 0.5;
            case "org-deal-object" -> 0.6;
            default -> 0.7;
        };
        return Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name(tokens, a, b, text), rule,
                confidence));
    }

    /**
     * "Brightwave CEO Hana Kobel", "former Quentor co-founder Mark Edde", "Quentor's former vice president Dana
     * Kowal": a run right before a company title ({@link Cue#HOLDER_TITLE}, by the title's usual name), or before
     * its possessive and words of time ({@link Cue#TITLE_TIME}) and then the title, that a person's name follows at
     * once names the person's organization. Titles of office ("President", "Senator") are left out: a country or a party
     * stands there as often. A sentence's first word counts only when tagged a proper noun ("Veteran engineer
     * Lu Wen" names no company). A title in the plural ("researchers P and Q") counts only when {@code former}:
     * the run follows "former" or is an "ex-" name ("former Quentor engineers P and Q").
     */
    private static boolean employerBeforeTitle(List<Token> tokens, int b, List<Mention> taken, boolean former) {
        if (b + 1 < tokens.size() && Cue.POSSESSIVE.has(tokens.get(b).text())) {
            b++;
            while (b + 1 < tokens.size() && Cue.TITLE_TIME.has(tokens.get(b).text())) {
                b++;
            }
        }
        if (b + 1 >= tokens.size()) {
            return false;
        }
        Mention title = startingAt(taken, tokens.get(b).span().start(), MentionType.TITLE);
        if (title == null || plural(title) && !former) {
            return false;
        }
        boolean holder = Cue.HOLDER_TITLE.has(title.name());
        int i = after(tokens, b + 1, title);
        while (i + 1 < tokens.size() && Cue.TITLE_AND.has(tokens.get(i).text())) {
            Mention next = startingAt(taken, tokens.get(i + 1).span().start(), MentionType.TITLE);
            if (next == null || plural(next)) {
                return false;
            }
            holder |= Cue.HOLDER_TITLE.has(next.name());
            i = after(tokens, i + 1, next);
        }
        return holder && i < tokens.size() && startingAt(taken, tokens.get(i).span().start(), MentionType.PERSON) != null;
    }

    /** Whether "former" or "ex-" stands right before the run starting at {@code a}. */
    private static boolean formerBefore(List<Token> tokens, int a) {
        return a > 0 && (tokens.get(a - 1).text().equalsIgnoreCase("former") || tokens.get(a - 1).text().equalsIgnoreCase("ex"));
    }

    /** The first token from {@code from} on past the end of {@code mention}. */
    private static int after(List<Token> tokens, int from, Mention mention) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).span().start() < mention.span().end()) {
            i++;
        }
        return i;
    }

    /**
     * "Northwind hired Dana Kowal as CFO", "Northwind has appointed P": the run before a verb of hiring
     * ({@link Cue#HIRING_VERB}, perhaps after auxiliaries) that a person's name follows at once is the hirer; not a
     * place, nor a lone given or family name ("Kowal named P").
     */
    private boolean hirerBefore(List<Token> tokens, int a, int b, List<Mention> taken) {
        int verb = b;
        while (verb < tokens.size() && verb < b + 2 && Cue.VERB_COMPANION.has(tokens.get(verb).text())) {
            verb++;
        }
        if (verb + 1 >= tokens.size() || !Cue.HIRING_VERB.has(tokens.get(verb).text())
                || startingAt(taken, tokens.get(verb + 1).span().start(), MentionType.PERSON) == null) {
            return false;
        }
        String first = tokens.get(a).text();
        return !(b - a == 1 && (words.places.contains(first) || words.surnames.contains(first)
                || words.firstNames.contains(first)));
    }

    /**
     * "Jane Doe, Northwind Orbit's general counsel,": the run, set off by a comma right after a person, owns a
     * company title (one of {@link Cue#HOLDER_TITLE}, or a "head of" something) through its possessive.
     */
    private static boolean employerInApposition(List<Token> tokens, int a, int b, List<Mention> taken) {
        if (a < 2 || b + 1 >= tokens.size() || !tokens.get(a - 1).text().equals(",")
                || !Cue.POSSESSIVE.has(tokens.get(b).text())) {
            return false;
        }
        int end = tokens.get(a - 2).span().end();
        boolean person = taken.stream().anyMatch(m -> m.type() == MentionType.PERSON && m.span().end() == end);
        int k = b + 1;
        while (k + 1 < tokens.size() && Cue.TITLE_TIME.has(tokens.get(k).text())) {
            k++;
        }
        Mention title = startingAt(taken, tokens.get(k).span().start(), MentionType.TITLE);
        return person && title != null && !plural(title)
                && (Cue.HOLDER_TITLE.has(title.name()) || title.name().startsWith("head of "));
    }

    /**
     * "Quentor's Ravi Malhotra said": the owner of a person's name that a verb of saying follows is the speaker's
     * organization (a person's name there is a mention already, and places are left out: "Norway's P said").
     */
    private boolean speakerOwner(List<Token> tokens, int b, List<Mention> taken) {
        if (b + 2 >= tokens.size() || !Cue.POSSESSIVE.has(tokens.get(b).text())) {
            return false;
        }
        Mention person = startingAt(taken, tokens.get(b + 1).span().start(), MentionType.PERSON);
        if (person == null) {
            return false;
        }
        for (int i = b + 2; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= person.span().end()) {
                return words.speechVerbs.contains(tokens.get(i).text());
            }
        }
        return false;
    }

    /** "researchers Sarah Kim and Paul Weber": a plural title lists people, and a word before it says what kind. */
    private static boolean plural(Mention title) {
        String last = title.text().substring(title.text().lastIndexOf(' ') + 1);
        return last.endsWith("s") && !title.name().endsWith("s");
    }

    /** An organization's mention right before the run, whose unit the run then names: "Nvidia EMEA Automotive VP". */
    private static boolean afterOrganization(List<Token> tokens, int a, List<Mention> taken) {
        if (a == 0) {
            return false;
        }
        Span before = tokens.get(a - 1).span();
        return taken.stream().anyMatch(m -> m.type() == MentionType.ORGANIZATION && m.span().end() == before.end());
    }

    /** The name in an "ex-Quentor" token before a title and a person, past its "ex-". */
    private Optional<Mention> formerEmployer(String text, Sentence s, int t) {
        Token token = s.tokens().get(t);
        Span span = new Span(token.span().start() + "ex-".length(), token.span().end());
        String name = span.of(text);
        if (words.isNonName(name) || gazetteer.lookup(name).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Mentions.of(MentionType.ORGANIZATION, text, s, span, name, "org-title-holder", 0.7));
    }

    private static Mention startingAt(List<Mention> mentions, int start, MentionType type) {
        for (Mention m : mentions) {
            if (m.type() == type && m.span().start() == start) {
                return m;
            }
        }
        return null;
    }

    /**
     * A sentence's or a quotation's first word and "AI" used as a modifier of the noun after them ("Rival AI
     * image makers", "Current AI assistants"), named nowhere else in the article: a common word opening the
     * sentence, not a name. A company so named is named again, or in a context that makes it one.
     */
    private static boolean commonWordModifier(String text, List<Token> tokens, int a, int b) {
        boolean opens = tokens.subList(0, a).stream().allMatch(t -> t.text().matches("\\p{P}+"))
                || tokens.get(a - 1).text().matches("[“\"‘:]");
        if (!opens || b - a != 2 || b >= tokens.size() || !tokens.get(a + 1).text().equals("AI")) {
            return false;
        }
        Token next = tokens.get(b);
        String name = tokens.get(a).text() + " " + tokens.get(a + 1).text();
        return next.pos().equals("NOUN") && Character.isLowerCase(next.text().codePointAt(0))
                && text.indexOf(name) == text.lastIndexOf(name);
    }

    /**
     * A name that a product's name opens and an organization word ends, described in apposition as an
     * organization ("Bedrock Robotics, a construction startup"): the company, where "Gemini Robotics models"
     * without such a description stays a product's name.
     */
    private boolean describedProductLed(List<Token> tokens, int a, int b, int suffix) {
        return suffix > a && b - a >= 2 && words.products.containsKey(tokens.get(a).text())
                && "org-apposition".equals(context.rule(tokens, a, b));
    }

    /** A capitalised word with a web address's ending, as companies write their names ("Quill.ai"). */
    private static boolean webName(String word) {
        int dot = word.lastIndexOf('.');
        return dot > 1 && Character.isUpperCase(word.charAt(0)) && Cue.WEB_ENDING.has(word.substring(dot + 1));
    }

    /**
     * Where a name ending in an organization word starts when a person's name with a particle opens it
     * ("Karim bin Saleh University"): back over the particle and the capitalised words before it.
     */
    private static int particledStart(List<Token> tokens, int a) {
        if (a < 2 || !Cue.NAME_PARTICLE.has(tokens.get(a - 1).text()) || !WordLists.isNamePart(tokens, a - 2)) {
            return a;
        }
        int start = a - 2;
        while (start > 0 && WordLists.isNamePart(tokens, start - 1)) {
            start--;
        }
        return start;
    }

    /** "University of Oslo", "Bank of Tampere": an organization word, "of", and a name. */
    private boolean institutionOf(List<Token> tokens, int a, int to) {
        return to - a >= 3 && words.orgSuffixes.contains(tokens.get(a).text()) && !words.legalSuffixes.contains(tokens.get(a).text())
                && tokens.get(a + 1).text().equals("of");
    }

    /** Whether only organization words follow the word at {@code a} in its run: "Tessaly Systems" is a name whole. */
    private boolean onlySuffixesAfter(List<Token> tokens, int a, int to) {
        return a + 1 < to && tokens.subList(a + 1, to).stream().allMatch(t -> words.orgSuffixes.contains(t.text()));
    }

    /** A sentence's first word that is a capitalised verb form or adverb ("Leading", "Backed", "Notably"). */
    /**
     * "Tessaly, a London-based AI startup, has closed…": the word at {@code a} is described by an apposition that a
     * second comma closes before a verb, which an opening adverb ("Additionally, a startup said") never is.
     */
    private boolean describedBetweenCommas(List<Token> tokens, int a) {
        if (!"org-apposition".equals(context.rule(tokens, a, a + 1))) {
            return false;
        }
        for (int k = a + 2; k < tokens.size() && k <= a + APPOSITION_CHUNK; k++) {
            if (tokens.get(k).text().equals(",")) {
                return k + 1 < tokens.size() && Set.of("AUX", "VERB").contains(tokens.get(k + 1).pos());
            }
        }
        return false;
    }

    private static boolean commonWordOpening(Token t) {
        return switch (t.pos()) {
            case "VERB", "ADJ", "ADV" -> t.text().matches("\\p{Lu}\\p{Ll}+(?:ing|ed|ly)");
            default -> false;
        };
    }

    /**
     * A common noun that opens the sentence before "of" and a name: "Part of Sorrel Energy's funding", "Terms of
     * the deal", "News of Castor Bank's deal"; not a word of an organization's name ("Bank of Oslo", "University
     * of Tartu"), which the tagger takes for a proper noun or the suffixes list.
     */
    private boolean commonNounOf(List<Token> tokens, int a, int to) {
        Token first = tokens.get(a);
        return a + 2 < to && tokens.get(a + 1).text().equals("of") && first.pos().equals("NOUN")
                && !words.orgSuffixes.contains(first.text()) && !Cue.UNIT_WORD.has(first.text());
    }

    /** A fund's number right after "Fund": "Kestrel Ventures Fund 2", "Growth Fund IV". */
    private static boolean fundNumber(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).text().equals("Fund") && FUND_NUMBER.matcher(tokens.get(k).text()).matches()
                && tokens.get(k).span().start() - tokens.get(k - 1).span().end() == 1;
    }

    private int lastSuffix(List<Token> tokens, int a, int to) {
        for (int i = to - 1; i > a; i--) {
            if (words.orgSuffixes.contains(tokens.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private boolean plausible(List<Token> tokens, int a, int b, boolean suffixed, String rule) {
        StringBuilder joined = new StringBuilder();
        for (int i = a; i < b; i++) {
            joined.append(i > a ? " " : "").append(tokens.get(i).text());
        }
        String name = joined.toString();
        String first = tokens.get(a).text();
        boolean personLike = !suffixed && b - a >= 2 && words.firstNames.contains(first)
                && tokens.subList(a + 1, b).stream().noneMatch(t -> words.isNonName(t.text()));
        boolean shortAcronym = b - a == 1 && first.equals(first.toUpperCase(Locale.ROOT)) && first.length() <= 3
                && !suffixed && rule.equals("org-deal-verb");
        boolean numbered = tokens.get(b - 1).text().matches("[IVX]{2,4}") && !fundNumber(tokens, b - 1);
        boolean listedFund = Cue.LISTED_FUND.has(tokens.get(b - 1).text())
                || b - a >= 2 && tokens.get(b - 1).text().equals("Fund") && Cue.LISTED_FUND.has(tokens.get(b - 2).text());
        boolean suffixOnly = b - a == 1 && (words.legalSuffixes.contains(first) || words.orgSuffixes.contains(first));
        boolean placeLed = suffixed && (b - a >= 2 && words.places.contains(first) || b - a >= 3 && words.generic.contains(first))
                && !(b - a == 2 && tokens.get(b - 1).text().equals("AI"));
        return !personLike && !suffixOnly && !shortAcronym && !numbered && !listedFund && (placeLed || !words.isNonName(first))
                && !words.isNonName(name)
                && !words.honorifics.contains(first) && gazetteer.lookup(name).isEmpty();
    }

    private String name(List<Token> tokens, int a, int b, String text) {
        int end = b;
        while (end - 1 > a && words.legalSuffixes.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return new Span(tokens.get(a).span().start(), tokens.get(end - 1).span().end()).of(text).replaceAll("\\s+", " ");
    }
}
