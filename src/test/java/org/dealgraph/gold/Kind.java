package org.dealgraph.gold;

import java.util.List;

/** The kinds of fact the gold annotates, each with its competency query and how its facts are matched. */
enum Kind {
    ORGANIZATIONS(false, false),
    PEOPLE(false, false),
    ROLES(true, false),
    PARTNERSHIPS(true, false),
    DEALS(true, true),
    INVESTMENTS(true, false),
    FUNDINGS(true, true),
    ACQUISITIONS(true, false),
    SUBSIDIARIES(true, false);

    /** In the order the report lists them: entities first, then relations. */
    static final List<Kind> ALL = List.of(values());

    private final boolean relation;
    private final boolean oneToOne;

    Kind(boolean relation, boolean oneToOne) {
        this.relation = relation;
        this.oneToOne = oneToOne;
    }

    /** The key in a gold file, and the base name of the query in {@code queries/}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isRelation() {
        return relation;
    }

    /** Whether each gold fact may be claimed by one graph node only (deals and funding rounds). */
    boolean isOneToOne() {
        return oneToOne;
    }

    /** Whether the facts of this kind carry a value (an amount with its currency). */
    boolean isValued() {
        return this == DEALS || this == INVESTMENTS || this == FUNDINGS || this == ACQUISITIONS;
    }
}
