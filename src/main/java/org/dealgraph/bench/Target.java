package org.dealgraph.bench;

/** One of dealgraph's performance targets, what was measured, and whether it was met. */
public record Target(String target, String measured, boolean met) {
}
