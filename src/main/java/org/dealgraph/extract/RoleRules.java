package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Role;

/**
 * Roles, around each chain of titles ("co-founder and chief executive"): the organization right before it
 * ("OpenAI CEO", "OpenAI's chief executive") or after "of", "at" or "for"; the person right after it ("CEO
 * Sam Altman") or before it ("Sam Altman, OpenAI's CEO", "Sam Altman, chief executive of OpenAI", "Sam
 * Altman is the chief executive of OpenAI"). A chain ({@link TitleChains}) that an "as" frame opens ("P joined A
 * as its CTO") is the rule role-as's, which is data; founders are the founder rules'.
 */
final class RoleRules implements RuleCallback {

    private static final Set<String> POSSESSIVE_PRONOUNS = WordLists.get("possessive-pronouns");
    private static final Set<String> TITLE_TIMES = WordLists.get("pronoun-title-times");
    private static final Set<String> APPOINTING_VERBS = WordLists.get("appointing-verbs");
    private static final Set<String> PUBLIC_OFFICES = WordLists.get("public-offices");
    private static final Set<String> GOVERNMENT_TYPES = WordLists.get("government-types");
    private static final Set<String> RELATIVE_WORDS = WordLists.get("aside-relatives");
    private static final Set<String> FORMER_LEADS = WordLists.get("former-leads");
    private static final Set<String> FORMER_TITLE_WORDS = WordLists.get("former-title-words");
    private static final Set<String> BECOMING_VERBS = WordLists.get("becoming-verbs");
    private static final Set<String> ARRIVAL_VERBS = WordLists.get("arrival-verbs");
    private static final Set<String> DEPARTURE_VERBS = WordLists.get("departure-verbs");
    private static final Set<String> CLAUSE_DASHES = WordLists.get("dashes");
    private static final Set<String> OWN_ORGANIZATION_VERBS = WordLists.get("own-organization-verbs");

    private final Gazetteer gazetteer;
    private final TitleChains chains = TitleChains.get();

    RoleRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String type : GOVERNMENT_TYPES) {
            if (!Gazetteer.types().contains(type)) {
                throw new IllegalStateException("words.tsv: list government-types names '" + type
                        + "', no type of organization-types.tsv");
            }
        }
    }

    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (chains.title(s, i) && (i == 0 || !chains.inChain(s, i))) {
                chain(f, out, r, s, i);
            }
        }
        return out;
    }

    private void chain(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, int first) {
        List<Integer> titles = chains.from(s, first);
        int last = titles.get(titles.size() - 1);
        if (AsFrame.before(s, first).isPresent()) {
            return;
        }
        int org = RolePlaces.orgRightBefore(s, first);
        if (org < 0) {
            org = RolePlaces.orgAfter(s, last + 1);
        }
        int field = RolePlaces.fieldEnd(s, last);
        if (org < 0) {
            org = RolePlaces.orgSetOff(s, field);
        }
        if (org < 0) {
            org = listedAfterTitledPerson(s, first);
        }
        if (office(s, titles, org)) {
            return;
        }
        int person = RolePlaces.personOf(s, first, field, org);
        Optional<Anchor> found = org >= 0 ? Optional.of(new Anchor(OptionalInt.of(org), 0.75))
                : appointedBy(s, person, first).or(() -> ownOrganization(s, person))
                        .or(() -> unnamedOrganization(f, s, first, person == field + 1 || becomes(s, person, first)
                                || definiteApposition(s, person, first)));
        if (found.isEmpty() || person < 0) {
            return;
        }
        Anchor anchor = found.get();
        Optional<EntityRef> organization = anchor.index().isPresent() ? Optional.of(s.get(anchor.index().getAsInt()).ref())
                : f.context().lastSubject().filter(o -> !media(o)).or(() -> f.context().mainOrganization())
                        .filter(o -> !government(o));
        organization.ifPresent(o -> emit(f, out, r, s, titles, person, o, anchor));
        RolePlaces.successor(s, person).ifPresent(next -> organization.ifPresent(o ->
                emit(f, out, r, s, titles, next, o, anchor)));
        anchor.index().ifPresent(named -> RolePlaces.coordinatedOrg(s, named).ifPresent(second ->
                emit(f, out, r, s, titles, person, s.get(second).ref(), new Anchor(OptionalInt.of(second), anchor.confidence()))));
    }

    /**
     * Where a role's organization stands (its chunk; none: the subject the sentence before opens with, else the
     * article's main organization), and how sure the rule is of it.
     */
    private record Anchor(OptionalInt index, double confidence) {
    }

    /**
     * Whether the titles are a public office ("prime minister", "chancellor"; "President" written before a name with
     * no organization by it) held at no government named next to them: a minister who speaks of a company does not
     * work for it.
     */
    private boolean office(ChunkedSentence s, List<Integer> titles, int org) {
        boolean office = titles.stream().anyMatch(t -> PUBLIC_OFFICES.contains(chains.name(s.get(t)).toLowerCase(Locale.ROOT)))
                || org < 0 && s.get(titles.get(0)).text().startsWith("President");
        return office && (org < 0 || !government(s.get(org)));
    }

    private boolean government(Chunk c) {
        return government(c.ref());
    }

    /** Whether the gazetteer knows the organization as a government or one of its bodies. */
    private boolean government(EntityRef organization) {
        return gazetteer.lookup(organization.name()).map(e -> GOVERNMENT_TYPES.contains(e.type())).orElse(false);
    }

    /**
     * "A named P chief executive", "A has appointed P its CFO": a person right before the titles whom a verb of
     * appointing takes as its object holds them at the verb's subject, when that is one organization.
     */
    private static Optional<Anchor> appointedBy(ChunkedSentence s, int person, int first) {
        if (person < 1 || person >= first || !s.wordAt(person - 1, APPOINTING_VERBS)) {
            return Optional.empty();
        }
        for (int k = person + 1; k < first; k++) {
            if (!s.wordAt(k, TITLE_TIMES) && !s.wordAt(k, POSSESSIVE_PRONOUNS) && !s.get(k).isWord("as")) {
                return Optional.empty();
            }
        }
        List<Integer> subject = s.subjectBefore(person - 1, false);
        return subject.size() == 1 && s.get(subject.get(0)).isOrg()
                ? Optional.of(new Anchor(OptionalInt.of(subject.get(0)), 0.6)) : Optional.empty();
    }

    /**
     * "A chief executive P, co-founder Q and…": titles that follow a person in a list, after a comma or "and", take
     * the organization right before the titles of the person they follow; -1 when there is none.
     */
    private static int listedAfterTitledPerson(ChunkedSentence s, int first) {
        if (first < 4 || !s.wordAt(first - 1, Set.of(",", "and")) || s.get(first - 2).kind() != Chunk.Kind.PERSON) {
            return -1;
        }
        int k = first - 3;
        if (s.get(k).kind() != Chunk.Kind.TITLE) {
            return -1;
        }
        while (k > 0 && s.get(k - 1).kind() == Chunk.Kind.TITLE) {
            k--;
        }
        return RolePlaces.orgRightBefore(s, k);
    }

    /**
     * "P, the senior vice president for AI, is stepping down": the titles that open the person's own apposition with
     * "the" (past words of time: "the longtime head of design") are the person's at the organization the context
     * gives. Bare titles ("P, general counsel, said") are left alone: they as often hold at another organization.
     */
    private static boolean definiteApposition(ChunkedSentence s, int person, int first) {
        if (person < 0 || person + 3 > first || !s.get(person + 1).isWord(",") || !s.get(person + 2).isWord("the")) {
            return false;
        }
        for (int k = person + 3; k < first; k++) {
            if (!s.wordAt(k, TITLE_TIMES)) {
                return false;
            }
        }
        return true;
    }

    /** "P became chief product officer", "P remains the president": the person takes the titles by a verb of becoming. */
    private static boolean becomes(ChunkedSentence s, int person, int first) {
        int verb = s.wordAt(first - 1, Looks.ARTICLES) ? first - 2 : first - 1;
        return person >= 0 && person < verb && s.wordAt(verb, BECOMING_VERBS);
    }

    /**
     * "P, who founded A in 2019, stepped down as chief executive": the organization that a relative clause on the
     * person says the person founded or leads, when no organization stands next to the titles.
     */
    private static Optional<Anchor> ownOrganization(ChunkedSentence s, int person) {
        if (person < 0 || !s.wordAt(person + 1, Set.of(",")) || !s.wordAt(person + 2, Set.of("who"))) {
            return Optional.empty();
        }
        for (int k = person + 3; k + 1 < s.size() && !s.get(k).isWord(","); k++) {
            if (s.wordAt(k, OWN_ORGANIZATION_VERBS) && s.get(k + 1).isOrg() && !s.get(k + 1).possessive()) {
                return Optional.of(new Anchor(OptionalInt.of(k + 1), 0.6));
            }
        }
        return Optional.empty();
    }

    /**
     * A role's organization when none stands next to its titles: the one "its" or "whose" points at (past words of
     * time: "its new CFO"), the sentence's only organization, or (for "CEO P told a broadcaster") the
     * organization the sentence before opens with as its subject ("Acme said…"), else the article's main
     * organization.
     */
    private Optional<Anchor> unnamedOrganization(SentenceFacts f, ChunkedSentence s, int first, boolean personAfter) {
        int determiner = first - 1;
        while (determiner > 0 && (s.get(determiner).pos().equals("NUM") || s.wordAt(determiner, TITLE_TIMES))) {
            determiner--;
        }
        if (determiner >= 0 && s.wordAt(determiner, POSSESSIVE_PRONOUNS)) {
            int org = orgBefore(s, determiner);
            if (org >= 0) {
                return Optional.of(new Anchor(OptionalInt.of(org), 0.6));
            }
        }
        if (determiner >= 2 && s.get(determiner).isWord("whose") && s.get(determiner - 1).isWord(",")
                && s.get(determiner - 2).isOrg()) {
            return Optional.of(new Anchor(OptionalInt.of(determiner - 2), 0.75));
        }
        int only = personAfter ? onlyOrganization(f, s) : -1;
        if (only >= 0) {
            return Optional.of(new Anchor(OptionalInt.of(only), 0.5));
        }
        return personAfter && noOtherOrganization(s) ? Optional.of(new Anchor(OptionalInt.empty(), 0.4)) : Optional.empty();
    }

    private void emit(SentenceFacts f, List<Fact> out, Rules r, ChunkedSentence s, List<Integer> titles, int person,
                      EntityRef organization, Anchor anchor) {
        int first = titles.get(0);
        int last = titles.get(titles.size() - 1);
        String rule = r.get(anchor.index().isEmpty() ? "role-title-article-org"
                : anchor.confidence() < 0.75 ? "role-title-sentence-org" : "role-title").id();
        int from = Math.min(anchor.index().orElse(first), first);
        int to = Math.max(anchor.index().orElse(last), last);
        for (int p : people(s, person, first, last)) {
            for (int t : titles) {
                out.add(new Role(s.get(p).ref(), organization, Optional.of(chains.name(s.get(t))),
                        f.provenance(rule, anchor.confidence(), Math.min(p, from), Math.max(p, to) + 1)));
            }
        }
    }

    /** Whether the sentence names no organization but media outlets and exchanges: "CEO P told a broadcaster that…". */
    private boolean noOtherOrganization(ChunkedSentence s) {
        boolean[] former = formerEmployers(s);
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).isOrg() && !bystander(s.get(k)) && !former[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person at {@code person}, the group it starts after the titles and a comma ("its co-founders, A, B and
     * C"), or, before the titles, the group it ends ("A and B, the startup's co-founders"); a singular title in the
     * person's own apposition is the person's alone ("A, its CEO, and B, its president").
     */
    private List<Integer> people(ChunkedSentence s, int person, int first, int last) {
        if (person > last + 1 || person == last + 1 && plural(s.get(last))) {
            List<Integer> group = s.groupFrom(person, true).stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
            return group.size() > 1 ? group : RolePlaces.bracketedList(s, person);
        }
        boolean ownApposition = person + 1 < first && s.get(person + 1).isWord(",") && !plural(s.get(last));
        if (person > first || ownApposition || s.anyWordIn(person + 1, first, Set.of("a", "an"))) {
            return List.of(person);
        }
        return s.groupEndingAt(person, true).stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
    }

    /** A title in the plural ("vice presidents", "co-founders"): its text ends in "s" and its name does not. */
    private boolean plural(Chunk c) {
        return c.lower().endsWith("s") && !chains.name(c).toLowerCase(Locale.ROOT).endsWith("s");
    }

    /**
     * "hire its CEO": the nearest organization before the pronoun in the sentence, other than a media outlet or a
     * former employer, that does not only modify a noun ("A was founded by former B employees including P, its CEO"
     * means A); the nearest such modifier when there is no other.
     */
    private int orgBefore(ChunkedSentence s, int pronoun) {
        int modifier = -1;
        boolean[] former = formerEmployers(s);
        for (int k = pronoun - 1; k >= 0; k--) {
            if (s.get(k).isOrg() && !media(s.get(k)) && !former[k]) {
                if (!s.modifier(k, s.size())) {
                    return k;
                }
                modifier = modifier < 0 ? k : modifier;
            }
        }
        return modifier;
    }

    /**
     * "CEO Arthur Mensch said Mistral…": the sentence's only organization, other than a media outlet or an exchange; none when an
     * organization holds another title ("Acme's CTO"), which makes it no safe guess for these titles.
     */
    private int onlyOrganization(SentenceFacts f, ChunkedSentence s) {
        int found = -1;
        boolean[] aside = relativeClauses(s);
        for (int j = 0; j < s.size(); j++) {
            if (aside[j]) {
                continue;
            }
            boolean titled = s.get(j).possessive() && j + 1 < s.size() && s.get(j + 1).kind() == Chunk.Kind.TITLE;
            if (titled) {
                return -1;
            }
            if (s.get(j).isOrg() && !bystander(s.get(j)) && !s.get(j).mention().map(m -> m.rule().equals("pronoun")).orElse(false)) {
                if (found >= 0 && !s.get(found).ref().name().equals(s.get(j).ref().name())) {
                    return -1;
                }
                found = found < 0 ? j : found;
            }
        }
        return found;
    }

    /**
     * The chunks of relative clauses set off by a comma and "who" or "which" ("P, who sold his startup, A, to B in
     * 2020 — and…"): from the relative word to a dash, to a comma that a verb follows, or to the sentence's end.
     * What such a clause names is said in passing; it is no candidate for the organization of the sentence's titles.
     */
    private static boolean[] relativeClauses(ChunkedSentence s) {
        boolean[] aside = formerEmployers(s);
        for (int k = 1; k < s.size(); k++) {
            if (!s.get(k - 1).isWord(",") || !s.wordAt(k, RELATIVE_WORDS)) {
                continue;
            }
            int j = k;
            while (j < s.size() && !s.wordAt(j, CLAUSE_DASHES)
                    && !(s.get(j).isWord(",") && j + 1 < s.size() && (s.get(j + 1).isVerb() || s.get(j + 1).pos().equals("AUX")))) {
                aside[j++] = true;
            }
            k = j;
        }
        return aside;
    }

    /**
     * The organizations a person left, named in passing: "P, formerly of A and B, became…", "P, a former president of
     * A, who is its CEO", "P joined last year from A", and the one a person is leaving for ("CEO P will move to A",
     * "P left for A"): no candidate for the organization of the sentence's titles.
     */
    private static boolean[] formerEmployers(ChunkedSentence s) {
        boolean[] former = new boolean[s.size()];
        for (int k = 2; k < s.size(); k++) {
            if (!s.get(k).isOrg() || former[k]) {
                continue;
            }
            boolean formerly = s.wordAt(k - 1, Set.of("of", "at")) && (s.wordAt(k - 2, FORMER_LEADS)
                    || k >= 3 && s.get(k - 2).kind() == Chunk.Kind.TITLE && s.wordAt(k - 3, FORMER_TITLE_WORDS));
            boolean arrived = s.get(k - 1).isWord("from") && s.anyWordIn(Math.max(0, k - 5), k - 1, ARRIVAL_VERBS);
            boolean going = s.wordAt(k - 1, Set.of("to", "for")) && s.anyWordIn(Math.max(0, k - 4), k - 1, DEPARTURE_VERBS);
            if (formerly || arrived || going) {
                s.groupFrom(k, false).forEach(i -> former[i] = true);
            }
        }
        return former;
    }

    private boolean media(Chunk c) {
        return media(c.ref());
    }

    /**
     * A media outlet or an exchange: named beside a bare title ("When A listed on the Nasdaq, CEO P said…"), it
     * quotes or lists the company the title belongs to and leaves that company the sentence's only other one.
     */
    private boolean bystander(Chunk c) {
        return media(c) || gazetteer.lookup(c.ref().name()).map(e -> e.type().equals("exchange")).orElse(false);
    }

    private boolean media(EntityRef organization) {
        return media(gazetteer, organization);
    }

    /** Whether the gazetteer knows the organization as a media outlet, whose people it quotes, not employs. */
    static boolean media(Gazetteer gazetteer, EntityRef organization) {
        return gazetteer.lookup(organization.name()).map(e -> e.type().equals("media outlet")).orElse(false);
    }

}
