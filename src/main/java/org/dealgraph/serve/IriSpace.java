package org.dealgraph.serve;

import java.util.Objects;
import java.util.Optional;
import org.dealgraph.rdf.Iris;

/**
 * Where the dataset's IRIs are served: the resource {@code BASE + rest} at the server path
 * {@code /id/ + rest}, whatever host the server runs on, so the data's IRIs stay the same everywhere.
 */
final class IriSpace {

    /** The server path under which resources are served. */
    static final String PREFIX = "/id/";

    private final Iris iris;
    private final String base;

    IriSpace(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.base = iris.base();
    }

    /** The IRIs of the store served. */
    Iris iris() {
        return iris;
    }

    String base() {
        return base;
    }

    /** The resource served at {@code rest} (the path after {@code /id/}). */
    String iri(String rest) {
        return base + rest;
    }

    /** The server path of {@code iri} when it is under the base, e.g. {@code /id/organization/openai}. */
    Optional<String> path(String iri) {
        return iri.startsWith(base) && iri.length() > base.length()
                ? Optional.of(PREFIX + iri.substring(base.length())) : Optional.empty();
    }

    /**
     * Where a link to {@code iri} may point: its page on this server, or the IRI itself when it is an http(s)
     * address; empty for anything else (a {@code javascript:} IRI in the data, say), which is not linked.
     */
    Optional<String> link(String iri) {
        Optional<String> page = path(iri);
        if (page.isPresent()) {
            return page;
        }
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    /** Where a link to {@code iri} points: its page on this server, or the IRI itself. */
    String href(String iri) {
        return path(iri).orElse(iri);
    }
}
