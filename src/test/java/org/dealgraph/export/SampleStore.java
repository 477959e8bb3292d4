package org.dealgraph.export;

import org.apache.jena.query.Dataset;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.SampleArticles;
import org.dealgraph.store.ArticleStore;

/** The sample articles mapped and written into an in-memory store, for the property-graph export tests. */
final class SampleStore implements AutoCloseable {

    static final String ID = "https://w3id.org/dealgraph/id/";
    static final String NORTHWIND = ID + "organization/northwind-labs";

    private final ArticleStore store = ArticleStore.inMemory();

    SampleStore() {
        ArticleMapper mapper = new ArticleMapper();
        for (ResolvedArticle article : new ResolvedArticle[] {SampleArticles.first(), SampleArticles.second(),
                SampleArticles.inTalks()}) {
            store.replace(mapper.graphName(article.article().id()), mapper.quads(article));
        }
    }

    Dataset dataset() {
        return store.dataset();
    }

    @Override
    public void close() {
        store.close();
    }
}
