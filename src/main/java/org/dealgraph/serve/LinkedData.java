package org.dealgraph.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.dealgraph.export.EdgeKind;
import org.dealgraph.export.JsonLdContext;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.Namespaces;

/**
 * Adds the linked-data pages, the front page, the search, the graph view and its JSON, the query editor, the
 * VoID description and the static files to a server.
 */
final class LinkedData {

    /** How long one of the pages' own queries (the front page's lists, a search) may run. */
    private static final Duration PAGE_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** How long the front page is kept before its queries run again, when the store may change. */
    private static final Duration FRONT_PAGE_KEPT = Duration.ofSeconds(30);
    /** How long it is kept when the store cannot change while served: as long as the server runs. */
    private static final Duration KEPT_FOR_GOOD = Duration.ofDays(36_500);
    /** The file in a store's directory that keeps its front page, for a server started anew (see {@link StoredPage}). */
    static final String FRONT_PAGE_FILE = "front-page.cache";

    private LinkedData() {
    }

    /**
     * Adds the pages over a local store; {@code readOnly} says whether the store can change while served (it
     * can when updates are allowed), which decides whether the entities the graph view suggests are counted
     * once or again after a while.
     */
    static void addTo(FusekiServer.Builder builder, Dataset dataset, Iris iris, boolean readOnly) {
        GraphSource source = new StoreGraphSource(dataset);
        addTo(builder, source, iris, readOnly, Optional.empty());
    }

    /**
     * Adds the pages over a remote endpoint, which other writers may change while it is served: what the pages
     * work out from the whole store is kept as long as the front page.
     */
    static void addTo(FusekiServer.Builder builder, EndpointGraphSource source, Iris iris) {
        addTo(builder, source, iris, false, Optional.of(source.url()));
    }

    /**
     * Adds the pages over {@code source}; {@code fixed}: whether the store cannot change while served, so that
     * what is worked out from the whole store (the names searched, the entities suggested) is kept for good, not
     * for a while; {@code remote}: the URL of the remote endpoint it reads, if it does.
     */
    private static void addTo(FusekiServer.Builder builder, GraphSource source, Iris iris, boolean fixed,
                              Optional<String> remote) {
        IriSpace space = new IriSpace(iris);
        PrefixMapping prefixes = Namespaces.prefixes(iris);
        VoidServlet voidServlet = new VoidServlet(source, space);
        Describer describer = new Describer(source);
        UnionQueries queries = new UnionQueries(source, PAGE_QUERY_TIMEOUT.toMillis());
        FrontPage front = new FrontPage(queries, describer, space, prefixes);
        NameSearch search = fixed ? NameSearch.indexing(source, queries) : NameSearch.querying(queries);
        BackgroundMakings makings = new BackgroundMakings();
        builder.addServletAttribute(BackgroundMakings.ATTRIBUTE, makings);
        Suggestions suggestions = new Suggestions(source, GraphApiServlet.SUGGESTED);
        builder.addServlet(IriSpace.PREFIX + "*", new ResourceServlet(describer, space, prefixes))
                .addServlet("/api/*", new GraphApiServlet(source, search,
                        fixed ? once(suggestions::top) : makings.add(kept(suggestions::top)), space))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/void", voidServlet)
                .addServlet("/.well-known/void", voidServlet)
                .addServlet("/context.jsonld", new FixedServlet(JsonLdContext.text(iris), "application/ld+json"))
                .addServlet("/graph", new FixedServlet(graphPage(), "text/html"))
                .addServlet("/sparql", SparqlPage.servlet(space, prefixes, remote))
                .addServlet("/sparql/examples.json", SparqlPage.examples(source.keepsSummary()))
                .addServlet("/search", new SearchServlet(search, space))
                .addServlet("", new CachedPageServlet(new StoredPage(FRONT_PAGE_FILE, source::state)
                        .around(front::html), fixed ? KEPT_FOR_GOOD : FRONT_PAGE_KEPT, makings)
                        .prime());
    }

    /** The graph view's page, with a box to tick for each kind of edge. */
    static String graphPage() {
        StringBuilder boxes = new StringBuilder();
        for (EdgeKind kind : EdgeKind.values()) {
            boxes.append("<label><input type=\"checkbox\" value=\"").append(Html.escape(kind.label()))
                    .append("\" checked> ").append(Html.escape(kind.legend())).append("</label>\n");
        }
        return TextFiles.text("web/graph.html").replace("<!-- edge kinds -->\n", boxes);
    }


    /** Made on first use and kept: a read-only server holds the store open, so the store cannot change under it. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        AtomicReference<T> kept = new AtomicReference<>();
        return () -> kept.updateAndGet(v -> v == null ? make.get() : v);
    }

    /** Made again after as long as the front page is kept, since other writers may change the store. */
    private static <T> Kept<T> kept(Supplier<T> make) {
        return new Kept<>(make, FRONT_PAGE_KEPT, "suggestions");
    }
}
