package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Money;
import org.dealgraph.model.Status;

/**
 * Acquisitions: "A acquired B for $X", "A has agreed to buy B", "B was bought by A", "A's acquisition of B",
 * "the acquisition of B by A", "B's acquisition by A", "A struck a deal to buy B".
 */
final class AcquisitionRules implements FactRules {

    private static final Set<String> OF = Set.of("of");

    @Override
    public void apply(SentenceFacts f) {
        ChunkedSentence s = f.chunks();
        for (TriggerMatch t : f.triggers()) {
            if (!t.family().equals("acquisition")) {
                continue;
            }
            if (t.is("acquisition", "verb")) {
                verb(f, s, t);
            } else if (t.trigger().preps().isEmpty()) {
                emit(f, t, s.subjectBefore(t.start(), true), s.objectAfter(t.end(), Set.of(), false), "acquisition-deal-to-buy", 0.75);
            } else {
                noun(f, s, t);
            }
        }
    }

    private void verb(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        List<Integer> agent = s.byAgentAfter(t.end(), true);
        if (!agent.isEmpty()) {
            emit(f, t, agent, s.subjectBefore(t.start(), false), "acquisition-passive", 0.75);
            return;
        }
        emit(f, t, s.subjectBefore(t.start(), true), s.objectAfter(t.end(), Set.of(), false), "acquisition-verb", 0.8);
    }

    private void noun(SentenceFacts f, ChunkedSentence s, TriggerMatch t) {
        int owner = s.possessiveBefore(t.start());
        List<Integer> target = s.objectAfter(t.end(), OF, false);
        if (target.isEmpty()) {
            List<Integer> by = s.byAgentAfter(t.end(), true);
            if (owner >= 0 && !by.isEmpty()) {
                emit(f, t, by, s.groupEndingAt(owner, false), "acquisition-noun-by", 0.7);
            }
            return;
        }
        List<Integer> by = s.byAgentAfter(target.get(target.size() - 1) + 1, true);
        List<Integer> acquirer = !by.isEmpty() ? by
                : owner >= 0 ? s.groupEndingAt(owner, true) : s.subjectBefore(t.start(), true);
        emit(f, t, acquirer, target, owner >= 0 ? "acquisition-possessive-noun" : "acquisition-noun", 0.7);
    }

    private void emit(SentenceFacts f, TriggerMatch t, List<Integer> acquirers, List<Integer> targets, String rule,
                      double confidence) {
        if (acquirers.isEmpty() || targets.isEmpty()) {
            return;
        }
        List<EntityRef> as = f.refs(acquirers);
        List<EntityRef> ts = f.refs(targets);
        boolean single = as.size() == 1 && ts.size() == 1;
        Optional<Money> price = single ? f.amountOrFramingDeal(t) : Optional.empty();
        Status status = f.status(t, acquirers.get(0) < t.start() ? acquirers : List.of());
        List<Integer> all = new java.util.ArrayList<>(acquirers);
        all.addAll(targets);
        for (EntityRef a : as) {
            for (EntityRef b : ts) {
                if (!a.equals(b) && !a.name().equals(b.name())) {
                    f.add(new Acquisition(a, b, price, status, f.date(), f.provenance(rule, confidence, t, all)));
                }
            }
        }
    }
}
