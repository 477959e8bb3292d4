package org.dealgraph.serve;

import java.util.Optional;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's query handler with a ceiling on the size of an answer: a SELECT, CONSTRUCT or DESCRIBE query with
 * no {@code LIMIT}, or a larger one, runs with {@code LIMIT max}, and the answer then carries the header
 * {@value #HEADER}{@code : max}, so a client that gets {@code max} rows knows there may be more (and can page
 * with {@code LIMIT} and {@code OFFSET}). ASK is left alone. Each query runs rewritten by
 * {@link BoundedExpressions}, so that its regular expressions stop at the timeout and the strings it builds
 * stay under the limit. The log keeps a prefix of the query's text ({@link LogText}), not all of it.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    /** The header that says the server's limit was applied to the answer. */
    static final String HEADER = "Dealgraph-Result-Limit";
    /** The base a query's relative IRIs resolve against when it names none, as in Fuseki. */
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final long max;
    private final Optional<EndpointGraphSource> remote;

    /** Queries run on the server's dataset. */
    CappedQuery(long max) {
        this(max, Optional.empty());
    }

    /**
     * Queries sent on to {@code remote} when it is given (rewritten to read the union of its named graphs,
     * their expressions as written: the remote store bounds them), else run on the server's dataset.
     */
    CappedQuery(long max, Optional<EndpointGraphSource> remote) {
        this.max = max;
        this.remote = remote;
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
        if (remote.isPresent()) {
            return remote.get().exec(query, Optional.empty());
        }
        return super.createQueryExec(action, BoundedExpressions.bound(query), dataset);
    }

    /** As Fuseki runs a query, but logging a prefix of its text and of a parse error's message. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        String logged = LogText.of(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, logged));
        Query query = parsed(queryString, action);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, logged);
            Query run = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, run, chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, logged);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: " + LogText.of(SPARQLProtocol.messageForException(e)));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } catch (HttpException | QueryException | RiotException e) {
            if (remote.isEmpty()) {
                throw e;
            }
            action.abortSilent();
            EndpointFailure failure = remote.get().failure(e);
            ServletOps.error(failure.status(), LogText.of(failure.getMessage()));
        } finally {
            action.endRead();
        }
    }

    private Query parsed(String queryString, HttpAction action) {
        try {
            Query query = QueryFactory.create(queryString, PARSE_BASE, Syntax.syntaxARQ);
            validateQuery(action, query);
            return query;
        } catch (QueryParseException e) {
            throw refused(action, SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            throw refused(action, SPARQLProtocol.messageForException(e));
        }
    }

    private static RuntimeException refused(HttpAction action, String message) {
        String shown = LogText.of(message);
        action.log.warn(String.format("[%d] %s", action.id, shown));
        ServletOps.errorBadRequest(shown);
        return new IllegalStateException("not reached: the request was refused");
    }
}
