package org.dealgraph.model;

/** How a stated amount relates to the true one: "$4bn", "about $4bn", "up to $4bn", "more than $4bn". */
public enum Bound {
    EXACT,
    APPROXIMATE,
    UP_TO,
    AT_LEAST
}
