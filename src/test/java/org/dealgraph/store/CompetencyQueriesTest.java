package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries in queries/ parse, and the scorer's contract queries answer the golden RDF (plus a second
 * article telling the same deal) with the columns and values the contract names.
 */
class CompetencyQueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/rdf/seven-facts/expected.trig");

    private static ArticleStore store;

    @BeforeAll
    static void loadGoldenGraphs() {
        store = ArticleStore.inMemory();
        DatasetGraph golden = RDFDataMgr.loadDatasetGraph(GOLDEN.toString());
        for (Node graph : Iter.toList(golden.listGraphNodes())) {
            store.replace(graph, Iter.toList(golden.find(graph, Node.ANY, Node.ANY, Node.ANY)));
        }
        ArticleMapper mapper = new ArticleMapper();
        store.replace(mapper.graphName(SampleArticles.SECOND_ID), mapper.quads(SampleArticles.second()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyQueryParsesAndSaysWhatItAnswers() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 15, "expected the contract and analyst queries, found " + files);
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("#"), file + " does not open with a comment");
            QueryFactory.create(text);
        }
    }

    @Test
    void everyQueryRunsOnTheStore() throws IOException {
        for (Path file : queryFiles()) {
            assertFalse(rows(file.getFileName().toString(), List.of()).isEmpty(), file + " answers nothing");
        }
    }

    @Test
    void listsOrganizationsOncePerNodeWithTheirName() {
        assertEquals(Set.of(
                        List.of("Brightwater AI"), List.of("Helios Compute"), List.of("Northwind Labs"),
                        List.of("Quillon Capital"), List.of("Tessel Robotics")),
                rows("organizations.rq", List.of("name")));
        assertEquals(5, rows("organizations.rq", List.of("org", "name")).size());
    }

    @Test
    void listsPeopleAndRoles() {
        assertEquals(Set.of(List.of("Ada Mercer")), rows("people.rq", List.of("name")));
        assertEquals(Set.of(List.of("Ada Mercer", "Northwind Labs", "chief executive")),
                rows("roles.rq", List.of("personName", "orgName", "title")));
    }

    @Test
    void listsEachPartnershipOnce() {
        Set<List<String>> pairs = rows("partnerships.rq", List.of("orgName", "partnerName")).stream()
                .map(pair -> pair.stream().sorted().toList())
                .collect(Collectors.toSet());
        assertEquals(Set.of(List.of("Helios Compute", "Northwind Labs"), List.of("Northwind Labs", "Tessel Robotics")),
                pairs);
        assertEquals(2, rows("partnerships.rq", List.of("orgName", "partnerName")).size());
    }

    @Test
    void listsTheSharedDealOnceWithItsPartiesAndValue() {
        String deal = "https://w3id.org/dealgraph/id/deal/helios-compute-northwind-labs-2025";
        assertEquals(Set.of(List.of(deal, "Helios Compute", "2500000000.0", "USD"),
                        List.of(deal, "Northwind Labs", "2500000000.0", "USD")),
                rows("deals.rq", List.of("deal", "partyName", "amount", "currency")));
    }

    @Test
    void listsInvestmentsWithTheInvestorsOwnAmountAndRoundInvestors() {
        assertEquals(Set.of(List.of("Quillon Capital", "Northwind Labs", "150000000.0", "USD"),
                        List.of("Quillon Capital", "Northwind Labs", "", "")),
                rows("investments.rq", List.of("investorName", "investeeName", "amount", "currency")));
    }

    @Test
    void listsFundingRoundsWithAmountAndValuation() {
        assertEquals(Set.of(List.of("https://w3id.org/dealgraph/id/round/northwind-labs-series-b", "Northwind Labs",
                        "400000000.0", "USD", "3000000000.0", "USD")),
                rows("fundings.rq", List.of("round", "investeeName", "amount", "currency", "valuation",
                        "valuationCurrency")));
    }

    @Test
    void listsAcquisitionsAndSubsidiaries() {
        assertEquals(Set.of(List.of("Helios Compute", "Brightwater AI", "120000000.0", "EUR")),
                rows("acquisitions.rq", List.of("acquirerName", "targetName", "amount", "currency")));
        assertEquals(Set.of(List.of("Helios Compute", "Tessel Robotics")),
                rows("subsidiaries.rq", List.of("parentName", "subsidiaryName")));
    }

    @Test
    void ranksTheMostConnectedOrganizationFirst() {
        List<List<String>> ranked = ordered("centrality.rq", List.of("name", "counterparties"));
        assertEquals(List.of("Northwind Labs", "3"), ranked.get(0));
    }

    @Test
    void findsTheEvidenceOfAnEntityInBothArticles() {
        Set<List<String>> articles = rows("evidence.rq", List.of("article"));
        assertEquals(Set.of(List.of("https://w3id.org/dealgraph/id/article/a1b2c3d4e5f60718"),
                List.of("https://w3id.org/dealgraph/id/article/0badcafe12345678")), articles);
    }

    @Test
    void profilesAnOrganization() {
        Set<List<String>> profile = rows("organization-profile.rq", List.of("relation", "otherName"));
        assertTrue(profile.containsAll(Set.of(List.of("partner", "Helios Compute"), List.of("investor", "Quillon Capital"),
                List.of("deal with", "Helios Compute"), List.of("person", "Ada Mercer"))), profile::toString);
    }

    @Test
    void profileNamesTheOrganizationOnEveryRowAndListsEachRelationOnceInOrder() {
        List<List<String>> profile = ordered("organization-profile.rq", List.of("orgName", "relation", "otherName", "title"));
        assertEquals(List.of(List.of("Northwind Labs", "deal with", "Helios Compute", ""),
                        List.of("Northwind Labs", "investor", "Quillon Capital", ""),
                        List.of("Northwind Labs", "partner", "Helios Compute", ""),
                        List.of("Northwind Labs", "partner", "Tessel Robotics", ""),
                        List.of("Northwind Labs", "person", "Ada Mercer", "chief executive")),
                profile);
    }

    @Test
    void ranksTheLargestAmountFirstAndCountsFactsPerMonth() {
        assertEquals(List.of("Deal", "2500000000.0", "USD"),
                ordered("largest-deals.rq", List.of("kind", "amount", "currency")).get(0));
        assertTrue(rows("deals-per-month.rq", List.of("month", "kind", "facts")).contains(List.of("2025-03", "Deal", "1")));
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static Set<List<String>> rows(String file, List<String> columns) {
        return new HashSet<>(ordered(file, columns));
    }

    private static List<List<String>> ordered(String file, List<String> columns) {
        return QueryRows.ordered(store, file, columns);
    }
}
