package org.dealgraph.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A remote SPARQL 1.1 query endpoint, read over HTTP: every query is rewritten by {@link UnionPatterns} to
 * read the union of the endpoint's named graphs, so the store's default graph need not be that union. A
 * query without a timeout of its own gets the source's. A failure is an {@link EndpointFailure} naming the
 * endpoint.
 */
public final class EndpointGraphSource implements GraphSource {

    private static final Query ANY_GRAPH = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");

    private final String url;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param url     the query endpoint, e.g. {@code http://host:3030/ds/sparql}
     * @param timeout how long a query may take when it has no timeout of its own
     */
    public EndpointGraphSource(String url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The endpoint's URL. */
    public String url() {
        return url;
    }

    /**
     * Asks the endpoint whether it holds any named graph: true or false when it answers a SPARQL query.
     *
     * @throws EndpointFailure when it cannot be reached or does not answer as a SPARQL endpoint
     */
    public boolean holdsGraphs() {
        return call(ANY_GRAPH, Optional.empty(), QueryExec::ask);
    }

    @Override
    public List<Binding> select(Query query, Map<String, Node> given, Optional<Duration> timeout) {
        return call(bound(query, given), timeout, exec -> exec.select().materialize().stream().toList());
    }

    @Override
    public Graph construct(Query query, Map<String, Node> given) {
        return call(bound(query, given), Optional.empty(), QueryExec::construct);
    }

    /**
     * No: a store written through the Graph Store Protocol holds article graphs only, and the summary's default
     * graph is named in Jena's own way, which another store does not read.
     */
    @Override
    public boolean keepsSummary() {
        return false;
    }

    private static Query bound(Query query, Map<String, Node> given) {
        if (given.isEmpty()) {
            return query;
        }
        Map<Var, Node> values = new HashMap<>();
        given.forEach((name, node) -> values.put(Var.alloc(name), node));
        return QueryTransformOps.transform(query, values);
    }

    /**
     * A run of {@code query}, rewritten to read the union of the named graphs, not yet sent: it fails with
     * Jena's exceptions, which {@link #failure} turns into an {@link EndpointFailure}.
     */
    QueryExec exec(Query query, Optional<Duration> own) {
        return QueryExecHTTP.service(url).httpClient(client).query(UnionPatterns.of(query))
                .timeout(own.orElse(timeout).toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private <T> T call(Query query, Optional<Duration> own, Function<QueryExec, T> answer) {
        try (QueryExec running = exec(query, own)) {
            return answer.apply(running);
        } catch (HttpException | QueryException | RiotException e) {
            throw failure(e);
        }
    }

    /** What {@code e}, thrown by a run of {@link #exec}, says of the endpoint, with the status a page gives it. */
    EndpointFailure failure(RuntimeException e) {
        if (causedBy(e, HttpTimeoutException.class)) {
            return new EndpointFailure(504, "the SPARQL endpoint " + url + " did not answer in time", e);
        }
        int status = e instanceof HttpException http ? http.getStatusCode()
                : e instanceof QueryExceptionHTTP http ? http.getStatusCode() : -1;
        if (status > 0) {
            return new EndpointFailure(502, "the SPARQL endpoint " + url + " answered " + status, e);
        }
        if (e instanceof HttpException || e instanceof QueryExceptionHTTP || causedBy(e, IOException.class)) {
            return new EndpointFailure(503, "the SPARQL endpoint " + url + " cannot be reached ("
                    + rootMessage(e) + ")", e);
        }
        return new EndpointFailure(502, "the SPARQL endpoint " + url + " gave no SPARQL answer (" + rootMessage(e)
                + ")", e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "the connection failed" : root.getMessage();
    }
}
