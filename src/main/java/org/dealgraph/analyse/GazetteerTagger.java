package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Finds the organizations the {@link Gazetteer} knows: the longest name starting at a token, matched
 * case-sensitively on word boundaries, with a following legal suffix ("Corp.", "plc") taken in; a one-word
 * name written in other capitals ("Pitchbook" for PitchBook) is matched too. A known name followed by more
 * name words that end in an organization word, or by a country, names another organization, a unit of the
 * known one ("Contoso Ventures", "Contoso Japan"), and is found under the longer name; so is a known fund
 * followed by its number ("Contoso Fund 2"). In a title-case headline no name is extended. A name that is also a
 * common word ("Scale", "Arm") needs context (see {@code ambiguous-aliases.txt}); once context, or the same
 * organization under a plain name, shows what it is, its other mentions in the article count too. A name right
 * after a given name ("Michael Dell") is left to the person finder.
 */
final class GazetteerTagger {

    /** A match; {@code unit} is the longer name of a unit of the entry ("Contoso Ventures"), else null. */
    private record Candidate(Sentence sentence, int token, Span span, GazetteerEntry entry, String unit) {
    }

    private final Gazetteer gazetteer;
    private final Set<String> legalSuffixes;
    private final Set<String> firstNames;
    private final Set<String> descriptors;
    private final Set<String> orgVerbs;
    private final WordLists words;
    private final Map<String, GazetteerEntry> folded = new HashMap<>();
    private final ContextRules context;

    GazetteerTagger(Gazetteer gazetteer, WordLists words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.legalSuffixes = words.legalSuffixes;
        this.firstNames = words.firstNames;
        this.descriptors = words.descriptors;
        this.orgVerbs = words.orgVerbs;
        this.context = new ContextRules(words);
        Set<String> clashes = new HashSet<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String name : e.names()) {
                String key = name.toLowerCase(Locale.ROOT);
                if (name.length() >= 5 && name.chars().allMatch(Character::isLetter) && !gazetteer.isAmbiguous(name)
                        && folded.putIfAbsent(key, e) != null && folded.get(key) != e) {
                    clashes.add(key);
                }
            }
        }
        clashes.forEach(folded::remove);
    }

    List<Mention> find(String text, List<Sentence> sentences) {
        List<Mention> found = new ArrayList<>();
        List<Candidate> ambiguous = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates(text, sentences)) {
            if (tickerExchange(c)) {
                continue;
            }
            if (c.unit() != null) {
                found.add(Mentions.of(MentionType.ORGANIZATION, text, c.sentence(), c.span(), c.unit(), "gazetteer-unit",
                        0.8));
            } else if (gazetteer.isAmbiguous(c.span().of(text))) {
                if (!longerName(c)) {
                    ambiguous.add(c);
                }
            } else {
                found.add(Mentions.organization(text, c.sentence(), c.span(), c.entry(), "gazetteer:" + c.entry().type(),
                        0.95));
                seen.add(c.entry().canonical());
            }
        }
        for (Candidate c : ambiguous) {
            if (!namesAnHonour(c) && (supported(c) || listedWith(c, found))) {
                seen.add(c.entry().canonical());
            }
        }
        for (Candidate c : ambiguous) {
            if (!namesAnHonour(c) && seen.contains(c.entry().canonical())) {
                found.add(Mentions.organization(text, c.sentence(), c.span(), c.entry(), "gazetteer-context:"
                        + c.entry().type(), 0.8));
            }
        }
        return found;
    }

    /**
     * "(NASDAQ: VLTN)": an exchange written before a colon and a ticker says where a company's shares trade; it
     * takes no part in the sentence's facts, so it is no mention.
     */
    private static boolean tickerExchange(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        int next = nextTokenAfter(tokens, c.token(), c.span().end());
        return c.unit() == null && c.entry().type().equals("exchange") && next < tokens.size()
                && tokens.get(next).text().equals(":");
    }

    /** Every known name of the sentences, left to right, each the longest that starts at its token. */
    private List<Candidate> candidates(String text, List<Sentence> sentences) {
        List<Candidate> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int t = 0;
            while (t < tokens.size()) {
                Candidate c = candidateAt(text, s, t);
                if (c == null) {
                    t++;
                    continue;
                }
                all.add(c);
                t = nextTokenAfter(tokens, t, c.span().end());
            }
        }
        return all;
    }

    private Candidate candidateAt(String text, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        int start = tokens.get(t).span().start();
        if (!NameTrie.startsWord(text, start) || t > 0 && isGivenName(tokens.get(t - 1))) {
            return null;
        }
        var hit = gazetteer.longestAt(text, start);
        if (hit.isEmpty()) {
            return foldedAt(s, t);
        }
        if (hit.get().end() > s.span().end()) {
            return null;
        }
        int end = hit.get().end();
        int next = nextTokenAfter(tokens, t, end);
        int unitEnd = WordLists.isTitleCase(tokens) ? next : unitEnd(tokens, next, end);
        if (unitEnd == next && !WordLists.isTitleCase(tokens)) {
            unitEnd = describedUnitEnd(tokens, next);
        }
        if (unitEnd == next && numberedFund(tokens, next, end, hit.get().value())) {
            unitEnd = next + 1;
        }
        if (unitEnd > next) {
            String unit = new Span(start, tokens.get(unitEnd - 1).span().end()).of(text).replaceAll("\\s+", " ");
            Span span = withLegalSuffix(tokens, unitEnd, new Span(start, tokens.get(unitEnd - 1).span().end()));
            return new Candidate(s, t, span, hit.get().value(), unit);
        }
        return new Candidate(s, t, withLegalSuffix(tokens, next, new Span(start, end)), hit.get().value(), null);
    }

    /** The name's span, taking in a legal suffix at token {@code next}. */
    private Span withLegalSuffix(List<Token> tokens, int next, Span name) {
        if (next < tokens.size() && legalSuffixes.contains(tokens.get(next).text())
                && tokens.get(next).span().start() <= name.end() + 1) {
            return new Span(name.start(), tokens.get(next).span().end());
        }
        return name;
    }

    /**
     * Where a unit name that continues a known name ends (exclusive): up to three more name words, the last
     * an organization word ("Ventures", "Capital", "News") or followed by a legal suffix ("Contoso Venture
     * Investment Corporation"), or a country right after it. {@code next} when none.
     */
    private int unitEnd(List<Token> tokens, int next, int end) {
        int last = next;
        int prevEnd = end;
        int found = next;
        while (last < tokens.size() && last < next + 3 && WordLists.isNamePart(tokens, last)
                && tokens.get(last).span().start() - prevEnd <= 1) {
            String w = tokens.get(last).text();
            if (legalSuffixes.contains(w)) {
                // "Contoso Venture Investment Corporation": name words up to a legal suffix name a unit
                found = last > next ? last : found;
                break;
            }
            if (!w.equals("AI") && (words.orgSuffixes.contains(w) || Cue.UNIT_WORD.has(w))) {
                found = last + 1;
            }
            prevEnd = tokens.get(last).span().end();
            last++;
        }
        boolean country = next < tokens.size() && last == next + 1 && words.places.contains(tokens.get(next).text());
        return country ? next + 1 : found;
    }

    /**
     * Where a unit name ends that continues a known name by one or two capitalised words an apposition then
     * describes as an organization: "Contoso Overseas, a unit of Contoso,"; {@code next} when none.
     */
    private int describedUnitEnd(List<Token> tokens, int next) {
        for (int last = next; last < tokens.size() && last < next + 2; last++) {
            String word = tokens.get(last).text();
            if (!Character.isUpperCase(word.charAt(0)) || word.chars().noneMatch(Character::isLowerCase)
                    || Cue.POSSESSIVE.has(word)) {
                return next;
            }
            if (context.describedAsOrganization(tokens, last + 1) || context.descriptorInApposition(tokens, last + 1)
                    && unitApposition(tokens, last + 1)) {
                return last + 1;
            }
        }
        return next;
    }

    /** ", a unit of…", ", a subsidiary of…": an apposition that opens with an article and a unit noun. */
    private static boolean unitApposition(List<Token> tokens, int comma) {
        return comma + 2 < tokens.size() && Cue.APPOSITION_OPENER.has(tokens.get(comma + 1).text())
                && Cue.UNIT_NOUN.has(tokens.get(comma + 2).text());
    }

    /** A fund's name followed by its number: "Contoso Growth Fund 2", "Contoso Fund III". */
    private static boolean numberedFund(List<Token> tokens, int next, int end, GazetteerEntry entry) {
        return next < tokens.size() && tokens.get(next).span().start() == end + 1 && entry.canonical().endsWith("Fund")
                && tokens.get(next).text().matches("[1-9]|I{1,3}|IV|V|VI{1,3}");
    }

    /** A one-word name written in other capitals than the gazetteer's ("Pitchbook", "SOFTBANK"). */
    private Candidate foldedAt(Sentence s, int t) {
        Token token = s.tokens().get(t);
        GazetteerEntry e = folded.get(token.text().toLowerCase(Locale.ROOT));
        if (e == null || !Character.isUpperCase(token.text().charAt(0)) || !WordLists.isNamePart(s.tokens(), t)) {
            return null;
        }
        return new Candidate(s, t, token.span(), e, null);
    }

    private boolean isGivenName(Token token) {
        return firstNames.contains(token.text());
    }

    /**
     * Context that makes an ambiguous name an organization: a descriptor before it, not as the owner of the name
     * ("the company's Apollo robots" names a product), a descriptor in apposition after it ("Contoso, the maker
     * of…"), a holder's word after it ("a former Contoso executive") or
     * before "at" right before it ("analysts at Contoso"), or an org verb after it, maybe past an adverb or
     * auxiliary ("Contoso also said").
     */
    private boolean supported(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        for (int i = Math.max(0, c.token() - 3); i < c.token(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            boolean owner = i + 1 < c.token() && Cue.POSSESSIVE.has(tokens.get(i + 1).text());
            if (!owner && (descriptors.contains(w) || w.endsWith("-owned") || w.endsWith("-backed"))) {
                return true;
            }
        }
        int next = nextTokenAfter(tokens, c.token(), c.span().end());
        if (next + 1 < tokens.size() && Cue.POSSESSIVE.has(tokens.get(next).text())) {
            String owned = tokens.get(next + 1).text();
            return firstNames.contains(owned) || descriptors.contains(owned.toLowerCase(Locale.ROOT))
                    || Cue.OWNED.has(owned.toLowerCase(Locale.ROOT));
        }
        if (next < tokens.size() && Cue.TITLE_AT.has(tokens.get(next).text())
                || c.token() > 1 && tokens.get(c.token() - 1).text().equals("at")
                && Cue.TITLE_AT.has(tokens.get(c.token() - 2).text())) {
            return true;
        }
        if (context.descriptorInApposition(tokens, next) || ContextRules.whichDoes(tokens, next)) {
            return true;
        }
        // "the acquisition of Tableau", "a stake in Mercury": the object of a takeover or stake, modifying no noun
        if (c.token() > 1 && ContextRules.taken(tokens.get(c.token() - 2).text().toLowerCase(Locale.ROOT),
                tokens.get(c.token() - 1).text()) && !(next < tokens.size() && tokens.get(next).pos().equals("NOUN"))) {
            return true;
        }
        while (next < tokens.size() && next < c.token() + 4 && Cue.VERB_COMPANION.has(tokens.get(next).text())) {
            next++;
        }
        return next < tokens.size() && orgVerbs.contains(tokens.get(next).text());
    }

    /**
     * The ambiguous known names, left out by {@link #find}, that stand in a list with an organization the other
     * finders have found since ("Laredo and Cognition", where only a pattern found Laredo).
     */
    List<Mention> listedAmbiguous(String text, List<Sentence> sentences, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (Candidate c : candidates(text, sentences)) {
            List<Token> tokens = c.sentence().tokens();
            int next = nextTokenAfter(tokens, c.token(), c.span().end());
            if (c.unit() == null && gazetteer.isAmbiguous(c.span().of(text)) && !namesAnHonour(c)
                    && !Mentions.overlapsAny(c.span(), known)
                    && ListLinks.listedWith(tokens, c.token(), next, known, MentionType.ORGANIZATION)) {
                found.add(Mentions.organization(text, c.sentence(), c.span(), c.entry(), "gazetteer-list:"
                        + c.entry().type(), 0.7));
            }
        }
        return found;
    }

    /**
     * An ambiguous name that opens a longer run of capitalised name words ("the data company Figure Eight"): the run
     * names another organization, which the other finders may find.
     */
    private boolean longerName(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        int next = nextTokenAfter(tokens, c.token(), c.span().end());
        if (next >= tokens.size() || WordLists.isTitleCase(tokens) || !WordLists.isNamePart(tokens, next)) {
            return false;
        }
        String word = tokens.get(next).text();
        return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase)
                && !legalSuffixes.contains(word) && !words.orgSuffixes.contains(word) && !Cue.UNIT_WORD.has(word)
                && !Cue.TITLE_AT.has(word) && !words.places.contains(word);
    }

    /** An ambiguous name right before an award's word: "a Turing Prize winner" names no organization. */
    private static boolean namesAnHonour(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        int next = nextTokenAfter(tokens, c.token(), c.span().end());
        return next < tokens.size() && Cue.HONOUR_WORD.has(tokens.get(next).text());
    }

    /** An ambiguous name in a list with a known organization: "Contoso, Scale and Arm". */
    private static boolean listedWith(Candidate c, List<Mention> found) {
        List<Token> tokens = c.sentence().tokens();
        int t = c.token();
        int next = nextTokenAfter(tokens, t, c.span().end());
        boolean left = t >= 2 && Cue.LIST_LINK.has(tokens.get(t - 1).text())
                && organizationAt(tokens.get(t - 2), found);
        boolean right = next + 1 < tokens.size() && Cue.LIST_LINK.has(tokens.get(next).text())
                && organizationAt(tokens.get(next + 1), found);
        return left || right;
    }

    private static boolean organizationAt(Token token, List<Mention> found) {
        return found.stream().anyMatch(m -> m.span().overlaps(token.span()));
    }

    /** The index of the first token that starts at or after {@code end}. */
    static int nextTokenAfter(List<Token> tokens, int from, int end) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).span().start() < end) {
            i++;
        }
        return i;
    }
}
