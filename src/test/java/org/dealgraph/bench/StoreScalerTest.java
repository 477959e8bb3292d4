package org.dealgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.SampleArticles;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's scaler copies a store under the store's own base, and the copy records that base once. */
class StoreScalerTest {

    private static final Iris CUSTOM = new Iris("https://example.org/kg/");

    @Test
    void copiesAreMintedUnderTheStoresBaseWhichIsRecordedOnce(@TempDir Path tmp) {
        Path file = tmp.resolve("scaled.nq");
        try (ArticleStore store = ArticleStore.inMemory(CUSTOM)) {
            ArticleMapper mapper = new ArticleMapper(store.iris());
            store.replace(mapper.graphName(SampleArticles.FIRST_ID), mapper.quads(SampleArticles.first()));
            StoreScaler.write(store, 3, file);
        }
        Dataset scaled = RDFDataMgr.loadDataset(file.toString());
        assertEquals(List.of(CUSTOM.base()), BaseRecord.all(scaled.asDatasetGraph()));
        List<Quad> quads = scaled.asDatasetGraph().stream().toList();
        for (String copy : List.of("-c1", "-c2")) {
            assertTrue(quads.stream().anyMatch(q -> q.getGraph().getURI().startsWith(CUSTOM.base() + "graph/")
                    && q.getGraph().getURI().endsWith(copy)), "no graph of copy " + copy);
        }
    }
}
