package org.dealgraph.serve;

import static org.dealgraph.serve.DealgraphServer.DATA;
import static org.dealgraph.serve.DealgraphServer.DATASET;
import static org.dealgraph.serve.DealgraphServer.REALM;
import static org.dealgraph.serve.DealgraphServer.UPDATE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Iris;
import org.eclipse.jetty.security.UserStore;

/**
 * The Fuseki builder of a {@link DealgraphServer}: the dataset's endpoints with their operations and
 * contexts, the filters on them and the pages ({@link LinkedData}), over a local dataset or, read-only, over
 * a remote SPARQL endpoint.
 */
final class FusekiSetup {

    /** The solutions an update's WHERE, or a query's sort, keeps in memory before it spills to disk. */
    private static final long SPILL_THRESHOLD = 100_000;

    private FusekiSetup() {
    }

    /** The builder of a server over {@code dataset}, after checking that it records the settings' base. */
    static FusekiServer.Builder local(Dataset dataset, ServerSettings settings) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        BaseRecord.recorded(dataset.asDatasetGraph()).filter(iris -> !iris.base().equals(settings.base()))
                .ifPresent(iris -> {
                    throw new IllegalArgumentException("the dataset's IRIs are minted under " + iris.base()
                            + ", not under " + settings.base());
                });
        FusekiServer.Builder builder = builder(dataset, settings);
        LinkedData.addTo(builder, dataset, new Iris(settings.base()), !settings.allowsUpdates());
        return builder;
    }

    /**
     * The builder of a read-only server over the remote endpoint of {@code source}: queries sent on to it,
     * writes refused, failures shown as pages that name it.
     *
     * @throws IllegalArgumentException if the settings allow updates
     */
    static FusekiServer.Builder remote(EndpointGraphSource source, ServerSettings settings) {
        if (settings.allowsUpdates()) {
            throw new IllegalArgumentException("a server over a remote endpoint is read-only: it takes no updates");
        }
        Limits limits = settings.limits();
        Context context = new Context();
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new CappedQuery(limits.maxResults(), Optional.of(source)));
        DataService.Builder service = queries(DataService.newBuilder(DatasetGraphFactory.empty()), context);
        FusekiServer.Builder builder = common(FusekiServer.create(operations, context), settings)
                .addFilter("/*", new EndpointFailures())
                .addFilter(DATASET, new RemoteWrites(source.url()))
                .addFilter(DATASET + "/*", new RemoteWrites(source.url()));
        LinkedData.addTo(builder, source, new Iris(settings.base()));
        return builder.add(DATASET, service.build());
    }

    private static FusekiServer.Builder builder(Dataset dataset, ServerSettings settings) {
        Limits limits = settings.limits();
        BoundedFunctions.register();
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, settings.allowService());
        context.set(ARQ.enablePropertyFunctions, false);
        context.set(BoundedFunctions.MAX_STRING_LENGTH, limits.maxStringLength());
        // Fuseki runs an update with the dataset's context, not the endpoint's
        dataset.getContext().set(ARQ.updateTimeout, Long.toString(limits.queryTimeout().toMillis()));
        dataset.getContext().set(BoundedFunctions.MAX_STRING_LENGTH, limits.maxStringLength());
        // an update holds the solutions of its WHERE in memory up to this many, then on disk
        dataset.getContext().set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new CappedQuery(limits.maxResults()));
        operations.register(Operation.Update, new BoundedUpdate(limits.maxQueryBytes()));
        operations.register(Operation.GSP_RW, new BoundedGraphWrites());
        DataService.Builder service = queries(DataService.newBuilder(dataset.asDatasetGraph()), context)
                .addEndpoint(endpoint(Operation.GSP_R, "get", context, null));
        FusekiServer.Builder builder = common(FusekiServer.create(operations, context), settings);
        settings.writers().ifPresent(writers -> {
            AuthPolicy onlyWriters = Auth.policyAllowSpecific(writers.users());
            service.addEndpoint(endpoint(Operation.Update, UPDATE, context, onlyWriters))
                    .addEndpoint(endpoint(Operation.GSP_RW, DATA, context, onlyWriters));
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, userStore(writers), AuthScheme.BASIC))
                    .addFilter(DATASET + "/" + UPDATE, new SameOriginWrites())
                    .addFilter(DATASET + "/" + DATA, new SameOriginWrites());
        });
        return builder.add(DATASET, service.build());
    }

    /** The query endpoints: the dataset's URL, {@code sparql} and {@code query}. */
    private static DataService.Builder queries(DataService.Builder service, Context context) {
        return service.addEndpoint(endpoint(Operation.Query, "", context, null))
                .addEndpoint(endpoint(Operation.Query, "sparql", context, null))
                .addEndpoint(endpoint(Operation.Query, "query", context, null));
    }

    /**
     * The port, the security headers and short query strings in the log on every answer, and on the query
     * endpoints the editor's landing and the bound on an answer's bytes.
     */
    private static FusekiServer.Builder common(FusekiServer.Builder builder, ServerSettings settings) {
        builder.port(settings.port()).addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new LogText.ShortQueryStrings());
        for (String queries : List.of(DATASET, DATASET + "/sparql", DATASET + "/query")) {
            builder.addFilter(queries, SparqlPage.landing())
                    .addFilter(queries, new BoundedAnswers(settings.limits().maxResultBytes()));
        }
        return builder;
    }

    /**
     * An endpoint whose requests run with {@code context}: Fuseki gives a request the context of its endpoint
     * (over the dataset's), not the server's, so the timeout and the SERVICE setting go on every endpoint.
     */
    private static Endpoint endpoint(Operation operation, String name, Context context, AuthPolicy policy) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).authPolicy(policy).build();
    }

    private static UserStore userStore(Credentials writers) {
        UserStore users = new UserStore();
        for (String user : writers.users()) {
            JettySecurityLib.addUser(users, user, writers.password(user));
        }
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the store of the writers' passwords", e);
        }
        return users;
    }
}
