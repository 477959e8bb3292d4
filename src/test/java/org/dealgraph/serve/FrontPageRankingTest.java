package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

/** The front page ranks the largest facts with the ranking part of largest-deals.rq alone, in the same order. */
class FrontPageRankingTest {

    private static final int SHOWN = 10;

    @Test
    void theRankingPartListsTheSameFactsInTheSameOrderAsTheWholeQuery() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples")));
            Query whole = QueryFactory.read("queries/largest-deals.rq");
            Query ranking = FrontPage.ranking(whole);
            assertNotSame(whole, ranking, "the summary's form opens with its ranking");
            whole.setLimit(SHOWN);
            ranking.setLimit(SHOWN);
            List<String> expected = facts(store, whole);
            assertTrue(expected.size() >= 3, "the examples state several amounts: " + expected);
            assertEquals(expected, facts(store, ranking));
        }
    }

    @Test
    void aQueryWithoutARankingPartIsKeptWhole() {
        Query union = QueryFactory.read("src/main/resources/org/dealgraph/serve/union-queries/largest-deals.rq");
        assertSame(union, FrontPage.ranking(union));
    }

    private static List<String> facts(ArticleStore store, Query query) {
        return store.read(dataset -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rows = exec.execSelect();
                List<String> facts = new ArrayList<>();
                rows.forEachRemaining(row -> facts.add(row.getResource("fact").getURI()));
                return facts;
            }
        });
    }
}
