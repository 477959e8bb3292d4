package org.dealgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * The fixed set of moves a rule file may name to find a fact's argument around its trigger, each a move of
 * {@link ChunkedSentence} or one small look around the trigger. Each returns the chunk indexes it finds (a
 * coordinated group, or one chunk), empty when it finds nothing. {@code persons} says whether persons count
 * as agents; {@code preps} are the prepositions that introduce an object; {@code from} is where a search
 * after the trigger starts (the trigger's end, or past another argument).
 */
enum Operator {

    /** The subject group before the trigger: "A and B agreed to buy C". */
    SUBJECT("subject", (s, t, persons, preps, from) -> s.subjectBefore(t.start(), persons)),
    /** The object group after the trigger: the noun phrase right after it, or after one of {@code preps}. */
    OBJECT("object", (s, t, persons, preps, from) -> s.objectAfter(from, preps, persons)),
    /** The agent group after "by" right after the trigger: "B was bought by A", "founded in 2020 by P". */
    BY_AGENT("by-agent", (s, t, persons, preps, from) -> s.byAgentAfter(from, persons)),
    /** The possessive organization opening the trigger's noun phrase: "A's purchase", "its stake". */
    POSSESSIVE("possessive", (s, t, persons, preps, from) -> one(s.possessiveBefore(t.start()))),
    /** The coordinated group the possessive owner ends: "A and B's deal". */
    POSSESSIVE_GROUP("possessive-group", (s, t, persons, preps, from) -> {
        int owner = s.possessiveBefore(t.start());
        return owner < 0 ? List.of() : s.groupEndingAt(owner, persons);
    }),
    /**
     * The group of the possessive owner when the trigger's noun phrase has one ("A and B's deal"), else the
     * subject group before the trigger ("A signed a deal"); an owner that is no member (a person, when persons do
     * not count) leaves it empty.
     */
    OWNER_OR_SUBJECT("owner-or-subject", (s, t, persons, preps, from) -> {
        int owner = s.possessiveBefore(t.start());
        return owner >= 0 ? s.groupEndingAt(owner, persons) : s.subjectBefore(t.start(), persons);
    }),
    /** The first agent of the noun phrase right after the trigger, alone: "founded the startup A". */
    NEXT_AGENT("next-agent", (s, t, persons, preps, from) -> one(s.agentAfter(from, persons))),
    /** The group right after the trigger, or after an including word right after it: "partners include A and B". */
    NEXT_GROUP("next-group", (s, t, persons, preps, from) -> DealRules.groupAfter(s, t, persons)),
    /** The hyphen right before the trigger: "A-owned", "A-backed". */
    HYPHEN("hyphen", (s, t, persons, preps, from) -> t.start() > 0 && s.get(t.start() - 1).isWord("-")
            ? List.of(t.start() - 1) : List.of()),
    /** The agent hyphenated to the trigger: A in "A-owned B", "A-backed B". */
    HYPHEN_PREFIX("hyphen-prefix", (s, t, persons, preps, from) -> {
        int k = t.start() - 2;
        boolean hyphen = k >= 0 && s.get(k + 1).isWord("-");
        return hyphen && (persons ? s.get(k).isAgent() : s.get(k).isOrg()) ? List.of(k) : List.of();
    }),
    /** The organization a relative clause before the trigger hangs on: "B, which is now owned by A". */
    RELATIVE_HEAD("relative-head", (s, t, persons, preps, from) -> Looks.relativeHead(s, t.start())),
    /** The person a "who" right before the trigger describes: "P, a former engineer who founded A". */
    RELATIVE_PERSON("relative-person", (s, t, persons, preps, from) -> one(Looks.personBeforeRelative(s, t.start()))),
    /** The organization a relative "where" or "in which" points back to: "B, where it invested $X". */
    RELATIVE_PLACE("relative-place", (s, t, persons, preps, from) -> Looks.placeBefore(s, t.start())),
    /** The organization a passive participle describes right before it: "A, founded by", "A was founded by". */
    PASSIVE_HEAD("passive-head", (s, t, persons, preps, from) -> one(Looks.passiveHead(s, t.start())));

    /** What an operator does: the chunks it finds for trigger {@code t}. */
    @FunctionalInterface
    private interface Finder {
        List<Integer> find(ChunkedSentence s, TriggerMatch t, boolean persons, Set<String> preps, int from);
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

    List<Integer> find(ChunkedSentence s, TriggerMatch t, boolean persons, Set<String> preps, int from) {
        return finder.find(s, t, persons, preps, from);
    }

    private static List<Integer> one(int index) {
        return index < 0 ? List.of() : List.of(index);
    }
}
