package org.dealgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query handler with a ceiling on the size of an answer: a SELECT, CONSTRUCT or DESCRIBE query with
 * no {@code LIMIT}, or a larger one, runs with {@code LIMIT max}, and the answer then carries the header
 * {@value #HEADER}{@code : max}, so a client that gets {@code max} rows knows there may be more (and can page
 * with {@code LIMIT} and {@code OFFSET}). ASK is left alone. Each query runs rewritten by
 * {@link BoundedExpressions}, so that its regular expressions stop at the timeout and the strings it builds
 * stay under the limit.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    /** The header that says the server's limit was applied to the answer. */
    static final String HEADER = "Dealgraph-Result-Limit";

    private final long max;

    CappedQuery(long max) {
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
            action.setResponseHeader(HEADER, Long.toString(max));
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, BoundedExpressions.bound(query), dataset);
    }
}
