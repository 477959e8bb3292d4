package org.dealgraph.model;

import java.util.Objects;

/**
 * How a kind of fact is keyed: which of its entities name it, and what follows them. Two facts of one
 * kind with the same key are told of the same real fact and merge into one. The resolver reads this
 * recipe; the entities come from {@link Fact#entities()}, in the order of the kind's roles.
 *
 * @param ends     which entities name the fact
 * @param families whether an organization counts as its owning group (AWS as Amazon) in the key
 * @param tail     what follows the entities in the key of a fact as stated
 * @param merged   what follows them once the facts of one article with one key are merged
 */
public record KeyRecipe(Ends ends, boolean families, Tail tail, Tail merged) {

    public KeyRecipe {
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(merged, "merged");
    }

    /** A recipe whose tail stays the same once merged, without owning groups. */
    static KeyRecipe of(Ends ends, Tail tail) {
        return new KeyRecipe(ends, false, tail, tail);
    }

    /** Which entities name the fact. */
    public enum Ends {
        /** The first two, in order; none when both are one entity. */
        PAIR,
        /** All of them, distinct and sorted (the fact is unordered); none when fewer than two are left. */
        SET,
        /** The first alone. */
        FIRST
    }

    /** What follows the entities. */
    public enum Tail {
        /** Nothing. */
        NONE,
        /** The year of the fact's date, else of the article's publication. */
        YEAR,
        /** The words of the fact's title. */
        TITLE,
        /** The fact's value in whole units and its currency, else the year. */
        VALUE_OR_YEAR
    }
}
