package org.dealgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The field rules that the records' merge policies ({@link Fact#mergedWith}) are made of: the first stated
 * value, the most precise date, the most definite status.
 */
final class Union {

    /** Definite over tentative: what an article reports as done outweighs talk of it. */
    private static final Map<Status, Integer> RANK = Map.of(Status.COMPLETED, 6, Status.ABANDONED, 5,
            Status.BLOCKED, 5, Status.ANNOUNCED, 4, Status.IN_TALKS, 3, Status.PLANNED, 2, Status.RUMOURED, 1);

    private Union() {
    }

    /** {@code first} and the others, as facts of its own kind. */
    static <T extends Fact> List<T> of(T first, List<? extends Fact> others, Class<T> type) {
        List<T> all = new ArrayList<>();
        all.add(first);
        for (Fact f : others) {
            all.add(type.cast(f));
        }
        return all;
    }

    static <T, V> Optional<V> firstOf(List<T> facts, Function<T, Optional<V>> field) {
        return facts.stream().map(field).flatMap(Optional::stream).findFirst();
    }

    /** A full date over a month or a bare year of the same fact; of equally precise dates the earliest. */
    static <T> Optional<FactDate> mostTellingDate(List<T> facts, Function<T, Optional<FactDate>> field) {
        return facts.stream().map(field).flatMap(Optional::stream).min(FactDate.MOST_TELLING_FIRST);
    }

    static <T> Status status(List<T> facts, Function<T, Status> field) {
        return facts.stream().map(field).max(Comparator.comparing(RANK::get)).orElseThrow();
    }
}
