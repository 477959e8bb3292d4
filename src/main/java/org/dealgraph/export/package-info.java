/**
 * Export: the graph written out in a chosen format, one {@link org.dealgraph.export.Exporter} per format:
 * RDF (Turtle, TriG, N-Quads, JSON-LD compacted with dealgraph's context, RDF/XML) and the property graph
 * of organizations, people and the facts between them (GraphML, GEXF, Cytoscape.js JSON, CSV node and edge
 * lists), for the whole store or one node's neighbourhood.
 *
 * <p>In: the store's dataset. Out: bytes.
 */
package org.dealgraph.export;
