package org.dealgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Property;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;

/**
 * The one place where dealgraph mints IRIs. Every IRI is the base followed by a path built from typed,
 * already validated keys, never from free text:
 *
 * <pre>
 * organization/{slug}   person/{slug}                       entities ({@link EntityKey})
 * deal/{slug}  investment/{slug}  round/{slug}  acquisition/{slug}
 * partnership/{slug}  ownership/{slug}                      facts ({@link FactKey}): {@link FactKind#segment()}
 * role/{person-slug}--{organization-slug}                   a person's role at an organization
 * {fact}/{value|amount|price|valuation}/{currency}-{amount} an amount a fact states
 * article/{articleId}   graph/{articleId}                   an article and its named graph
 * evidence/{articleId}/{digest}                             one place in an article that states a fact
 * publisher/{slug}  author/{slug}                           an article's outlet and bylines
 * </pre>
 *
 * Minted IRIs depend only on their keys, so two articles that tell the same fact write the same nodes
 * and their graphs merge in the union. Thread-safe.
 */
public final class Iris {

    /** The base used unless another is given: {@value}. */
    public static final String DEFAULT_BASE = "https://w3id.org/dealgraph/id/";

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final String base;

    /** IRIs under {@link #DEFAULT_BASE}. */
    public Iris() {
        this(DEFAULT_BASE);
    }

    /**
     * IRIs under {@code base}, an absolute IRI ending in {@code /} (for example a deployment's own
     * {@code https://example.org/kg/}).
     *
     * @throws IllegalArgumentException if {@code base} is not an absolute IRI ending in {@code /}
     */
    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !isAbsoluteIri(base)) {
            throw new IllegalArgumentException("IRI base must be an absolute IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** An organization's or a person's node. */
    public Node entity(EntityKey key) {
        String kind = switch (key.kind()) {
            case ORGANIZATION -> "organization/";
            case PERSON -> "person/";
        };
        return uri(base + kind + key.slug());
    }

    /**
     * A fact's node. Roles are minted from their person and organization instead, by
     * {@link #role(EntityKey, EntityKey)}.
     *
     * @throws IllegalArgumentException for a role key
     */
    public Node fact(FactKey key) {
        if (key.kind() == FactKind.ROLE) {
            throw new IllegalArgumentException(
                    "a role's IRI comes from its person and organization, not from its key " + key.slug());
        }
        return uri(base + key.kind().segment() + "/" + key.slug());
    }

    /** The role (org:Membership) of a person at an organization: one node per pair, whatever the title. */
    public Node role(EntityKey person, EntityKey organization) {
        return uri(base + FactKind.ROLE.segment() + "/" + person.slug() + "--" + organization.slug());
    }

    /**
     * An amount that {@code fact} states under {@code property} ({@code dg:value}, {@code dg:amount},
     * {@code dg:price}, {@code dg:valuation}): the same figure gives the same node in every article.
     */
    public Node amount(Node fact, Property property, Money money) {
        return uri(fact.getURI() + "/" + property.getLocalName() + "/"
                + money.currency().toLowerCase(Locale.ROOT) + "-" + money.amount().toPlainString());
    }

    /** The article's own node (a schema:NewsArticle). */
    public Node article(ArticleId id) {
        return uri(base + "article/" + id.value());
    }

    /** The IRI of the named graph that holds everything the article supports. */
    public Node graph(ArticleId id) {
        return uri(base + "graph/" + id.value());
    }

    /** The evidence node for one provenance: equal provenances share a node. */
    public Node evidence(Provenance p) {
        String digest = digest(p.sentence() + "|" + p.span().start() + "|" + p.span().end() + "|"
                + p.confidence() + "|" + p.rule());
        return uri(base + "evidence/" + p.article().value() + "/" + digest);
    }

    /** An article's publisher (a schema:Organization, not a dealgraph organization), by its name. */
    public Node publisher(String name) {
        return uri(base + "publisher/" + slug(name));
    }

    /** An article's author (a schema:Person, not a dealgraph person), by the byline's name. */
    public Node author(String name) {
        return uri(base + "author/" + slug(name));
    }

    /**
     * The Wikidata item for an ID such as {@code Q95}.
     *
     * @throws IllegalArgumentException if {@code id} is not a Wikidata item ID
     */
    public Node wikidata(String id) {
        if (!id.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item ID: " + id);
        }
        return uri(WIKIDATA + id);
    }

    /** {@code url} as an IRI node, when it is an absolute http(s) IRI; empty otherwise. */
    public Optional<Node> webPage(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && isAbsoluteIri(url)) {
            return Optional.of(uri(url));
        }
        return Optional.empty();
    }

    /**
     * A path segment for a free-text name: lowercase ASCII letters and digits joined by hyphens, or a
     * digest of the name when nothing of it is left.
     */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" + digest(name) : slug;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isAbsoluteIri(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            return parsed.isAbsolute() && !iri.contains(" ");
        } catch (IRIException e) {
            return false;
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
