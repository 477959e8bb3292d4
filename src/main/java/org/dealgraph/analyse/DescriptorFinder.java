package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Finds definite descriptions that stand for an organization ("the company", "the AI lab", "the San
 * Francisco-based startup", "the ChatGPT maker") and names each by the organization it refers to: for
 * "the <product> maker", the product's maker ({@code products.tsv}); otherwise, for one opening its sentence, the
 * organization that acts as a subject ({@link Salience}) in the nearest earlier sentence that names one, else the
 * first fitting one named there, else the article's main organization; for one inside
 * its sentence, the nearest fitting one before it there, unless where it stands says otherwise
 * ({@link #antecedent}); right after a copula ("Northwind is the firm…"), the organization the copula follows. A
 * description that names a field ("the chipmaker") refers first to the nearest organization known to be of it.
 * A description that refers to nothing found is dropped; plurals ("the companies") are skipped.
 */
final class DescriptorFinder {

    private static final Set<String> OPENING_PRONOUNS = Set.of("It", "Its");

    /** The types of public bodies, which the gazetteer or a name's ending ("Authority") tells, never context alone. */
    private static final Set<String> PUBLIC_TYPES = Set.of("government body", "regulator");

    private static final int MAX_MODIFIERS = 3;
    /** How many sentences back a description looks for what it refers to. */
    private static final int REACH = 5;

    private final Map<String, Set<String>> heads;
    private final WordLists words;
    private final Gazetteer gazetteer;

    DescriptorFinder(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.heads = words.descriptionTypes;
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).text().equalsIgnoreCase("the")) {
                    descriptor(text, sentences, s, i, taken).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private Optional<Mention> descriptor(String text, List<Sentence> sentences, Sentence s, int the, List<Mention> taken) {
        List<Token> tokens = s.tokens();
        int reach = the + 2 + MAX_MODIFIERS;
        for (int h = the + 1; h < Math.min(tokens.size(), reach); h++) {
            if (tokens.get(h).text().equals("-")) {
                reach += 2; // "the four-year-old company": a hyphenated modifier counts as one word
            }
        }
        for (int h = the + 1; h < Math.min(tokens.size(), reach); h++) {
            Token head = tokens.get(h);
            String word = head.text().toLowerCase(Locale.ROOT);
            int last = h;
            if (h + 2 < tokens.size() && tokens.get(h + 1).text().equals("-")) {
                word = word + "-" + tokens.get(h + 2).text().toLowerCase(Locale.ROOT);
                head = new Token(word, new Span(head.span().start(), tokens.get(h + 2).span().end()), "NOUN");
                last = h + 2;
            }
            if (h == the + 1 && word.endsWith("-maker")) {
                return productMaker(text, s, the, head, head.text().substring(0, head.text().length() - 6));
            }
            boolean known = heads.containsKey(word) || words.makerHeads.contains(word);
            if (known && !followedByName(tokens, last)) {
                Span span = new Span(tokens.get(the).span().start(), head.span().end());
                if (Mentions.overlapsAny(span, taken)) {
                    return Optional.empty();
                }
                return resolve(text, new Place(sentences, s, the, last), word, span, taken);
            }
            if (!modifier(head)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where a description stands: the article's sentences, its own, and its "the" and head tokens. */
    private record Place(List<Sentence> sentences, Sentence sentence, int the, int head) {
    }

    private Optional<Mention> resolve(String text, Place p, String head, Span span, List<Mention> taken) {
        Sentence s = p.sentence();
        if (words.makerHeads.contains(head)) {
            // "the maker" names no product: only "the X maker" can be looked up by its product
            Optional<Mention> byProduct = p.head() > p.the() + 1 ? productMaker(text, s, p.the(), s.tokens().get(p.head()),
                    new Span(s.tokens().get(p.the() + 1).span().start(), s.tokens().get(p.head() - 1).span().end()).of(text))
                    : Optional.empty();
            if (byProduct.isPresent()) {
                return byProduct;
            }
            if (!heads.containsKey(head)) {
                return Optional.empty();
            }
        }
        Set<String> types = heads.get(head);
        String field = words.descriptionFields.get(head);
        Optional<Mention> ofField = field == null ? Optional.empty() : nearestOfField(p, span.start(), field, taken);
        return ofField.or(() -> antecedent(p, span.start(), types, taken)).map(org -> Mentions.renamed(
                Mentions.of(MentionType.DESCRIPTOR, text, s, span, org.name(), "descriptor-antecedent", 0.6),
                org.name(), org.wikidata()));
    }

    /**
     * "Brightwave signed a deal with Nvidia. The chipmaker will also invest…": the nearest organization before the
     * description, in its sentence or the {@link #REACH} before, that the gazetteer knows to make what the
     * description names, over the subject of the sentence before.
     */
    private Optional<Mention> nearestOfField(Place p, int before, String field, List<Mention> taken) {
        int index = p.sentence().index();
        Mention nearest = null;
        for (Mention m : taken) {
            boolean inReach = m.sentence() < index && m.sentence() >= index - REACH
                    || m.sentence() == index && m.span().end() <= before;
            if (m.type() == MentionType.ORGANIZATION && inReach
                    && gazetteer.lookup(m.name()).flatMap(GazetteerEntry::field).filter(field::equals).isPresent()
                    && (nearest == null || m.span().start() > nearest.span().start())) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** "the ChatGPT maker": the product's maker, when the product is known. */
    private Optional<Mention> productMaker(String text, Sentence s, int the, Token head, String product) {
        String maker = words.products.get(product);
        if (maker == null || maker.isEmpty()) {
            return Optional.empty();
        }
        Span span = new Span(s.tokens().get(the).span().start(), head.span().end());
        Optional<String> wikidata = gazetteer.lookup(maker).flatMap(GazetteerEntry::wikidata);
        Mention m = Mentions.of(MentionType.DESCRIPTOR, text, s, span, maker, "descriptor-product-maker", 0.85);
        return Optional.of(Mentions.renamed(m, maker, wikidata));
    }

    /**
     * A description opening its sentence ("The company said") refers to the organization the nearest earlier
     * sentence naming one speaks of as an actor ({@link #earlier}); one inside a sentence, to the nearest fitting
     * one before it there, except where it stands decides otherwise: after a comma before a verb of attribution
     * ("…, the company said"), heading a subordinate clause ("OpenAI signed a deal with Amazon as the start-up
     * expands") or owning a title ("hired P as the company's CTO"), it refers to the sentence's own actor;
     * heading a relative clause ("the stake in B that the company added"), to an earlier sentence's rather than B.
     */
    private Optional<Mention> antecedent(Place p, int before, Set<String> types, List<Mention> taken) {
        Sentence s = p.sentence();
        if (types.contains(WordLists.NEW)) {
            return introducedAsNew(p, before, taken);
        }
        Optional<Mention> subject = predicative(p, types, taken);
        if (subject.isPresent()) {
            return subject;
        }
        if (before > s.span().start()) {
            List<Token> tokens = s.tokens();
            boolean attribution = p.the() > 0 && tokens.get(p.the() - 1).text().equals(",")
                    && p.head() + 1 < tokens.size() && Cue.ATTRIBUTION_VERB.has(tokens.get(p.head() + 1).text());
            boolean clause = Salience.verbFollows(tokens, p.head() + 1);
            boolean subordinate = clause && p.the() > 0 && Cue.SUBORDINATOR.has(tokens.get(p.the() - 1).text().toLowerCase(Locale.ROOT));
            boolean titled = titled(s, p.head(), taken);
            if (attribution || subordinate || titled) {
                Optional<Mention> actor = actorBefore(s, before, types, taken);
                if (actor.isPresent()) {
                    return actor;
                }
            }
            if (reported(tokens, p.the())) {
                Optional<Mention> speaker = actorBefore(s, before, types, taken)
                        .or(() -> taken.stream().filter(m -> m.sentence() == s.index() && m.span().end() <= before
                                && fits(m, types)).findFirst());
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
            Optional<Mention> inSentence = nearestBefore(s, before, types, taken);
            boolean relative = p.the() > 1 && Cue.RELATIVE_WORD.has(tokens.get(p.the() - 1).text()) && inSentence
                    .filter(m -> m.span().end() == tokens.get(p.the() - 2).span().end()).isPresent();
            if (attribution || clause && relative) {
                Optional<Mention> earlier = earlier(p, types, taken, true);
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
            if (inSentence.isPresent()) {
                return inSentence;
            }
        }
        // a sentence that opens with "It" or "Its" goes on about the nearest sentence's organization
        boolean opening = before <= s.span().start() || opensWithPronoun(s);
        Optional<Mention> earlier = earlier(p, types, taken, opening);
        if (earlier.isPresent()) {
            return earlier;
        }
        Optional<Mention> inSentence = nearestBefore(s, before, types, taken);
        return inSentence.isPresent() || before > s.span().start() ? inSentence : mainOrganization(types, taken);
    }

    /**
     * What a description refers to in the sentences before its own: in the nearest sentence that names a fitting
     * organization, when {@code actors} the first that acts as a subject there ({@link Salience#subjectLike}:
     * "Northwind launched a chip" over "the Contoso deal" before it), else the first named there. For one inside
     * its sentence, when none acts there ("The round was led by A, alongside B"), the actor of an earlier sentence
     * within reach is meant, if one is; else the first named in the nearest, unless a preposition stands before
     * every fitting one there ("P joined from A, and Q, formerly of B, became…"): then the article's main
     * organization.
     */
    private Optional<Mention> earlier(Place p, Set<String> types, List<Mention> taken, boolean actors) {
        int index = p.sentence().index();
        Optional<Mention> nearest = Optional.empty();
        for (int k = index - 1; k >= 0 && k >= index - REACH; k--) {
            int sentence = k;
            Optional<Mention> first = taken.stream().filter(m -> m.sentence() == sentence && fits(m, types)).findFirst();
            if (first.isEmpty()) {
                continue;
            }
            Sentence before = p.sentences().get(k);
            Optional<Mention> actor = actorBefore(before, before.span().end(), types, taken);
            if (actor.isPresent()) {
                return nearest.isPresent() || actors ? actor : first;
            }
            if (nearest.isEmpty()) {
                nearest = first;
            }
            if (actors) {
                // a description opening its sentence speaks of the nearest sentence's organizations
                return nearest;
            }
        }
        Optional<Mention> named = nearest;
        boolean passing = named.isPresent() && taken.stream().filter(m -> m.sentence() == named.get().sentence()
                && fits(m, types)).allMatch(m -> Salience.inPassing(p.sentences().get(m.sentence()), m));
        return passing ? mainOrganization(types, taken).or(() -> named) : named;
    }

    /** Whether the sentence opens with "It" or "Its", which speak of an organization named before it. */
    private static boolean opensWithPronoun(Sentence s) {
        return !s.tokens().isEmpty() && OPENING_PRONOUNS.contains(s.tokens().get(0).text());
    }

    /**
     * The nearest organization before {@code before} that the article introduces as newly made: "new" or "newly"
     * a few nouns, adjectives or naming words before its name ("a new company, Stargate", "a new venture called X",
     * "a newly formed company, X"; not "the new CEO of X").
     */
    private static Optional<Mention> introducedAsNew(Place p, int before, List<Mention> taken) {
        Mention nearest = null;
        for (Mention m : taken) {
            if (m.type() == MentionType.ORGANIZATION && m.span().end() <= before
                    && (m.sentence() < p.sentence().index() || m.sentence() == p.sentence().index())
                    && introducedAsNew(p.sentences().get(m.sentence()), m)) {
                nearest = nearest == null || m.span().start() > nearest.span().start() ? m : nearest;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static boolean introducedAsNew(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int first = Salience.firstFrom(tokens, m.span().start());
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (word.equals("new") || word.equals("newly")) {
                return true;
            }
            boolean between = Cue.NAMING_WORD.has(word) || Set.of("NOUN", "PROPN", "ADJ", "VERB").contains(tokens.get(k).pos());
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Northwind is the firm founded by…": a description right after a copula says what the organization right before
     * the copula is, so it refers to that organization.
     */
    private Optional<Mention> predicative(Place p, Set<String> types, List<Mention> taken) {
        List<Token> tokens = p.sentence().tokens();
        if (p.the() < 2 || !Cue.COPULA.has(tokens.get(p.the() - 1).text())) {
            return Optional.empty();
        }
        int end = tokens.get(p.the() - 2).span().end();
        return taken.stream().filter(m -> m.sentence() == p.sentence().index() && m.span().end() == end && fits(m, types))
                .findFirst();
    }

    /** The first fitting organization of sentence {@code s}, before {@code before}, that acts as a subject there. */
    private Optional<Mention> actorBefore(Sentence s, int before, Set<String> types, List<Mention> taken) {
        return taken.stream().filter(m -> m.sentence() == s.index() && m.span().end() <= before && fits(m, types)
                && Salience.subjectLike(s, m)).findFirst();
    }

    /**
     * "Acme CEO Jane Doe said the company would…", "…told investors that the startup…": a description opening the
     * clause a verb of saying reports, which speaks of the speaker's side: the sentence's actor, else the first
     * fitting organization before it ("Acme" of "Acme CEO Jane Doe").
     */
    private boolean reported(List<Token> tokens, int the) {
        int k = the - 1;
        if (k >= 0 && tokens.get(k).text().equals("that")) {
            k--;
            if (k >= 1 && tokens.get(k).pos().equals("NOUN")) {
                k--;
            }
        }
        return k >= 0 && words.speechVerbs.contains(tokens.get(k).text());
    }

    /** "the company's CTO": a title, past a possessive and an adjective or two, right after the head. */
    private static boolean titled(Sentence s, int head, List<Mention> taken) {
        List<Token> tokens = s.tokens();
        if (head + 1 >= tokens.size() || !Salience.possessive(tokens.get(head + 1))) {
            return false;
        }
        for (int k = head + 2; k < tokens.size() && k <= head + 4; k++) {
            int start = tokens.get(k).span().start();
            if (taken.stream().anyMatch(m -> m.type() == MentionType.TITLE && m.span().start() == start)) {
                return true;
            }
            if (!tokens.get(k).pos().equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The article's main organization, for "The company said…" with no organization named nearby: the first
     * fitting one of the headline (the first sentence), else the fitting one named most often.
     */
    private Optional<Mention> mainOrganization(Set<String> types, List<Mention> taken) {
        Map<String, Integer> counts = new HashMap<>();
        Mention best = null;
        for (Mention m : taken) {
            if (!fits(m, types)) {
                continue;
            }
            if (m.sentence() == 0) {
                return Optional.of(m);
            }
            int n = counts.merge(m.name(), 1, Integer::sum);
            best = best == null || n > counts.get(best.name()) ? m : best;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The nearest fitting organization before {@code before} in the sentence, passing over the subject of the
     * description's own clause: in "Microsoft will invest in the startup" the startup is not Microsoft.
     */
    private Optional<Mention> nearestBefore(Sentence s, int before, Set<String> types, List<Mention> taken) {
        Mention nearest = null;
        for (Mention m : taken) {
            if (m.sentence() == s.index() && m.span().end() <= before && fits(m, types)
                    && !subjectOfSameClause(s, m.span().end(), before)) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * Whether a verb, and no clause boundary, stands between {@code from} and {@code to}, past an apposition set off
     * by commas right after {@code from} ("Acme, the venture firm he started, placed a bet on the startup").
     */
    private static boolean subjectOfSameClause(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        int k = Salience.firstFrom(tokens, from);
        if (k + 1 < tokens.size() && tokens.get(k).text().equals(",") && Cue.APPOSITION_OPENER.has(tokens.get(k + 1).text())) {
            int close = k + 1;
            while (close < tokens.size() && tokens.get(close).span().end() <= to && !tokens.get(close).text().equals(",")) {
                close++;
            }
            k = close < tokens.size() && tokens.get(close).span().end() <= to ? close + 1 : k;
        }
        boolean verb = false;
        for (; k < tokens.size() && tokens.get(k).span().end() <= to; k++) {
            Token t = tokens.get(k);
            if (Cue.CLAUSE_BOUNDARY.has(t.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            verb |= t.pos().equals("VERB") || t.pos().equals("AUX");
        }
        return verb;
    }

    /**
     * Whether the organization {@code m} may be what a description of {@code types} stands for: its type, from the
     * gazetteer or else from its name's last word ("Northwind Capital" is no startup), is one of them; a name that
     * says no type fits any but a public body's ("the state government" is no company found by its context alone).
     */
    private boolean fits(Mention m, Set<String> types) {
        if (m.type() != MentionType.ORGANIZATION) {
            return false;
        }
        Optional<String> type = gazetteer.lookup(m.name()).map(GazetteerEntry::type)
                .or(() -> OrganizationSuffixes.load().typeOf(m.name()));
        if (type.isEmpty()) {
            return !PUBLIC_TYPES.containsAll(types);
        }
        return types.contains(type.get()) || types.contains("any");
    }

    private static boolean followedByName(List<Token> tokens, int h) {
        return h + 1 < tokens.size() && WordLists.isNamePart(tokens, h + 1);
    }

    /** A word that may stand between "the" and the head: an adjective, a noun, "AI", "San Francisco-based". */
    private static boolean modifier(Token t) {
        return switch (t.pos()) {
            case "ADJ", "NOUN", "PROPN" -> true;
            default -> t.text().equals("AI") || t.text().contains("-");
        };
    }
}
