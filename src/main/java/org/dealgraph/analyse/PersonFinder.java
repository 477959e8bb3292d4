package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Finds people: runs of two to four capitalised name tokens (with particles such as "de" or "van" inside) that
 * start with a common given name or end with a common family name, follow an honorific or a title ("CEO Jane
 * Doe", "its CEO, Jane Doe"), stand in apposition with a title ("Jane Doe, the founding chief executive of…"),
 * stand next to a verb of saying ("said Jane Doe") or before a relative "who" ("Jane Doe, who leads…"), follow "founded by", take a title as a verb's object
 * ("named Jane Doe as CFO"), are set off as "formerly of" an organization, or stand in a list with another person ("Jane Doe and John
 * Roe"), or share a family name with one ("Jane and John Roe"). A single name counts after an honorific or a capitalised title ("President Doe"). Honorifics are
 * left out of the name. Later mentions by surname alone ("Doe", "Ms. Doe") are named by the full name. Runs
 * that hold an organization suffix, a place, a product or a gazetteer name are not people.
 */
final class PersonFinder {

    /** How many words a name with a particle may have: "Tahnoun bin Zayed Al Nahyan", "Jan van der Berg Smit". */
    private static final int LONGEST_PARTICLED_NAME = 6;

    /** How far after a verb of joining the "as" of the title given may stand: "joined Northwind Cloud Systems as". */
    private static final int JOINED_AS_REACH = 6;

    private final WordLists words;
    private final Gazetteer gazetteer;
    private final ContextRules context;

    PersonFinder(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.context = new ContextRules(words);
    }

    /** People in the article, full names first found, then later surname mentions. */
    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        Set<String> alone = loneNames(sentences, taken);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            boolean headline = WordLists.isTitleCase(tokens);
            int t = 0;
            while (t < tokens.size()) {
                int end = runEnd(tokens, t, taken);
                if (end > t) {
                    person(text, s, givenNameInside(tokens, t, end, taken), end, headline, taken, alone).ifPresent(found::add);
                    t = end;
                } else {
                    t++;
                }
            }
        }
        found.addAll(listed(text, sentences, taken, found));
        found.addAll(sharedSurnames(text, sentences, taken, found));
        List<Mention> bySurname = surnames(text, sentences, taken, found);
        found.addAll(bySurname);
        if (!bySurname.isEmpty()) {
            // a list may open with a family name told before: "started A in 2022: Truell, Sualeh Asif and Aman Sanger"
            found.addAll(listed(text, sentences, taken, found));
            renameToLonger(found);
        }
        return found;
    }

    /**
     * Where a person's name starts inside a longer run that an organization opens ("the former CTO of Northwind
     * Labs Jane Doe"): at a given name that leaves two or three words to the run's end, else at the last two words
     * of a run of four or more when a title and "of" stand before ("CEO of Consumer Devices Jane Doe"); else the
     * run's start.
     */
    private int givenNameInside(List<Token> tokens, int from, int to, List<Mention> taken) {
        if (to - from < 3 || words.firstNames.contains(tokens.get(from).text())) {
            return from;
        }
        for (int k = from + 1; k <= to - 2; k++) {
            if (to - k <= 3 && words.firstNames.contains(tokens.get(k).text()) && titleOfBefore(tokens, k - 1, taken)) {
                return k;
            }
        }
        return to - from >= 4 && titleOfBefore(tokens, to - 3, taken) ? to - 2 : from;
    }

    private static int runEnd(List<Token> tokens, int t, List<Mention> taken) {
        int end = t;
        while (end < tokens.size() && (WordLists.isNamePart(tokens, end) || end > t && isParticle(tokens, end)
                || end > t && (isDoubleParticle(tokens, end) || isDoubleParticle(tokens, end - 1))
                || end > t && WordLists.isInitialDot(tokens, end))
                && !Mentions.overlapsAny(tokens.get(end).span(), taken)
                && (end == t || tokens.get(end).span().start() - tokens.get(end - 1).span().end() <= 1)) {
            end++;
        }
        return end;
    }

    /** "de", "van", "von" and the like inside a name ("Ana de Souza"), or the hyphen of "Mei-Lin" split off. */
    private static boolean isParticle(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !WordLists.isNamePart(tokens, i + 1)) {
            return false;
        }
        Token t = tokens.get(i);
        boolean hyphen = t.text().equals("-") && t.span().start() == tokens.get(i - 1).span().end()
                && t.span().end() == tokens.get(i + 1).span().start();
        return hyphen || Cue.NAME_PARTICLE.has(t.text());
    }

    /** The first of two particles before a name: "van der Berg", "de la Cruz". */
    private static boolean isDoubleParticle(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && Cue.NAME_PARTICLE.has(tokens.get(i).text())
                && Cue.NAME_PARTICLE.has(tokens.get(i + 1).text()) && WordLists.isNamePart(tokens, i + 2);
    }

    /**
     * Two- or three-word runs listed with a person found ("Jane Doe, John Roe and Ann Poe"), but not the
     * organization of a title ("the former CEO of Northwind Mining, Jane Doe"), nor an owner in apposition ("Jane
     * Doe, Northwind Orbit's general counsel").
     */
    private List<Mention> listed(String text, List<Sentence> sentences, List<Mention> taken, List<Mention> found) {
        List<Mention> more = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            List<Mention> known = new ArrayList<>(taken);
            known.addAll(found);
            known.addAll(more);
            int before = more.size();
            for (Sentence s : sentences) {
                List<Token> tokens = s.tokens();
                int t = 0;
                while (t < tokens.size()) {
                    int end = runEnd(tokens, t, known);
                    boolean titleOf = t >= 2 && Cue.TITLE_COMPLEMENT.has(tokens.get(t - 1).text())
                            && isTitleAt(tokens.get(t - 2), known);
                    boolean owner = end < tokens.size() && Cue.POSSESSIVE.has(tokens.get(end).text());
                    if (end - t >= 2 && end - t <= 3 && !titleOf && !owner
                            && ListLinks.listedWith(tokens, t, end, known, MentionType.PERSON)
                            && plausible(tokens, t, end, false) && !words.openers.contains(tokens.get(t).text())) {
                        Span span = new Span(tokens.get(t).span().start(), tokens.get(end - 1).span().end());
                        more.add(Mentions.of(MentionType.PERSON, text, s, span, span.of(text).replaceAll("\\s+", " "),
                                "person-list", 0.7));
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

    /**
     * "Dario and Daniela Amodei", "Tim and Rosemary Berners-Lee": a lone given name joined by "and" to a person
     * found with a family name is a person of the same family name.
     */
    private List<Mention> sharedSurnames(String text, List<Sentence> sentences, List<Mention> taken, List<Mention> found) {
        List<Mention> more = new ArrayList<>();
        for (Mention person : found) {
            Sentence s = sentences.get(person.sentence());
            List<Token> tokens = s.tokens();
            int first = Salience.firstFrom(tokens, person.span().start());
            String[] parts = person.name().split(" ");
            if (first < 2 || parts.length < 2 || !tokens.get(first - 1).text().equals("and")) {
                continue;
            }
            Token given = tokens.get(first - 2);
            boolean lone = first < 3 || !WordLists.isNamePart(tokens, first - 3);
            if (lone && words.firstNames.contains(given.text()) && !Mentions.overlapsAny(given.span(), taken)
                    && !Mentions.overlapsAny(given.span(), found)) {
                String name = given.text() + person.name().substring(parts[0].length());
                more.add(Mentions.of(MentionType.PERSON, text, s, given.span(), name, "person-shared-surname", 0.7));
            }
        }
        return more;
    }

    private Optional<Mention> person(String text, Sentence s, int from, int to, boolean headline, List<Mention> taken,
                                     Set<String> alone) {
        List<Token> tokens = s.tokens();
        int a = from;
        boolean honorific = false;
        while (a < to && (words.honorifics.contains(tokens.get(a).text()) || words.openers.contains(tokens.get(a).text()))) {
            honorific |= words.honorifics.contains(tokens.get(a).text());
            a++;
        }
        int b = to;
        while (b > a && words.calendar.contains(tokens.get(b - 1).text())) {
            b--;
        }
        if (headline && b - a > 2) {
            b = a + 2;
        }
        int n = b - a;
        boolean titled = n == 1 && a > 0 && isTitleAt(tokens.get(a - 1), taken)
                && Character.isUpperCase(tokens.get(a - 1).text().charAt(0)) && tokens.get(a).pos().equals("PROPN");
        boolean particled = tokens.subList(a, b).stream().anyMatch(t -> Cue.NAME_PARTICLE.has(t.text()));
        if (n < 1 || n > (particled ? LONGEST_PARTICLED_NAME : 4) || n == 1 && !honorific && !titled
                || !plausible(tokens, a, b, titleFollows(tokens, b, taken))) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(a).span().start(), tokens.get(b - 1).span().end());
        String name = span.of(text).replaceAll("\\s+", " ");
        int titleStart = a;
        while (titleStart > from && words.honorifics.contains(tokens.get(titleStart - 1).text())) {
            titleStart--;
        }
        // the mention covers its honorific ("Sheikh P"), so that what stands before the person stands right before it
        span = new Span(tokens.get(titleStart).span().start(), span.end());
        String rule = evidence(tokens, a, b, honorific, taken);
        if (rule == null && b - a == 2 && alone.contains(tokens.get(b - 1).text()) && !alone.contains(tokens.get(a).text())
                && !Cue.PROJECT_WORD.has(tokens.get(a).text())
                && tokens.subList(a, b).stream().allMatch(t -> t.pos().equals("PROPN"))) {
            rule = "person-surname-repeated";
        }
        if (rule == null || headline && !rule.equals("person-first-name")) {
            return Optional.empty();
        }
        double confidence = n == 1 ? 0.6 : rule.equals("person-first-name") ? 0.85 : 0.75;
        return Optional.of(Mentions.of(MentionType.PERSON, text, s, span, name, rule, confidence));
    }

    /**
     * The capitalised words that stand alone, with no other name word next to them and no mention on them: how news text names a person again ("Holt said") after the full name ("Lena Holt"). A two-word
     * run whose last word stands so, and whose first does not, is a person's name ("Acme" alone repeats an
     * organization's first word instead).
     */
    private static Set<String> loneNames(List<Sentence> sentences, List<Mention> taken) {
        Set<String> alone = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                boolean lone = WordLists.isNamePart(tokens, i) && (i == 0 || !WordLists.isNamePart(tokens, i - 1)
                        && !Cue.POSSESSIVE.has(tokens.get(i - 1).text()))
                        && (i + 1 == tokens.size() || !WordLists.isNamePart(tokens, i + 1))
                        && !Mentions.overlapsAny(tokens.get(i).span(), taken);
                if (lone) {
                    alone.add(tokens.get(i).text());
                }
            }
        }
        return alone;
    }

    /**
     * Whether the run [a, b) may be a person's name. {@code titled}: a title in apposition follows it, which lets a
     * place end a two-word name after a given name ("Robin Washington, the company's president").
     */
    private boolean plausible(List<Token> tokens, int a, int b, boolean titled) {
        StringBuilder joined = new StringBuilder();
        for (int i = a; i < b; i++) {
            String w = tokens.get(i).text().replaceAll("['’]$", "");
            if (w.equals("-")) {
                continue;
            }
            boolean initial = WordLists.isInitial(w) || WordLists.isInitials(w) && !words.places.contains(w)
                    || w.equals(".") && i > a;
            if (initial && i + 1 < b) {
                joined.append(i > a && !w.equals(".") ? " " : "").append(w);
                continue;
            }
            boolean familyName = b - a == 2 && i == b - 1 && words.firstNames.contains(tokens.get(a).text());
            if (words.orgSuffixes.contains(w) || words.legalSuffixes.contains(w)
                    || (familyName ? words.isNonFamilyName(w) && !(titled && placeOnly(w)) : words.isNonName(w))
                    || w.length() < 2 || w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.length() > 2) {
                return false;
            }
            joined.append(i > a ? " " : "").append(w);
        }
        String name = joined.toString();
        // "Prima Materia, the investment firm of…": a name an apposition describes as an organization is none
        return gazetteer.lookup(name).isEmpty() && !words.places.contains(name) && !words.products.containsKey(name)
                && !context.describedAsOrganization(tokens, b);
    }

    /** A place's name that is no product, date or generic word: it may be a family name too ("Washington"). */
    private boolean placeOnly(String word) {
        return words.places.contains(word) && !words.products.containsKey(word) && !words.calendar.contains(word)
                && !words.generic.contains(word);
    }

    /** The rule that makes the run a person, or null when nothing does. */
    private String evidence(List<Token> tokens, int a, int b, boolean honorific, List<Mention> taken) {
        if (b - a >= 2 && words.firstNames.contains(tokens.get(a).text())) {
            return "person-first-name";
        }
        if (honorific) {
            return "person-honorific";
        }
        int before = a - 1;
        if (before >= 0 && isTitleAt(tokens.get(before), taken)) {
            return "person-title";
        }
        if (b - a >= 2 && before >= 1 && tokens.get(before).text().equals(",")
                && isTitleAt(tokens.get(before - 1), taken)) {
            return "person-title";
        }
        if (b - a >= 2 && titleOfBefore(tokens, before, taken)) {
            return "person-title";
        }
        int nameWords = (int) tokens.subList(a, b).stream().filter(t -> !t.text().equals("-")).count();
        if (nameWords >= 2 && nameWords <= 3 && words.surnames.contains(tokens.get(b - 1).text())) {
            return "person-surname-lexicon";
        }
        if (titleFollows(tokens, b, taken)) {
            return "person-apposition";
        }
        if (nameWords >= 2 && nameWords <= 3 && titleAfterCopula(tokens, a, b, taken)) {
            return "person-copula-title";
        }
        if (nameWords >= 2 && nameWords <= 3 && joinedAs(tokens, a, b, taken)) {
            return "person-joined-as";
        }
        if (nameWords >= 2 && nameWords <= 3 && (titleAsObject(tokens, a, b, taken) || formerlyOf(tokens, b))) {
            return "person-object-title";
        }
        if (nameWords >= 2 && nameWords <= 3 && before >= 1 && tokens.get(before).text().equals("by")
                && foundedBefore(tokens, before - 1)
                && (b == tokens.size() || !tokens.get(b).pos().equals("NOUN"))) {
            return "person-founder";
        }
        if (nameWords >= 2 && nameWords <= 3 && b + 1 < tokens.size() && tokens.get(b).text().equals(",")
                && Cue.PERSON_RELATIVE.has(tokens.get(b + 1).text())
                && whoNamed(tokens, a, b)) {
            return "person-who";
        }
        boolean speechAfter = b < tokens.size() && words.speechVerbs.contains(tokens.get(b).text())
                && (before < 0 || !Cue.NOT_BEFORE_SPEAKER.has(tokens.get(before).text()))
                && !words.speaksOfItsDeal(tokens, b + 1);
        boolean speechBefore = before >= 0 && words.speechVerbs.contains(tokens.get(before).text());
        return speechAfter || speechBefore ? "person-speech" : null;
    }

    /** "founded by", "founded in 2019 by", "founded in Oslo by": a founding word at {@code k}, or before "in" and a year or place. */
    private static boolean foundedBefore(List<Token> tokens, int k) {
        if (Cue.FOUNDED_WORD.has(tokens.get(k).text())) {
            return true;
        }
        return k >= 2 && tokens.get(k - 1).text().equals("in") && Cue.FOUNDED_WORD.has(tokens.get(k - 2).text())
                && (tokens.get(k).pos().equals("NUM") || tokens.get(k).pos().equals("PROPN"));
    }

    /**
     * Whether the run before ", who" reads as a person's name: every word a proper noun, or (the tagger takes an
     * unknown given name for a verb: "Ruoming Pang") its last word one and no word one that names no person.
     */
    private boolean whoNamed(List<Token> tokens, int a, int b) {
        List<Token> run = tokens.subList(a, b);
        if (run.stream().allMatch(t -> t.pos().equals("PROPN") || t.text().equals("-"))) {
            return true;
        }
        return tokens.get(b - 1).pos().equals("PROPN") && run.stream().noneMatch(t -> words.isNonName(t.text()));
    }

    /**
     * "named Jane Doe as chief financial officer", "promoted Jane Doe to president": the object of a verb, then
     * "as" or "to", a determiner or an adjective or two ("as its new CEO"), and a title; not of a verb of joining,
     * whose object is the employer ("joined Northwind as CTO").
     */
    private static boolean titleAsObject(List<Token> tokens, int a, int b, List<Mention> taken) {
        if (a < 1 || !tokens.get(a - 1).pos().equals("VERB") || Cue.BODY_VERB.has(tokens.get(a - 1).text()) || b >= tokens.size()
                || !tokens.get(b).text().equals("as") && !tokens.get(b).text().equals("to")) {
            return false;
        }
        for (int i = b + 1; i < tokens.size() && i <= b + 3; i++) {
            if (isTitleAt(tokens.get(i), taken)) {
                return true;
            }
            String pos = tokens.get(i).pos();
            if (!pos.equals("DET") && !pos.equals("PRON") && !pos.equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Jane Doe joined Northwind as chief executive", "Jane Doe will rejoin Northwind as its CFO": the subject of a
     * verb of joining (past its auxiliaries) whose object is followed, within a few words, by "as" and a title.
     */
    private static boolean joinedAs(List<Token> tokens, int a, int b, List<Mention> taken) {
        int k = b;
        while (k < tokens.size() && k < b + 2 && Cue.VERB_COMPANION.has(tokens.get(k).text())) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).text().toLowerCase(Locale.ROOT).matches("(re)?join(s|ed|ing)?")) {
            return false;
        }
        for (int i = k + 2; i < tokens.size() && i <= k + JOINED_AS_REACH; i++) {
            if (tokens.get(i).text().equals("as")) {
                for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
                    if (isTitleAt(tokens.get(j), taken)) {
                        return true;
                    }
                    if (!Set.of("DET", "PRON", "ADJ").contains(tokens.get(j).pos())) {
                        return false;
                    }
                }
                return false;
            }
            if (Set.of(",", ".", ";").contains(tokens.get(i).text())) {
                return false;
            }
        }
        return false;
    }

    /** ", formerly of", ", previously at": a person's earlier place set off after the name. */
    private static boolean formerlyOf(List<Token> tokens, int b) {
        return b + 2 < tokens.size() && tokens.get(b).text().equals(",") && Cue.APPOSITION_ADVERB.has(tokens.get(b + 1).text())
                && Cue.TITLE_COMPLEMENT.has(tokens.get(b + 2).text());
    }

    /**
     * ", the founding chief executive", ", its former CEO", ", formerly a Contoso engineering director", ", Acme's
     * global head of sales", ", a longtime Contoso partner": a title after a comma, an adverb of time, a determiner,
     * up to three words of a name (an organization's, possessive or not) and up to three modifiers. A partner "of"
     * someone is a company ({@link Cue#TITLE_DESCRIPTOR}).
     */
    /**
     * "Jane Doe is now chief technology officer at Northwind", "Jane Doe was the new CFO of Northwind": a run of
     * capitalised words, a copula, an adverb of time or a determiner and words of time ("new", "interim"), then a
     * company title that "at" or "of" ties to what follows.
     */
    private static boolean titleAfterCopula(List<Token> tokens, int a, int b, List<Mention> taken) {
        if (b >= tokens.size() || !Cue.COPULA.has(tokens.get(b).text())
                || !tokens.subList(a, b).stream().allMatch(t -> Character.isUpperCase(t.text().charAt(0)) || t.text().equals("-"))) {
            return false;
        }
        int i = b + 1;
        while (i < tokens.size() && (Cue.APPOSITION_ADVERB.has(tokens.get(i).text()) || Cue.DETERMINER.has(tokens.get(i).text())
                || Cue.TITLE_TIME.has(tokens.get(i).text()))) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        int start = tokens.get(i).span().start();
        Mention title = taken.stream().filter(m -> m.type() == MentionType.TITLE && m.span().start() == start)
                .findFirst().orElse(null);
        if (title == null || !Cue.HOLDER_TITLE.has(title.name()) && !title.name().equals("president")) {
            return false;
        }
        int next = i;
        while (next < tokens.size() && tokens.get(next).span().start() < title.span().end()) {
            next++;
        }
        return next < tokens.size() && (tokens.get(next).text().equals("at") || tokens.get(next).text().equals("of"));
    }

    private static boolean titleFollows(List<Token> tokens, int b, List<Mention> taken) {
        if (b >= tokens.size() || !tokens.get(b).text().equals(",")) {
            return false;
        }
        int i = b + 1;
        if (i < tokens.size() && Cue.APPOSITION_ADVERB.has(tokens.get(i).text())) {
            i++;
        }
        if (i < tokens.size() && Cue.DETERMINER.has(tokens.get(i).text())) {
            i++;
        }
        int names = 0;
        int modifiers = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isTitleAt(t, taken)) {
                return !(Cue.TITLE_DESCRIPTOR.has(t.text()) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("of"));
            }
            boolean name = ListLinks.mentionAt(t, taken, MentionType.ORGANIZATION) || Cue.POSSESSIVE.has(t.text())
                    || Character.isUpperCase(t.text().charAt(0));
            if (name ? ++names > 3 : !Character.isLowerCase(t.text().charAt(0)) || ++modifiers > 3) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the former CEO of Northwind, Jane Doe", "VP for Europe Jane Doe", "head of sales at Acme Jane Doe": a title,
     * "of", "for" or "at", and up to four words (a name or the title's field) right before the run, across a comma;
     * not a noun that describes an organization ("CEO of cloud provider Northwind" names a company).
     */
    private boolean titleOfBefore(List<Token> tokens, int before, List<Mention> taken) {
        boolean comma = before >= 0 && tokens.get(before).text().equals(",");
        if (before < 0 || !comma && (ListLinks.mentionAt(tokens.get(before), taken, MentionType.ORGANIZATION)
                || words.descriptors.contains(tokens.get(before).text()))) {
            return false;
        }
        int k = comma ? before - 1 : before;
        for (int words = 0; k >= 1 && words < 4; k--, words++) {
            Token t = tokens.get(k);
            if (Cue.TITLE_COMPLEMENT.has(t.text())) {
                return words > 0 && isTitleAt(tokens.get(k - 1), taken);
            }
            if (!Character.isLetterOrDigit(t.text().charAt(0)) && !Cue.POSSESSIVE.has(t.text())
                    || Cue.LIST_LINK.has(t.text()) || ListLinks.mentionAt(t, taken, MentionType.PERSON)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTitleAt(Token token, List<Mention> taken) {
        return ListLinks.mentionAt(token, taken, MentionType.TITLE);
    }

    /** Surname-only mentions of people already found, named by the full name; ambiguous surnames are left. */
    private List<Mention> surnames(String text, List<Sentence> sentences, List<Mention> taken, List<Mention> people) {
        Map<String, String> bySurname = bySurname(people);
        renameToLonger(people);
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String full = bySurname.get(t.text());
                boolean opener = i == 0 && words.openers.contains(t.text());
                // "the Adani Group", "Walton Enterprises": a family name that opens an organization's name is the name's
                boolean opensOrganization = i + 1 < tokens.size() && words.orgSuffixes.contains(tokens.get(i + 1).text());
                // "Hewlett-Packard", "Rolls-Royce": family names joined by a hyphen name a company, not the people
                boolean hyphenated = i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
                        && WordLists.isNamePart(tokens, i + 2)
                        || i + 1 < tokens.size() && tokens.get(i + 1).text().matches("-\\p{Lu}.*")
                        || i >= 2 && tokens.get(i - 1).text().equals("-") && WordLists.isNamePart(tokens, i - 2);
                if (full == null || full.isEmpty() || opener || opensOrganization || hyphenated
                        || Mentions.overlapsAny(t.span(), taken)) {
                    continue;
                }
                Optional<Mention> same = people.stream().filter(p -> p.span().overlaps(t.span())).findFirst();
                if (same.isEmpty()) {
                    found.add(Mentions.of(MentionType.PERSON, text, s, t.span(), full, "person-surname", 0.8));
                } else if (same.get().name().equals(t.text())) {
                    people.set(people.indexOf(same.get()), Mentions.renamed(same.get(), full, Optional.empty()));
                }
            }
        }
        return found;
    }

    /** Each surname of a found full name to that name; to "" when two different people share it. */
    private static Map<String, String> bySurname(List<Mention> people) {
        Map<String, String> bySurname = new HashMap<>();
        for (Mention p : people) {
            String[] parts = p.name().split(" ");
            if (parts.length >= 2) {
                String full = bySurname.putIfAbsent(parts[parts.length - 1], p.name());
                if (full != null && !full.equals(p.name())) {
                    bySurname.put(parts[parts.length - 1], "");
                }
            }
        }
        return bySurname;
    }

    /** Names each found person whose name ends a longer found name ("Doe" after "Jane Doe") by the longer one. */
    private static void renameToLonger(List<Mention> people) {
        for (int i = 0; i < people.size(); i++) {
            Mention p = people.get(i);
            for (Mention longer : people) {
                if (longer.name().endsWith(" " + p.name())) {
                    people.set(i, Mentions.renamed(p, longer.name(), Optional.empty()));
                    break;
                }
            }
        }
    }
}
