package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One value per fact where the world has one: an acquisition told by two articles, one with its full date,
 * its price and "completed", the other with a bare year, its first tranche and "announced", is one row of
 * {@code recent-acquisitions.rq} with the full date, the total and the definite status; a round stated with
 * its total and its first tranche ranks once in {@code largest-deals.rq}, by its total.
 */
class OneValuePerFactQueriesTest {

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/dealgraph/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/dealgraph/id/>
            """;

    /** Two articles, each in its own graph, telling the same acquisition and the same round. */
    private static final String TRIG = PREFIXES
            + article("first", "2025-03-04", "\"2025-03-03\"^^xsd:date", "Completed", "total", "2000000000.0")
            + article("second", "2025-06-10", "\"2025\"^^xsd:gYear", "Announced", "tranche", "500000000.0");

    /** An article's graph: the acquisition with its date, status and price, the round with the same amount. */
    private static String article(String name, String published, String date, String status, String money,
                                  String amount) {
        return """
                <urn:test:graph:%1$s> {
                  id:article-%1$s a schema:NewsArticle ; schema:datePublished "%2$s"^^xsd:date .
                  id:kestrel a dg:Organization ; skos:prefLabel "Kestrel Systems" .
                  id:lumen a dg:Organization ; skos:prefLabel "Lumen Robotics" .
                  id:deal a dg:Acquisition ; dg:acquirer id:kestrel ; dg:target id:lumen ;
                      dg:date %3$s ; dg:status dg:%4$s ; dg:price id:%5$s ;
                      prov:wasDerivedFrom id:article-%1$s .
                  id:%5$s schema:value %6$s ; schema:currency "USD" .
                  id:round a dg:FundingRound ; dg:investee id:lumen ; dg:amount id:%5$s ;
                      prov:wasDerivedFrom id:article-%1$s .
                }
                """.formatted(name, published, date, status, money, amount);
    }

    private static ArticleStore store;

    @BeforeAll
    static void load() {
        store = ArticleStore.inMemory();
        DatasetGraph graphs = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG).parse(graphs);
        for (Node graph : Iter.toList(graphs.listGraphNodes())) {
            store.replace(graph, Iter.toList(graphs.find(graph, Node.ANY, Node.ANY, Node.ANY)));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anAcquisitionToldTwiceIsOneRowWithItsFullDateTotalAndDefiniteStatus() {
        assertEquals(List.of(List.of("2025-03-03", "http://www.w3.org/2001/XMLSchema#date", "2000000000.0", "Completed")),
                rows("recent-acquisitions.rq", List.of("date", "date:type", "amount", "status")));
    }

    @Test
    void aFactWithItsTotalAndAFirstTrancheRanksOnceByItsTotal() {
        List<List<String>> ranked = rows("largest-deals.rq", List.of("fact", "amount"));
        assertEquals(List.of(List.of("https://w3id.org/dealgraph/id/deal", "2000000000.0"),
                List.of("https://w3id.org/dealgraph/id/round", "2000000000.0")), ranked);
    }

    @Test
    void aFactCountsOnceInTheMonthOfItsPreciseDate() {
        assertEquals(List.of(List.of("2025-03", "Acquisition", "1"), List.of("2025-03", "FundingRound", "1")),
                rows("deals-per-month.rq", List.of("month", "kind", "facts")));
    }

    private static List<List<String>> rows(String file, List<String> columns) {
        return QueryRows.ordered(store, file, columns);
    }
}
