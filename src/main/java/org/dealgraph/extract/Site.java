package org.dealgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Where an {@link Operator} looks: the sentence, its triggers, the trigger the rule reads, the call with its
 * parameters, the chunk a search after the trigger starts at (its end, or past an earlier argument), and the
 * chunk a search before it ends at (its start, or the first chunk of an earlier argument).
 */
record Site(ChunkedSentence s, List<TriggerMatch> triggers, TriggerMatch t, Argument.Call call, int from, int until) {

    /** Whether persons count as agents. */
    boolean persons() {
        return call.who() != Argument.Who.ORGANIZATIONS;
    }

    /** The prepositions that introduce an object: the call's, else the trigger's. */
    Set<String> preps() {
        return call.preps().orElse(t.trigger().preps());
    }

    /** The call's word list; empty if it names none. */
    Set<String> words() {
        return call.words().orElse(Set.of());
    }

    int reach() {
        return call.reach();
    }

    /** The call's reach, or {@code otherwise} when it gives none (for operators whose reach is optional). */
    int reach(int otherwise) {
        return call.reach() > 0 ? call.reach() : otherwise;
    }

    /** The family and form of trigger the call looks for; null if it names none (never read then). */
    Rule.TriggerKey trigger() {
        return call.trigger().orElse(null);
    }
}
