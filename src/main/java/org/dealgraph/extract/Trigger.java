package org.dealgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One trigger phrase of {@code triggers.tsv}.
 *
 * @param family the kind of fact it signals ("acquisition", "deal"…)
 * @param form   how it takes its arguments ("verb", "noun", "prefix"…)
 * @param words  its lower-case words
 * @param preps  the prepositions that introduce its object; empty for a direct object
 */
record Trigger(String family, String form, List<String> words, Set<String> preps) {

    /** The families a trigger may have: the kinds of fact the rule files and the callbacks read. */
    static final Set<String> FAMILIES = Set.of("acquisition", "investment", "funding", "deal", "partner", "ownership",
            "founder", "role");
    /** The forms a trigger may have, each documented in {@code triggers.tsv}. */
    static final Set<String> FORMS = Set.of("verb", "noun", "intent", "prefix", "holder", "lead", "list", "unit",
            "parent", "pay", "spend", "lease", "sell", "together", "supply", "share", "apposition", "join", "work", "hire", "team",
            "passive", "as", "create", "member", "portfolio");
    /** The families and forms whose triggers take the amount of money next to them, some of the above. */
    static final Set<String> VALUED_FAMILIES = within(FAMILIES, "acquisition", "investment", "funding", "deal");
    static final Set<String> VALUED_FORMS = within(FORMS, "verb", "noun", "intent", "sell", "supply");

    Trigger {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(form, "form");
        words = List.copyOf(words);
        preps = Set.copyOf(preps);
    }

    /** {@code values}, each of which must be one of {@code all}: a misspelt one fails when the class loads. */
    private static Set<String> within(Set<String> all, String... values) {
        for (String v : values) {
            if (!all.contains(v)) {
                throw new IllegalStateException("'" + v + "' is none of " + new java.util.TreeSet<>(all));
            }
        }
        return Set.of(values);
    }

    /** The family and form that rule files name it by. */
    Rule.TriggerKey key() {
        return new Rule.TriggerKey(family, form);
    }

    boolean is(String family, String form) {
        return this.family.equals(family) && this.form.equals(form);
    }

    /** Whether the trigger is a plural noun ("deals"): a stated amount then sums several facts. */
    boolean plural() {
        String last = words.get(words.size() - 1);
        return form.equals("noun") && last.endsWith("s") && !last.endsWith("ss");
    }
}
