package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local store lists the facts about an entity from its indexes, and must list the very facts that
 * {@code facts-about.rq} selects in the summary, in the same order: a profile's pages are cut from that list.
 */
class FactsAboutTest {

    private static final Query ENTITIES = QueryFactory.create("""
            SELECT DISTINCT ?entity WHERE {
              GRAPH <urn:x-arq:DefaultGraph> {
                { ?entity a <https://w3id.org/dealgraph/ns#Organization> }
                UNION { ?entity a <https://w3id.org/dealgraph/ns#Person> }
              }
            }""");

    @TempDir
    Path corpus;

    @Test
    void theIndexesListTheFactsAboutEveryEntityAsTheQueryDoes() {
        new CorpusGenerator(7, 300, 300).write(corpus);
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples"), corpus));
            StoreGraphSource indexes = new StoreGraphSource(store.dataset());
            GraphSource byQuery = new GraphSource() {
                @Override
                public List<Binding> select(Query query, Map<String, Node> given, Optional<Duration> timeout) {
                    return indexes.select(query, given, timeout);
                }

                @Override
                public Graph construct(Query query, Map<String, Node> given) {
                    return indexes.construct(query, given);
                }

                @Override
                public boolean keepsSummary() {
                    return true;
                }
            };
            Query factsAbout = Describer.withTerms("facts-about.rq");
            QueryBlocks.inSummary(factsAbout);
            List<Node> entities = indexes.select(ENTITIES, Map.of(), Optional.empty()).stream()
                    .map(row -> UnionQueries.get(row, "entity")).toList();
            assertTrue(entities.size() > 100, "the corpus names many entities: " + entities.size());
            int withMany = 0;
            for (Node entity : entities) {
                List<Node> expected = byQuery.factsAbout(entity, factsAbout);
                assertEquals(expected, indexes.factsAbout(entity, factsAbout), "the facts about " + entity);
                withMany += expected.size() > 20 ? 1 : 0;
            }
            assertTrue(withMany > 0, "some entity has many facts to order");
        }
    }
}
