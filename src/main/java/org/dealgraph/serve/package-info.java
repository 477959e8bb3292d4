/**
 * Serve: the embedded Fuseki server over the store, with a read-only SPARQL query endpoint.
 *
 * <p>In: the store's dataset. Out: HTTP.
 */
package org.dealgraph.serve;
