package org.dealgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * The fixed set of moves a rule file may name to find a fact's argument around its trigger, each a move of
 * {@link ChunkedSentence} or one small look around the trigger. Each returns the chunk indexes it finds (a
 * coordinated group, or one chunk), empty when it finds nothing. What it reads of its call's parameters is said
 * by {@link Site}: whether persons count as agents, the prepositions that introduce an object, where a search
 * after the trigger starts, a word list, a reach and a trigger to look for.
 */
enum Operator {

    /**
     * The subject group before the trigger: "A and B agreed to buy C"; with {@code before}, the one before that
     * argument's first chunk: A and B in "A and B are C's partners".
     */
    SUBJECT("subject", x -> x.s().subjectBefore(x.until(), x.persons())),
    /** The object group after the trigger: the noun phrase right after it, or after one of {@code preps}. */
    OBJECT("object", x -> x.s().objectAfter(x.from(), x.preps(), x.persons())),
    /**
     * The subject of the main clause after a phrase that opens the sentence and holds the trigger: B in "With
     * investments from A, B aims to grow" (the opening words are fronting-words in words.tsv).
     */
    FRONTED_SUBJECT("fronted-subject", x -> Looks.frontedSubject(x.s(), x.until(), x.persons())),
    /** The agent group after "by" right after the trigger: "B was bought by A", "founded in 2020 by P". */
    BY_AGENT("by-agent", x -> x.s().byAgentAfter(x.from(), x.persons())),
    /**
     * The possessive organization opening the trigger's noun phrase: "A's purchase", "its stake"; with
     * {@code before}, the one opening the noun phrase of that argument: A in "A's giant B acquisition".
     */
    POSSESSIVE("possessive", x -> one(x.s().possessiveBefore(x.until()))),
    /** The coordinated group the possessive owner ends: "A and B's deal". */
    POSSESSIVE_GROUP("possessive-group", x -> {
        int owner = x.s().possessiveBefore(x.t().start());
        return owner < 0 ? List.of() : x.s().groupEndingAt(owner, x.persons());
    }),
    /**
     * The group of the possessive owner when the trigger's noun phrase has one ("A and B's deal"), else the
     * subject group before the trigger ("A signed a deal"); an owner that is no member (a person, when persons do
     * not count) leaves it empty.
     */
    OWNER_OR_SUBJECT("owner-or-subject", x -> {
        int owner = x.s().possessiveBefore(x.t().start());
        return owner >= 0 ? x.s().groupEndingAt(owner, x.persons()) : x.s().subjectBefore(x.t().start(), x.persons());
    }),
    /** The first agent of the noun phrase right after the trigger, alone: "founded the startup A". */
    NEXT_AGENT("next-agent", x -> one(x.s().agentAfter(x.from(), x.persons()))),
    /** The group right after the trigger, or after an including word right after it: "partners include A and B". */
    NEXT_GROUP("next-group", x -> DealRules.groupAfter(x.s(), x.t(), x.persons())),
    /** The organization right before the trigger: A in "A unit B", "A subsidiary B". */
    ORG_BEFORE("org-before", x -> x.t().start() > 0 && x.s().get(x.t().start() - 1).isOrg() ? List.of(x.t().start() - 1) : List.of()),
    /** The organization right after the trigger, or after a comma or dash right after it: B in "A's unit B", "B's parent, A", "its arm — B". */
    ORG_AFTER("org-after", x -> one(Looks.orgAfter(x.s(), x.t().end()))),
    /** The owner of a unit named right after the trigger: B in "buys B's robotics division", "the chip unit of B". */
    UNIT_OWNER_AFTER("unit-owner-after", x -> one(Looks.unitOwnerAfter(x.s(), x.t().end()))),
    /**
     * The organization a comma sets off right before where the search ends (the first chunk of the argument
     * {@code before} names, else the trigger), an article between them or none: B in "B, A's research lab", "B, an A
     * company", "B, a unit of A"; or
     * the one a copula (and an adverb of time) says it is: "B is now an A company", "B became an A subsidiary".
     */
    APPOSITION_BEFORE("apposition-before", x -> one(Looks.appositionBefore(x.s(), x.until()))),
    /** The group an including word right after the trigger lists: B and C in "investors in A include B and C". */
    LISTED_AFTER("listed-after", x -> InvestmentRules.listedAfter(x.s(), x.t().end())),
    /** The hyphen right before the trigger: "A-owned", "A-backed". */
    HYPHEN("hyphen", x -> x.t().start() > 0 && x.s().get(x.t().start() - 1).isWord("-") ? List.of(x.t().start() - 1) : List.of()),
    /**
     * An amount right after the trigger, past a word or two of its own ("about", "up to"), in its clause, that one of
     * the trigger's prepositions follows, past no verb, name or other preposition (an amount in brackets may stand
     * between): "invest about €1 billion (roughly $1.15 billion) in"; not "pledged $50 billion toward".
     */
    AMOUNT_AFTER("amount-after", x -> {
        ChunkedSentence s = x.s();
        for (int k = x.t().end(); k < s.size() && k <= x.t().end() + 3 && s.sameClause(x.t().end(), k); k++) {
            if (s.get(k).kind() == Chunk.Kind.MONEY) {
                for (int j = k + 1; j < s.size() && j <= k + 6; j++) {
                    if (s.wordAt(j, x.t().trigger().preps())) {
                        return List.of(k);
                    }
                    if (s.get(j).isVerb() || s.get(j).isAgent() || s.get(j).pos().equals("ADP")) {
                        break;
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }),
    /** The hyphen right after the trigger, which makes it the first part of a modifier: "deal-making", "deal-hungry". */
    HYPHEN_AFTER("hyphen-after", x -> x.t().end() < x.s().size() && x.s().get(x.t().end()).isWord("-")
            ? List.of(x.t().end()) : List.of()),
    /** The agent hyphenated to the trigger: A in "A-owned B", "A-backed B". */
    HYPHEN_PREFIX("hyphen-prefix", x -> {
        int k = x.t().start() - 2;
        boolean hyphen = k >= 0 && x.s().get(k + 1).isWord("-");
        return hyphen && (x.persons() ? x.s().get(k).isAgent() : x.s().get(k).isOrg()) ? List.of(k) : List.of();
    }),
    /** The organization a relative clause before the trigger hangs on: "B, which is now owned by A". */
    RELATIVE_HEAD("relative-head", x -> Looks.relativeHead(x.s(), x.t().start())),
    /** The organization a relative clause hangs on whose subject stands before the trigger: B in "B, which A acquired". */
    RELATIVE_OBJECT_HEAD("relative-object-head", x -> Looks.relativeObjectHead(x.s(), x.t().start())),
    /** The person a "who" right before the trigger describes: "P, a former engineer who founded A". */
    RELATIVE_PERSON("relative-person", x -> one(Looks.personBeforeRelative(x.s(), x.t().start()))),
    /** The person right before the trigger: P in "P, of A, said". */
    PERSON_BEFORE("person-before", x -> one(PersonLooks.personBefore(x.s(), x.t().start()))),
    /**
     * The person before an apposition holding a title that ends right before the trigger (past auxiliaries and
     * adverbs): P in "P, A's CFO, will join B".
     */
    APPOSITION_PERSON("apposition-person", x -> one(PersonLooks.appositionPerson(x.s(), x.t().start()))),
    /**
     * The first person within {@code reach} (default 8) chunks after the trigger, past titles, organizations,
     * adjectives, proper nouns and the words of {@code words}, with the persons listed with it; none when "as"
     * follows it: P in "A hired the former CTO of B, P", P and Q in "A hired P and Q".
     */
    PERSON_AFTER("person-after", x -> PersonLooks.peopleFrom(x.s(), PersonLooks.personAfter(x.s(), x.from(), x.words(), x.reach(8)))),
    /** The persons an including word right after the trigger lists (past "that"): P and Q in "a team that includes P and Q". */
    LISTED_PEOPLE("listed-people", x -> PersonLooks.listedPeople(x.s(), x.from())),
    /** The persons right after the trigger, past their titles: P and Q in "hosted by CTO P and Q". */
    PEOPLE_AFTER("people-after", x -> PersonLooks.peopleAfterTitles(x.s(), x.from())),
    /** The titles right after the trigger that a person follows: CTO in "overseen by CTO P". */
    TITLES_AFTER("titles-after", x -> PersonLooks.titlesBeforePerson(x.s(), x.from())),
    /**
     * The chain of titles right after the trigger, or past the words of {@code words} after it: "chief executive
     * and chairman" in "as its chief executive and chairman" (a title is a title mention or a noun of
     * {@code role-nouns.tsv}).
     */
    TITLE_CHAIN_AFTER("title-chain-after", x -> TitleChains.get().after(x.s(), x.from(), x.words())),
    /**
     * The person of the frame of joining, hiring or promoting that the trigger ("as", or "to" after a verb of
     * promoting) closes: P in "P joined A as", "A hired P as", "A promoted P to", "A counts P as COO and Q as".
     */
    AS_PERSON("as-person", x -> AsFrame.at(x.s(), x.t().start()).map(a -> List.of(a.person())).orElse(List.of())),
    /** The organization of that frame: A in "P joined A as", "A hired P as". */
    AS_ORGANIZATION("as-organization", x -> AsFrame.at(x.s(), x.t().start()).map(a -> List.of(a.organization())).orElse(List.of())),
    /** The trigger's own first chunk: for a role, the title its words give ("hosted by" makes a host, role-verbs.tsv). */
    TRIGGER_WORD("trigger-word", x -> List.of(x.t().start())),
    /**
     * The organization right after the trigger that owns nothing and closes its phrase (a comma, a full stop or the
     * sentence's end follows): A in "P, of A, said".
     */
    CLOSING_ORG_AFTER("closing-org-after", x -> one(PersonLooks.closingOrg(x.s(), x.from()))),
    /**
     * The organization right after the trigger, or the one whose board or committee ({@code governing-bodies}) it
     * names; none when "as" follows (a frame of titles): A in "P joined A", "P will join A's board".
     */
    ORG_OR_BODY_AFTER("org-or-body-after", x -> one(PersonLooks.orgOrBody(x.s(), x.from()))),
    /**
     * The organization right after the first of {@code preps} (default: the trigger's) within a few words after the
     * trigger, with no verb before it; none when "as" follows: A in "P spent nine years at A".
     */
    ORG_AFTER_PREP("org-after-prep", x -> one(PersonLooks.orgAfterPreposition(x.s(), x.from(), x.preps(),
            x.reach(PersonLooks.PREPOSITION_REACH)))),
    /**
     * The nearest organization within {@code reach} (default 8) chunks before the trigger, in its clause, owning
     * nothing, with no person and no verb but "is" or "was" between: A in "A is a podcast hosted by P".
     */
    NEAREST_ORG_BEFORE("nearest-org-before", x -> one(PersonLooks.nearestOrgBefore(x.s(), x.until(), x.reach(8)))),
    /** The organization a relative "where" or "in which" points back to: "B, where it invested $X". */
    RELATIVE_PLACE("relative-place", x -> Looks.placeBefore(x.s(), x.t().start())),
    /**
     * The persons "with" joins to the trigger's doer later in its clause, past its object and an apposition: Q and R
     * in "P co-founded A in 2019 with Q and R", "A was founded by P, a former engineer, along with Q".
     */
    COMPANIONS("companions", x -> Looks.companions(x.s(), x.from())),
    /** The persons a colon lists at the end of the trigger's sentence: "Four classmates started A in 2022: P, Q and R". */
    COLON_LIST("colon-list", x -> Looks.colonList(x.s(), x.from())),
    /**
     * The organization whose shares a holding noun a few words after the trigger names: B in "buy 10 million B
     * shares", "bought newly issued shares of B", "buy $50 million of B stock".
     */
    HOLDING_AFTER("holding-after", x -> one(Looks.holdingAfter(x.s(), x.from()))),
    /**
     * The organization a purpose after the trigger serves: B in "a $X contract to make chips for B", "an agreement to
     * supply servers to B" (the trigger's noun, "to" and a verb, then "for" or "to" and the organization).
     */
    PURPOSE_FOR("purpose-for", x -> one(Looks.purposeFor(x.s(), x.t().end()))),
    /**
     * For a trigger of licensing ("licence", "license", "licensed"): the organization whose technology it licenses,
     * as the owner of what follows or after "from": B in "a licence to some of B's technology", "license technology
     * from B".
     */
    LICENSOR_AFTER("licensor-after", x -> one(Looks.licensorAfter(x.s(), x.t()))),
    /** The organization a passive participle describes right before it: "A, founded by", "A was founded by". */
    PASSIVE_HEAD("passive-head", x -> one(Looks.passiveHead(x.s(), x.t().start()))),
    /** The organization a verb of giving hands the trigger's noun to: A in "gives A a 27% stake in B". */
    GIVEN_TO("given-to", x -> one(Looks.recipientBefore(x.s(), x.t().start()))),
    /**
     * The amount right after the trigger (past words that qualify it) that a part-of word ("of", "to") ties to a
     * word of {@code words} at most {@code reach} chunks on: "$X" in "put in $X of the total".
     */
    AMOUNT_OF_WHOLE("amount-of-whole", x -> one(RoundShares.amountOfWhole(x.s(), x.from(), x.words(), x.reach()))),
    /** A word of the list {@code words} at most {@code reach} chunks before the trigger, in its clause: "sold its stake". */
    WORD_BEFORE("word-before", x -> one(Looks.wordBefore(x.s(), x.t().start(), x.words(), x.reach()))),
    /**
     * A trigger of the family and form {@code trigger} ending at most {@code reach} chunks before this one: "A led
     * the $2bn investment" (the funding rules read such a lead).
     */
    TRIGGER_BEFORE("trigger-before", x -> x.triggers().stream()
            .filter(o -> o.trigger().key().equals(x.trigger()) && o.end() <= x.t().start() && o.end() >= x.t().start() - x.reach())
            .findFirst().map(o -> List.of(o.start())).orElse(List.of()));

    /** What an operator does: the chunks it finds at a site. */
    @FunctionalInterface
    private interface Finder {
        List<Integer> find(Site site);
    }

    private final String yamlName;
    private final Finder finder;

    Operator(String yamlName, Finder finder) {
        this.yamlName = yamlName;
        this.finder = finder;
    }

    /** The operator's name in rule files. */
    String yamlName() {
        return yamlName;
    }

    /** The parameters a call of this operator must give. */
    Set<String> requires() {
        return switch (this) {
            case WORD_BEFORE -> Set.of("words", "reach");
            case AMOUNT_OF_WHOLE -> Set.of("words", "reach");
            case TRIGGER_BEFORE -> Set.of("trigger", "reach");
            default -> Set.of();
        };
    }

    List<Integer> find(Site site) {
        return finder.find(site);
    }

    private static List<Integer> one(int index) {
        return index < 0 ? List.of() : List.of(index);
    }
}
