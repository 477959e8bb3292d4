package org.dealgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a rule file: what it is called (its id, the provenance of every fact it finds), the triggers
 * it reads, its guards and argument frame (or the Java callback that does its work), what amount of money
 * and status its facts take, how sure it is, and a sentence it reads.
 *
 * @param source   the file and line it is written at, for messages
 * @param frame    the fact's arguments by role, in the order they are found; empty for a callback rule
 * @param moneyUnless guards that, when one finds something, leave the fact without money ("sold its stake")
 * @param callback the name of the Java callback doing the work, when the rule is no frame
 */
record Rule(String id, String source, RuleKind kind, List<TriggerKey> triggers, List<Argument> when,
            List<Argument> unless, Map<String, Argument> frame, MoneyRole money, List<Argument> moneyUnless,
            StatusRule status, double confidence, String example, Optional<String> callback) {

    /** A family and form of {@code triggers.tsv} that a rule reads: "acquisition verb". */
    record TriggerKey(String family, String form) {
    }

    /** Which amount a rule's fact takes. */
    enum MoneyRole {
        /** the amount the sentence gives the trigger */
        AMOUNT("amount"),
        /** that amount, else the amount of a deal noun that frames the trigger ("in a deal valued at $X") */
        AMOUNT_OR_FRAMING_DEAL("amount-or-framing-deal"),
        /** the amount right after a verb of paying: "will pay $X for B" */
        AMOUNT_PAID("amount-paid"),
        /** none */
        NONE("none");

        final String yamlName;

        MoneyRole(String yamlName) {
            this.yamlName = yamlName;
        }
    }

    /** Where a rule's status comes from. */
    enum StatusRule {
        /** the status cues between the fact's first argument (when it stands before the trigger) and the trigger */
        CUES("cues"),
        /** always announced: the words say nothing of a stage */
        ANNOUNCED("announced"),
        /** the fact has no status (roles, subsidiaries) */
        NONE("none");

        final String yamlName;

        StatusRule(String yamlName) {
            this.yamlName = yamlName;
        }
    }

    Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        triggers = List.copyOf(triggers);
        when = List.copyOf(when);
        unless = List.copyOf(unless);
        frame = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frame));
        Objects.requireNonNull(money, "money");
        moneyUnless = List.copyOf(moneyUnless);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(callback, "callback");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
