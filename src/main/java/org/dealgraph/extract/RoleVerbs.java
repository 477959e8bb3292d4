package org.dealgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The passive verbs of {@code role-verbs.tsv} ("hosted by", "overseen by"), read once: triggers of family
 * {@code role} and form {@code passive} for the role rules, and the title each gives the people after it when no
 * title stands before them ("hosted by P": P is a host).
 */
final class RoleVerbs {

    /** The family and form of the triggers this file gives. */
    static final Rule.TriggerKey KEY = new Rule.TriggerKey("role", "passive");

    private static final String FILE = Lexicon.BASE + "role-verbs.tsv";
    private static final List<Row> ROWS = Lexicon.read(FILE, Column.required("phrase").unique(), Column.required("title"));
    private static final Map<List<String>, String> TITLES = titles();

    private RoleVerbs() {
    }

    /** Adds the file's phrases to {@code triggers} and its family and form to {@code keys} (with its first row). */
    static void addTo(List<Trigger> triggers, Map<Rule.TriggerKey, Row> keys) {
        for (Row row : ROWS) {
            keys.putIfAbsent(KEY, row);
            for (List<String> phrase : Lexicon.phrases(row.get(0))) {
                triggers.add(new Trigger(KEY.family(), KEY.form(), phrase, java.util.Set.of()));
            }
        }
    }

    /** The title that the trigger {@code t} gives the people after it, if it is one of this file's and gives one. */
    static Optional<String> title(TriggerMatch t) {
        return t.trigger().key().equals(KEY) ? Optional.ofNullable(TITLES.get(t.trigger().words())) : Optional.empty();
    }

    private static Map<List<String>, String> titles() {
        Map<List<String>, String> titles = new HashMap<>();
        for (Row row : ROWS) {
            if (!row.get(1).equals("-")) {
                for (List<String> phrase : Lexicon.phrases(row.get(0))) {
                    titles.put(phrase, row.get(1));
                }
            }
        }
        return Map.copyOf(titles);
    }
}
