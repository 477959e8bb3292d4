package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.export.EdgeKind;
import org.dealgraph.export.PropertyGraph;
import org.dealgraph.export.PropertyGraphReader;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.PROV;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What keeps the server's pages bounded on a large store, shown on the sample articles: the graph view's
 * neighbourhood read from the store with a cap on its nodes, profiles paged when many facts are about an entity,
 * and the search answered from the names in memory as the query answers it.
 */
class ServedAtScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORTHWIND = ServedStore.BASE + "organization/northwind-labs";
    private static ServedStore served;
    private static StoreGraphSource source;

    @BeforeAll
    static void start() {
        served = new ServedStore().addSamples().start();
        source = new StoreGraphSource(served.store.dataset());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theNeighbourhoodStatesItsCapAndMatchesTheWholeGraphsBelowIt() throws Exception {
        JsonNode around = JSON.readTree(served.get("/api/neighbourhood?depth=2&iri="
                + URLEncoder.encode(NORTHWIND, StandardCharsets.UTF_8), null).body());
        assertEquals(CappedNeighbourhood.MAX_NODES, around.get("cap").asInt());
        assertFalse(around.get("capped").asBoolean(), around.toString());
        PropertyGraph whole = PropertyGraphReader.read(served.store.dataset()).around(NORTHWIND, 2);
        assertEquals(whole.nodes().size(), around.get("elements").get("nodes").size());
        assertEquals(whole.edges().size(), around.get("elements").get("edges").size());
    }

    @Test
    void aNeighbourhoodLargerThanTheCapKeepsTheCenterAndSaysItWasCapped() {
        NameSearch names = NameSearch.querying(new UnionQueries(source, Duration.ofSeconds(10).toMillis()));
        CappedNeighbourhood.Found found = new CappedNeighbourhood(source, names, 2)
                .around(NORTHWIND, 2, Set.copyOf(EdgeKind.values()), Optional.empty(), Optional.empty()).orElseThrow();
        assertEquals(2, found.graph().nodes().size(), found.graph().toString());
        assertTrue(found.graph().node(NORTHWIND).isPresent());
        assertTrue(found.capped());
        assertTrue(found.graph().edges().stream().allMatch(e -> e.touches(NORTHWIND)), found.graph().toString());
    }

    @Test
    void theGraphPageShowsTheCapWhenANeighbourhoodReachesIt() throws Exception {
        String script = served.get("/static/web/graph.js", null).body();
        assertTrue(script.contains("json.capped"), "the view does not read the cap");
    }

    @Test
    void aProfileWithMoreFactsThanAPageIsDescribedAPageAtATimeNewestFirst() {
        Describer paged = new Describer(source, 1, Describer.EVIDENCE_SHOWN, Describer.LINKS_SHOWN);
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Describer.Description first = paged.describe(northwind, 1);
        Paging paging = first.paging().orElseThrow();
        assertTrue(paging.total() > 1, "too few facts about the sample organization: " + paging);
        Set<Node> arguments = Set.copyOf(KindTerms.allArguments().stream().map(p -> p.asNode()).toList());
        long factsShown = first.graph().find(Node.ANY, Node.ANY, northwind).toList().stream()
                .filter(t -> arguments.contains(t.getPredicate())).map(t -> t.getSubject()).distinct().count();
        assertEquals(1, factsShown);
        Describer.Description last = paged.describe(northwind, paging.pages());
        assertFalse(last.graph().isEmpty());
        assertTrue(paged.describe(northwind, paging.pages() + 1).graph().isEmpty());
        String html = new ResourcePage(northwind, first.graph(), new IriSpace(new org.dealgraph.rdf.Iris(
                ServedStore.BASE)), org.dealgraph.rdf.Namespaces.prefixes(new org.dealgraph.rdf.Iris(ServedStore.BASE)))
                .html(first.paging());
        assertTrue(html.contains("Facts 1–1 of " + paging.total()), html);
        assertTrue(html.contains("?page=2\">older</a>"), html);
        for (int p = 1; p <= paging.pages(); p++) {
            Describer.Description page = paged.describe(northwind, p);
            String shown = new ResourcePage(northwind, page.graph(), new IriSpace(new org.dealgraph.rdf.Iris(
                    ServedStore.BASE)), org.dealgraph.rdf.Namespaces.prefixes(new org.dealgraph.rdf.Iris(
                    ServedStore.BASE))).html(page.paging());
            assertFalse(shown.contains("undated"), "a fact an article of March 2025 tells is undated: " + shown);
        }
    }

    @Test
    void aPageOfFactsHoldsAFewPiecesOfEachFactsEvidenceWithTheirArticles() {
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Node deal = NodeFactory.createURI(ServedStore.BASE + "deal/helios-compute-northwind-labs-2025");
        Graph whole = new Describer(source).describe(deal);
        assertEquals(3, whole.find(deal, DG.evidence.asNode(), Node.ANY).toList().size(), "the deal's evidence");
        Describer paged = new Describer(source, 1, 2, Describer.LINKS_SHOWN);
        int pages = paged.describe(northwind, 1).paging().orElseThrow().pages();
        Graph withDeal = IntStream.rangeClosed(1, pages).mapToObj(p -> paged.describe(northwind, p).graph())
                .filter(g -> g.contains(deal, RDF.type.asNode(), Node.ANY)).findFirst().orElseThrow();
        List<Node> shown = withDeal.find(deal, DG.evidence.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(2, shown.size(), shown.toString());
        for (Node piece : shown) {
            assertTrue(withDeal.contains(piece, DG.sentenceText.asNode(), Node.ANY), "no sentence for " + piece);
            Node article = withDeal.find(piece, PROV.wasDerivedFrom.asNode(), Node.ANY).next().getObject();
            assertTrue(withDeal.contains(article, SchemaDO.headline.asNode(), Node.ANY), "no headline for " + article);
        }
        assertTrue(withDeal.contains(deal, DG.value.asNode(), Node.ANY), "the deal's value is missing");
    }

    @Test
    void aPageOfFactsListsTheFirstConnectionsOfEachHeadingAndCountsTheRest() {
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Graph whole = new Describer(source).describe(northwind);
        Node partnerOf = DG.partnerOf.asNode();
        Set<Node> partners = new java.util.HashSet<>(whole.find(northwind, partnerOf, Node.ANY).mapWith(Triple::getObject).toList());
        whole.find(Node.ANY, partnerOf, northwind).mapWith(Triple::getSubject).forEach(partners::add);
        assertTrue(partners.size() >= 2, "too few partners of the sample organization: " + partners);
        Describer.Description page = new Describer(source, 1, 2, 1).describe(northwind, 1);
        assertEquals(Map.of("Partners", partners.size()), page.linkTotals());
        Set<Node> shown = new java.util.HashSet<>(page.graph().find(northwind, partnerOf, Node.ANY).mapWith(Triple::getObject).toList());
        page.graph().find(Node.ANY, partnerOf, northwind).mapWith(Triple::getSubject).forEach(shown::add);
        assertEquals(1, shown.size(), shown.toString());
        Node partner = shown.iterator().next();
        assertTrue(page.graph().contains(partner, SKOS.prefLabel.asNode(), Node.ANY), "the partner shown has no name");
        String html = new ResourcePage(northwind, page.graph(), new IriSpace(new org.dealgraph.rdf.Iris(ServedStore.BASE)),
                org.dealgraph.rdf.Namespaces.prefixes(new org.dealgraph.rdf.Iris(ServedStore.BASE)), page.linkTotals())
                .html(page.paging());
        assertTrue(html.contains(" and " + (partners.size() - 1) + " more</td>"), html);
    }

    @Test
    void aPageOfFactsHoldsTheLinksToTheEntityThatAreNoFactsArgumentsWithTheNamesOfTheirNodes() {
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Node note = NodeFactory.createURI(ServedStore.BASE + "note/1");
        Node references = NodeFactory.createURI("http://purl.org/dc/terms/references");
        Node article = NodeFactory.createURI(ServedStore.BASE + "article/1");
        Dataset dataset = storeWith(stored -> {
            for (String fact : List.of("deal/a", "deal/b")) {
                stored.getDefaultGraph().add(NodeFactory.createURI(ServedStore.BASE + fact), DG.party.asNode(), northwind);
            }
            var told = stored.getGraph(article);
            told.add(northwind, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Northwind Labs"));
            told.add(note, references, northwind);
            told.add(note, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("A note"));
        });
        Describer.Description page = new Describer(new StoreGraphSource(dataset), 1, 1, 1).describe(northwind, 1);
        assertTrue(page.paging().isPresent(), "two facts make two pages of one");
        assertTrue(page.graph().contains(note, references, northwind), page.graph().toString());
        assertTrue(page.graph().contains(note, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("A note")));
        assertTrue(page.graph().contains(northwind, SKOS.prefLabel.asNode(), Node.ANY), "the entity's own name");
    }

    @Test
    void theTimelineNamesTheFirstCounterpartsOfAFactByNameAndCountsTheRest() {
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Node round = NodeFactory.createURI(ServedStore.BASE + "round/quillon--2025");
        int others = ProfileSections.COUNTERPARTS_SHOWN + 2;
        Dataset dataset = storeWith(stored -> {
            var summary = stored.getDefaultGraph();
            summary.add(round, RDF.type.asNode(), DG.FundingRound.asNode());
            summary.add(round, DG.investor.asNode(), northwind);
            summary.add(NodeFactory.createURI(ServedStore.BASE + "deal/b"), DG.party.asNode(), northwind);
            for (int i = 0; i < others; i++) {
                Node investor = NodeFactory.createURI(ServedStore.BASE + "organization/backer-" + (char) ('a' + i));
                summary.add(round, DG.investor.asNode(), investor);
                summary.add(investor, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Backer " + (char) ('A' + i)));
            }
        });
        // undated facts come by IRI: the deal first, the round on the second page
        Describer.Description page = new Describer(new StoreGraphSource(dataset), 1, 1, 1).describe(northwind, 2);
        org.dealgraph.rdf.Iris iris = new org.dealgraph.rdf.Iris(ServedStore.BASE);
        String html = new ResourcePage(northwind, page.graph(), new IriSpace(iris), org.dealgraph.rdf.Namespaces.prefixes(iris),
                page.linkTotals()).html(page.paging());
        String with = html.substring(html.indexOf("<div class=\"with\">"), html.indexOf("</div>", html.indexOf("<div class=\"with\">")));
        assertTrue(with.contains(">Backer A<") && with.contains(">Backer J<"), with);
        assertFalse(with.contains(">Backer K<") || with.contains(">Backer L<"), with);
        assertTrue(with.endsWith(" and 2 more"), with);
    }

    /** A store in memory, its default graph the union of its named graphs, as {@code fill} writes it. */
    private static Dataset storeWith(java.util.function.Consumer<org.apache.jena.sparql.core.DatasetGraph> fill) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> fill.accept(dataset.asDatasetGraph()));
        return dataset;
    }

    @Test
    void aPageOfFactsPastTheLastIsNotFoundAndABadPageIsRefused() throws Exception {
        assertEquals(200, served.get("/id/organization/northwind-labs?page=1", null).statusCode());
        assertEquals(404, served.get("/id/organization/northwind-labs?page=99", null).statusCode());
        assertEquals(400, served.get("/id/organization/northwind-labs?page=x", null).statusCode());
    }

    @Test
    void theSearchInMemoryFindsWhatTheQueryFinds() throws Exception {
        UnionQueries queries = new UnionQueries(source, Duration.ofSeconds(10).toMillis());
        NameSearch querying = NameSearch.querying(queries);
        NameSearch indexing = NameSearch.indexing(source, queries);
        indexing.find("warm");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!indexing.indexed() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(indexing.indexed(), "the names were not read");
        for (String text : List.of("northw", "lab", "a", "AI", "zzz-none")) {
            assertEquals(querying.find(text), indexing.find(text), text);
        }
    }
}
