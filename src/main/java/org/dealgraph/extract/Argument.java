package org.dealgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One argument of a rule's frame, or one guard: alternatives tried in order, the first that finds something
 * wins ("the agent after by, else the subject").
 */
record Argument(List<Call> alternatives) {

    private static final Set<String> OR = Set.of("or");

    /** Which agents an operator takes: organizations only, organizations and persons, or groups that hold a person. */
    enum Who {
        ORGANIZATIONS("organizations"), AGENTS("agents"), PERSONS("persons");

        final String yamlName;

        Who(String yamlName) {
            this.yamlName = yamlName;
        }
    }

    /** How many members the group must have to count as found. */
    enum Count {
        /** any size */
        ANY("any"),
        /** exactly one */
        ONE("one"),
        /** two or more */
        SEVERAL("several"),
        /** two or more, none joined by "or" ("A and B", not "A or B") */
        JOINT("joint");

        final String yamlName;

        Count(String yamlName) {
            this.yamlName = yamlName;
        }
    }

    /**
     * One operator with its parameters.
     *
     * @param preps   the prepositions that introduce an object; empty: the trigger's own
     * @param after   the argument of the same rule past whose last chunk the search starts; empty: the trigger's end
     * @param before  the argument of the same rule at whose first chunk a search before ends; empty: the trigger's start
     * @param words   the word list a look for words reads (a list of {@code words.tsv})
     * @param reach   how many chunks from the trigger a look goes; 0 where the operator has its own reach
     * @param trigger the family and form of trigger a look for triggers seeks
     */
    record Call(Operator operator, Who who, Optional<Set<String>> preps, Optional<String> after, Optional<String> before,
                Count count, Optional<Set<String>> words, int reach, Optional<Rule.TriggerKey> trigger) {

        Call {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(who, "who");
            preps = preps.map(Set::copyOf);
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(count, "count");
            words = words.map(Set::copyOf);
            Objects.requireNonNull(trigger, "trigger");
        }

        /** A call with no parameters but who counts and how many. */
        static Call of(Operator operator, Who who, Count count) {
            return new Call(operator, who, Optional.empty(), Optional.empty(), Optional.empty(), count, Optional.empty(), 0,
                    Optional.empty());
        }

        /**
         * What the operator finds for trigger {@code t}, given the arguments found before it; empty if it finds
         * nothing, or (for {@code who: persons}) no person.
         */
        List<Integer> find(ChunkedSentence s, List<TriggerMatch> triggers, TriggerMatch t, Map<String, List<Integer>> found) {
            int from = after.map(found::get).filter(g -> !g.isEmpty()).map(g -> g.get(g.size() - 1) + 1).orElse(t.end());
            int until = before.map(found::get).filter(g -> !g.isEmpty()).map(g -> g.get(0)).orElse(t.start());
            List<Integer> group = operator.find(new Site(s, triggers, t, this, from, until));
            boolean holdsPerson = who != Who.PERSONS || group.stream().anyMatch(i -> s.get(i).kind() == Chunk.Kind.PERSON);
            return holdsPerson ? group : List.of();
        }

        /** Whether the group has the size the call asks for. */
        boolean counted(ChunkedSentence s, List<Integer> group) {
            return switch (count) {
                case ANY -> true;
                case ONE -> group.size() == 1;
                case SEVERAL -> group.size() >= 2;
                case JOINT -> group.size() >= 2 && !s.anyWordIn(group.get(0), group.get(group.size() - 1), OR);
            };
        }
    }

    Argument {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("an argument needs at least one operator");
        }
    }

    /**
     * The group the first alternative that finds one finds, if it has the size that alternative asks for;
     * empty otherwise (a group of the wrong size does not fall through to the next alternative).
     */
    List<Integer> find(ChunkedSentence s, List<TriggerMatch> triggers, TriggerMatch t, Map<String, List<Integer>> found) {
        for (Call c : alternatives) {
            List<Integer> group = c.find(s, triggers, t, found);
            if (!group.isEmpty()) {
                return c.counted(s, group) ? group : List.of();
            }
        }
        return List.of();
    }
}
