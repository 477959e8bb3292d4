/**
 * Serve: the embedded Fuseki server over the store, with a SPARQL query endpoint, and beside it the linked
 * data: a page per resource under {@code /id/} (HTML, Turtle, JSON-LD, RDF/XML, N-Triples by content
 * negotiation or extension; in HTML, profiles and facts in words), the front page and a search by name, the
 * graph view and its JSON API, the query editor (YASGUI, with the example queries), the VoID description and
 * the JSON-LD context. Static files come from the class path (the Cytoscape.js and ECharts WebJars, and the
 * YASGUI package the build fetches, included).
 *
 * <p>Safe by default ({@link org.dealgraph.serve.ServerSettings}): loopback only, read-only, queries bounded
 * in time and size, no {@code SERVICE} calls out; updates only when allowed and then only for writers who log
 * in ({@link org.dealgraph.serve.Credentials}); every text from the data escaped. See SECURITY.md.
 *
 * <p>The pages read through a {@link org.dealgraph.serve.GraphSource}: the local store, or a remote SPARQL
 * endpoint ({@link org.dealgraph.serve.EndpointGraphSource}, read-only), whose queries are rewritten to read
 * the union of its named graphs ({@link org.dealgraph.serve.UnionPatterns}).
 *
 * <p>In: the store's dataset, or a remote endpoint's URL, and the settings. Out: HTTP.
 */
package org.dealgraph.serve;
