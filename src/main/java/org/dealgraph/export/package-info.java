/**
 * Export: the graph written out in a chosen format, one {@link org.dealgraph.export.Exporter} per format:
 * RDF (Turtle, TriG, N-Quads, JSON-LD compacted with dealgraph's context, RDF/XML) and the property graph
 * of organizations, people and the facts between them (GraphML, GEXF, Cytoscape.js JSON, CSV node and edge
 * lists), for the whole store or one node's neighbourhood. The property graph's kinds of edge
 * ({@link org.dealgraph.export.EdgeKind}) are named by the kinds of fact that give them
 * ({@link org.dealgraph.model.FactKind#edge()}); {@code edges.rq} reads each kind's edges, and a test keeps
 * it, and the JSON-LD context, in step with the registry.
 *
 * <p>In: the store's dataset. Out: bytes.
 */
package org.dealgraph.export;
