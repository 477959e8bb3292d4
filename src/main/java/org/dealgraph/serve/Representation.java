package org.dealgraph.serve;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource's description is served in, each with its file extension and media type. HTML comes
 * first, so that a request that accepts anything ({@code * / *}) gets the page a person reads.
 */
enum Representation {

    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSON_LD("jsonld", "application/ld+json", null),
    RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    N_TRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8);

    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    private final String extension;
    private final String mediaType;
    private final RDFFormat format;

    Representation(String extension, String mediaType, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Jena format that writes it; empty for HTML and JSON-LD, which dealgraph writes itself. */
    Optional<RDFFormat> format() {
        return Optional.ofNullable(format);
    }

    /** The form whose extension {@code extension} is ({@code ttl}, {@code jsonld}…). */
    static Optional<Representation> ofExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }

    /** The best form for the {@code Accept} header (HTML when there is none); empty when none is acceptable. */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        if (chosen == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The media types offered, for a 406 answer. */
    static String offered() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.mediaType).toList());
    }
}
