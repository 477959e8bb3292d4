/**
 * Serve: the embedded Fuseki server over the store, with a read-only SPARQL query endpoint, and beside it
 * the linked data: a page per resource under {@code /id/} (HTML, Turtle, JSON-LD, RDF/XML, N-Triples by
 * content negotiation or extension), the graph view and its JSON API, a query page, the VoID description
 * and the JSON-LD context. Static files come from the class path (the Cytoscape.js WebJar included).
 *
 * <p>In: the store's dataset. Out: HTTP.
 */
package org.dealgraph.serve;
