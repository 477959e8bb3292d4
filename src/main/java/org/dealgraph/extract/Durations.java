package org.dealgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The term of a deal as a sentence states it ("over seven years", "for 5 years", "a 10-year contract"), as an
 * ISO 8601 period ("P7Y", "P18M"). Number words come from {@code numbers.tsv}, loaded once. Immutable.
 */
final class Durations {

    private static final Set<String> LEADS = WordLists.get("duration-leads");

    private final Map<String, Integer> numbers;

    private Durations(Map<String, Integer> numbers) {
        this.numbers = Map.copyOf(numbers);
    }

    static Durations load() {
        return load("/org/dealgraph/analyse/numbers.tsv");
    }

    /** The number words of the classpath resource {@code resource}: each word once, its value a whole number. */
    static Durations load(String resource) {
        Map<String, Integer> numbers = new HashMap<>();
        for (Row row : Lexicon.read(resource, Column.required("word").unique(), Column.required("value"))) {
            numbers.put(row.get(0).toLowerCase(Locale.ROOT), row.number(1, "value", 0, 1000));
        }
        return new Durations(numbers);
    }

    /** The first term the sentence states, if any. */
    Optional<String> of(ChunkedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Optional<String> here = s.wordAt(i, LEADS) && i + 2 < s.size() ? period(s.get(i + 1).lower(), s.get(i + 2).lower())
                    : hyphenated(s, i);
            if (here.isPresent()) {
                return here;
            }
        }
        return Optional.empty();
    }

    /** "a 10-year deal", "a five-year agreement": the number, a hyphen and the unit before a noun. */
    private Optional<String> hyphenated(ChunkedSentence s, int i) {
        String w = s.get(i).lower();
        int dash = w.indexOf('-');
        if (dash > 0) {
            return period(w.substring(0, dash), w.substring(dash + 1));
        }
        return i + 2 < s.size() && s.get(i + 1).isWord("-") ? period(w, s.get(i + 2).lower()) : Optional.empty();
    }

    private Optional<String> period(String number, String unit) {
        Integer n = number.matches("\\d{1,3}") ? Integer.valueOf(number) : numbers.get(number);
        if (n == null || n == 0) {
            return Optional.empty();
        }
        return switch (unit) {
            case "year", "years" -> Optional.of("P" + n + "Y");
            case "month", "months" -> Optional.of("P" + n + "M");
            default -> Optional.empty();
        };
    }
}
