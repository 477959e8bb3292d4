package org.dealgraph.extract;

import java.util.Objects;

/** A trigger found in a sentence, over chunks {@code [start, end)}. */
record TriggerMatch(Trigger trigger, int start, int end) {

    TriggerMatch {
        Objects.requireNonNull(trigger, "trigger");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad trigger range [" + start + ", " + end + ")");
        }
    }

    boolean is(String family, String form) {
        return trigger.is(family, form);
    }

    String family() {
        return trigger.family();
    }
}
