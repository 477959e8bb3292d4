package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.Fact;

/**
 * Applies the rules of one rule file to a sentence: for each trigger, in text order, the frame rules and
 * callbacks that read it, in the file's order; then the callbacks that read no trigger; then, for each trigger
 * again, the frame rules that complete what those told ({@link RuleKind#readsTold}), reading their facts.
 * The facts of a rule that yields to others ({@link Yields}) are dropped where one of those told a fact: once
 * before the completing rules read what the others told, and once over all. Indexed by trigger at load;
 * immutable and thread-safe.
 */
final class RuleInterpreter {

    /** One thing a trigger sets off: a frame rule, or a callback with the rules that name it. */
    private interface Step {
        List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> t);
    }

    private final Map<Rule.TriggerKey, List<Step>> byTrigger;
    private final List<Step> perSentence;
    /** The frame rules that read what the others told, by trigger. */
    private final Map<Rule.TriggerKey, List<Rule>> completing;
    private final Yields yields;

    RuleInterpreter(List<Rule> rules, Map<String, RuleCallback> callbacks, Yields yields) {
        this.yields = yields;
        Map<Rule.TriggerKey, List<Step>> index = new HashMap<>();
        Map<String, Step> named = new LinkedHashMap<>();
        List<Step> sentence = new ArrayList<>();
        Map<Rule.TriggerKey, List<Rule>> late = new HashMap<>();
        for (Rule r : rules) {
            if (r.kind().readsTold(r)) {
                r.triggers().forEach(key -> late.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
                continue;
            }
            Step step = r.callback().isEmpty() ? (f, t) -> frame(r, f, t.orElseThrow())
                    : named.computeIfAbsent(r.callback().get(), name -> callback(name, callbacks.get(name), rules));
            if (r.triggers().isEmpty() && !sentence.contains(step)) {
                sentence.add(step);
            }
            for (Rule.TriggerKey key : r.triggers()) {
                List<Step> steps = index.computeIfAbsent(key, k -> new ArrayList<>());
                if (!steps.contains(step)) {
                    steps.add(step);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byTrigger = Map.copyOf(index);
        this.perSentence = List.copyOf(sentence);
        late.replaceAll((k, v) -> List.copyOf(v));
        this.completing = Map.copyOf(late);
    }

    List<Fact> apply(SentenceFacts f) {
        List<Fact> out = new ArrayList<>();
        for (TriggerMatch t : f.triggers()) {
            for (Step step : byTrigger.getOrDefault(t.trigger().key(), List.of())) {
                out.addAll(step.apply(f, Optional.of(t)));
            }
        }
        for (Step step : perSentence) {
            out.addAll(step.apply(f, Optional.empty()));
        }
        List<Fact> standing = yields.keep(out);
        if (completing.isEmpty()) {
            return standing;
        }
        List<Fact> all = new ArrayList<>(standing);
        all.addAll(complete(f, standing));
        return yields.keep(all);
    }

    /** The facts of the rules that complete what the sentence told ({@code told}), trigger by trigger. */
    private List<Fact> complete(SentenceFacts f, List<Fact> told) {
        List<Fact> out = new ArrayList<>();
        SentenceFacts after = null;
        for (TriggerMatch t : f.triggers()) {
            for (Rule r : completing.getOrDefault(t.trigger().key(), List.of())) {
                after = after == null ? f.withTold(told) : after;
                out.addAll(frame(r, after, t));
            }
        }
        return out;
    }

    /** The facts of a frame rule at trigger {@code t}: its guards hold and every argument is found. */
    static List<Fact> frame(Rule r, SentenceFacts f, TriggerMatch t) {
        ChunkedSentence s = f.chunks();
        for (Argument g : r.when()) {
            if (g.find(s, f.triggers(), t, Map.of()).isEmpty()) {
                return List.of();
            }
        }
        for (Argument g : r.unless()) {
            if (!g.find(s, f.triggers(), t, Map.of()).isEmpty()) {
                return List.of();
            }
        }
        Map<String, List<Integer>> found = new HashMap<>(4);
        for (Map.Entry<String, Argument> e : r.frame().entrySet()) {
            List<Integer> group = e.getValue().find(s, f.triggers(), t, found);
            if (group.isEmpty()) {
                return List.of();
            }
            found.put(e.getKey(), group);
        }
        List<Fact> facts = r.kind().build(f, t, r, found);
        return facts.isEmpty() ? facts : withGapped(r, f, t, found, facts);
    }

    /**
     * The facts, and those of a clause after them that leaves out their verb ({@link Gapping}): "A invested $X in
     * B, and C $Y" also tells C's investment of $Y in B. Only a rule with one role before its trigger has a subject
     * for the gapped clause to replace.
     */
    private static List<Fact> withGapped(Rule r, SentenceFacts f, TriggerMatch t, Map<String, List<Integer>> found,
                                         List<Fact> facts) {
        ChunkedSentence s = f.chunks();
        List<String> before = found.entrySet().stream().filter(e -> e.getValue().get(0) < t.start())
                .map(Map.Entry::getKey).toList();
        if (before.size() != 1) {
            return facts;
        }
        int last = t.end() - 1;
        for (List<Integer> group : found.values()) {
            last = Math.max(last, group.get(group.size() - 1));
        }
        Optional<Gapping.Gap> gap = Gapping.after(s, last + 1, true);
        if (gap.isEmpty()) {
            return facts;
        }
        Map<String, List<Integer>> gapped = new HashMap<>(found);
        gapped.put(before.get(0), List.of(gap.get().subject()));
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(r.kind().build(f.withAmount(t, gap.get().amount()), t, r, gapped));
        return all;
    }

    /** The step of callback {@code name}: its facts, each checked to come from one of the rules naming it. */
    private static Step callback(String name, RuleCallback callback, List<Rule> all) {
        Rules own = new Rules(all.stream().filter(r -> r.callback().equals(Optional.of(name))).toList());
        return (f, t) -> {
            List<Fact> facts = callback.apply(f, t, own);
            for (Fact fact : facts) {
                own.get(fact.provenance().rule());
            }
            return facts;
        };
    }
}
