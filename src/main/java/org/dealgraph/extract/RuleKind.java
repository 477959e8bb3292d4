package org.dealgraph.extract;

import java.util.List;
import java.util.Map;
import org.dealgraph.model.Fact;

/**
 * What a rule file's {@code kind} names: the roles of its rules' argument frame and how a rule's found arguments
 * become facts. The built-in kinds are the {@link Frame}s; each kind of fact defined by a kind file is a
 * {@link DefinedFrame}.
 */
interface RuleKind {

    /** Its name in rule files. */
    String yamlName();

    /** The roles of the frame, in the order the fact names them; empty for a kind told by callbacks only. */
    List<String> roles();

    /** The roles every rule of the kind must give: the first ones of {@link #roles()}. */
    List<String> requiredRoles();

    /** Whether a rule of this kind may stand in a file of kind {@code file}. */
    boolean fitsIn(RuleKind file);

    /**
     * Whether the frame rule {@code rule} completes what the other rules of its file told in the sentence, and so
     * runs after them, reading their facts ({@link SentenceFacts#earlierRound}): "A put in $X of the total".
     */
    default boolean readsTold(Rule rule) {
        return false;
    }

    /** The facts the rule's found arguments make (every required role found, non-empty). */
    List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, Map<String, List<Integer>> found);
}
