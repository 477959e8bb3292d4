package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import org.dealgraph.model.Fact;

/**
 * The Java that does the work of the rules that name it ({@code callback: NAME} in a rule file) where a
 * phrasing is procedural beyond the operators. It runs once for each trigger its rules read, or once a sentence
 * when they read none, and returns the facts it finds, each with the provenance of one of its rules (their
 * ids and confidences come from {@code rules}). Stateless.
 */
interface RuleCallback {

    List<Fact> apply(SentenceFacts sentence, Optional<TriggerMatch> trigger, Rules rules);
}
