/**
 * Serve: the embedded Fuseki server over the store, with a SPARQL query endpoint, and beside it the linked
 * data: a page per resource under {@code /id/} (HTML, Turtle, JSON-LD, RDF/XML, N-Triples by content
 * negotiation or extension), the graph view and its JSON API, a query page, the VoID description and the
 * JSON-LD context. Static files come from the class path (the Cytoscape.js WebJar included).
 *
 * <p>Safe by default ({@link org.dealgraph.serve.ServerSettings}): loopback only, read-only, queries bounded
 * in time and size, no {@code SERVICE} calls out; updates only when allowed and then only for writers who log
 * in ({@link org.dealgraph.serve.Credentials}); every text from the data escaped. See SECURITY.md.
 *
 * <p>In: the store's dataset and the settings. Out: HTTP.
 */
package org.dealgraph.serve;
