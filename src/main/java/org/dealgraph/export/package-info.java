/**
 * Export: the graph written out in a chosen format, one {@link org.dealgraph.export.Exporter} per format.
 *
 * <p>In: the store's dataset. Out: bytes.
 */
package org.dealgraph.export;
