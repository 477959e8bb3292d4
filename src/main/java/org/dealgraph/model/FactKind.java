package org.dealgraph.model;

/** The kinds of fact dealgraph extracts. */
public enum FactKind {
    ROLE,
    PARTNERSHIP,
    DEAL,
    INVESTMENT,
    FUNDING_ROUND,
    ACQUISITION,
    SUBSIDIARY
}
