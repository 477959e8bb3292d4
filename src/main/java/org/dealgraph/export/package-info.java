/**
 * Export: the graph written out in a chosen format, one {@link org.dealgraph.export.Exporter} per format:
 * RDF (Turtle, TriG, N-Quads, JSON-LD compacted with dealgraph's context, RDF/XML) and the property graph
 * of organizations, people and the facts between them (GraphML, GEXF, Cytoscape.js JSON, CSV node and edge
 * lists), for the whole store or one node's neighbourhood. The property graph's kinds of edge
 * ({@link org.dealgraph.export.EdgeKind}) are named by the kinds of fact that give them
 * ({@link org.dealgraph.model.FactKind#edge()}). The query that reads each kind's edges
 * ({@link org.dealgraph.export.EdgeQuery}, in the frame of {@code edges.rq}) and the kinds' terms of the JSON-LD
 * context ({@link org.dealgraph.export.JsonLdContext}) are built from the registry and the kinds' RDF terms
 * ({@link org.dealgraph.rdf.KindTerms}), so that a new kind of fact edits neither.
 *
 * <p>In: the store's dataset. Out: bytes.
 */
package org.dealgraph.export;
