package org.dealgraph.model;

/** The kinds of entity in the graph. */
public enum EntityKind {
    ORGANIZATION,
    PERSON
}
