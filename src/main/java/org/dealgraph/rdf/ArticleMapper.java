package org.dealgraph.rdf;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.Entity;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;

/**
 * Maps a resolved article to the quads of its own named graph: the article node, every entity it
 * names, every fact it tells (with amounts, status, dates and the derived shortcut triples) and one
 * evidence node for each place that states a fact.
 *
 * <p>Entities and facts are shared across articles by IRI (see {@link Iris}); each article's graph
 * holds its own copy of the triples it supports, so the union of the graphs merges them, and replacing
 * or removing one article's graph leaves what other articles support intact. No blank nodes are written:
 * they would not merge across graphs. Thread-safe.
 */
public final class ArticleMapper {

    private final Iris iris;

    /** A mapper minting IRIs under {@link Iris#DEFAULT_BASE}. */
    public ArticleMapper() {
        this(new Iris());
    }

    public ArticleMapper(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    public Iris iris() {
        return iris;
    }

    /** The IRI of the article's named graph. */
    public Node graphName(ArticleId id) {
        return iris.graph(id);
    }

    /**
     * Sends every quad of the article's named graph to {@code out}, each once. The caller brackets the
     * stream ({@code start}/{@code finish}), so that one stream can take several articles.
     */
    public void map(ResolvedArticle article, StreamRDF out) {
        quads(article).forEach(out::quad);
    }

    /**
     * The quads of the article's named graph, each once, the article node's {@code rdf:type} first: {@code load}
     * tells two copies of one graph in a file apart by it.
     */
    public List<Quad> quads(ResolvedArticle article) {
        Article source = article.article();
        QuadBuffer buffer = new QuadBuffer(graphName(source.id()));
        Node articleNode = iris.article(source.id());
        articleNode(source, articleNode, buffer);
        for (Entity entity : article.entities()) {
            entity(entity, buffer);
        }
        FactMapper facts = new FactMapper(iris, article, articleNode, buffer);
        for (ResolvedFact fact : article.facts()) {
            facts.map(fact);
        }
        return buffer.quads();
    }

    private void articleNode(Article article, Node node, QuadBuffer out) {
        out.type(node, SchemaDO.NewsArticle);
        if (!article.title().isBlank()) {
            out.text(node, SchemaDO.headline, article.title());
        }
        article.published().ifPresent(d -> out.date(node, SchemaDO.datePublished, d));
        article.url().ifPresent(url -> iris.webPage(url).ifPresentOrElse(
                page -> out.add(node, SchemaDO.url, page),
                () -> out.text(node, SchemaDO.url, url)));
        article.publisher().ifPresent(name -> {
            Node publisher = iris.publisher(name);
            out.add(node, SchemaDO.publisher, publisher);
            out.type(publisher, SchemaDO.Organization);
            out.text(publisher, SchemaDO.name, name);
        });
        for (String name : article.authors()) {
            Node author = iris.author(name);
            out.add(node, SchemaDO.author, author);
            out.type(author, SchemaDO.Person);
            out.text(author, SchemaDO.name, name);
        }
        out.text(node, DG.sourceFile, article.source());
        out.text(node, DG.contentHash, article.contentHash());
        out.text(node, DG.format, article.format());
    }

    private void entity(Entity entity, QuadBuffer out) {
        Node node = entityNode(iris, entity.key(), out);
        out.text(node, SKOS.prefLabel, entity.name());
        out.text(node, RDFS.label, entity.name());
        for (String alias : entity.aliases()) {
            if (!alias.equals(entity.name())) {
                out.text(node, SKOS.altLabel, alias);
            }
        }
        entity.wikidata().ifPresent(id -> out.add(node, OWL.sameAs, iris.wikidata(id)));
        entity.category().ifPresent(category -> out.text(node, DG.category, category));
    }

    /** An entity's node, with its type written to {@code out}. */
    static Node entityNode(Iris iris, EntityKey key, QuadBuffer out) {
        Node node = iris.entity(key);
        out.type(node, switch (key.kind()) {
            case ORGANIZATION -> DG.Organization;
            case PERSON -> DG.Person;
        });
        return node;
    }
}
