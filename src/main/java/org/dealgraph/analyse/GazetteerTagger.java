package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Finds the organizations the {@link Gazetteer} knows: the longest name starting at a token, matched
 * case-sensitively on word boundaries, with a following legal suffix ("Corp.", "plc") taken in. A name that
 * is also a common word ("Scale", "Arm") needs context (see {@code ambiguous-aliases.txt}). A name right after
 * a given name ("Michael Dell") is left to the person finder.
 */
final class GazetteerTagger {

    private record Candidate(Sentence sentence, int token, Span span, GazetteerEntry entry) {
    }

    private final Gazetteer gazetteer;
    private final Set<String> legalSuffixes;
    private final Set<String> firstNames;
    private final Set<String> descriptors;
    private final Set<String> orgVerbs;

    GazetteerTagger(Gazetteer gazetteer, Set<String> firstNames) {
        this.gazetteer = gazetteer;
        this.legalSuffixes = Lexicon.words("legal-suffixes.txt");
        this.firstNames = firstNames;
        this.descriptors = Lexicon.words("org-descriptors.txt");
        this.orgVerbs = Lexicon.words("org-verbs.txt");
    }

    List<Mention> find(String text, List<Sentence> sentences) {
        List<Mention> found = new ArrayList<>();
        List<Candidate> ambiguous = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int t = 0;
            while (t < tokens.size()) {
                Candidate c = candidateAt(text, s, t);
                if (c == null) {
                    t++;
                    continue;
                }
                if (gazetteer.isAmbiguous(c.span().of(text))) {
                    ambiguous.add(c);
                } else {
                    found.add(Mentions.organization(text, s, c.span(), c.entry(), "gazetteer:" + c.entry().type(), 0.95));
                    seen.add(c.entry().canonical());
                }
                t = nextTokenAfter(tokens, t, c.span().end());
            }
        }
        for (Candidate c : ambiguous) {
            if (seen.contains(c.entry().canonical()) || supported(c)) {
                found.add(Mentions.organization(text, c.sentence(), c.span(), c.entry(), "gazetteer-context:"
                        + c.entry().type(), 0.8));
            }
        }
        return found;
    }

    private Candidate candidateAt(String text, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        int start = tokens.get(t).span().start();
        if (!NameTrie.startsWord(text, start) || t > 0 && isGivenName(tokens.get(t - 1))) {
            return null;
        }
        var hit = gazetteer.longestAt(text, start);
        if (hit.isEmpty() || hit.get().end() > s.span().end()) {
            return null;
        }
        int end = hit.get().end();
        int next = nextTokenAfter(tokens, t, end);
        if (next < tokens.size() && legalSuffixes.contains(tokens.get(next).text())
                && tokens.get(next).span().start() <= end + 1) {
            return new Candidate(s, t, new Span(start, tokens.get(next).span().end()), hit.get().value());
        }
        return new Candidate(s, t, new Span(start, end), hit.get().value());
    }

    private boolean isGivenName(Token token) {
        return firstNames.contains(token.text());
    }

    /** Context that makes an ambiguous name an organization: a descriptor before it, or an org verb after it. */
    private boolean supported(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        for (int i = Math.max(0, c.token() - 3); i < c.token(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (descriptors.contains(w) || w.endsWith("-owned") || w.endsWith("-backed")) {
                return true;
            }
        }
        int next = nextTokenAfter(tokens, c.token(), c.span().end());
        return next < tokens.size() && orgVerbs.contains(tokens.get(next).text());
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
