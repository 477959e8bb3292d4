package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.PROV;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension path of docs/adding-a-kind-of-fact.md, end to end: a kind of fact defined in test resources alone
 * ({@code kinds-example/}: a kind file, its index line, a rule file with its trigger words; its RDF terms and
 * shape in {@code kinds-example/lawsuit.ttl}) is extracted from sentences, stored with the same evidence as every
 * fact, exported as RDF and as property-graph edges, shown by {@code serve} and counted by {@code stats}, by the
 * unchanged dealgraph run in a class loader whose class path also holds that folder, as a user's would.
 */
@Tag("integration")
class ExampleKindTest {

    private static final String LEGAL = "https://example.org/legal#";
    private static final Model M = ModelFactory.createDefaultModel();
    private static final Resource LAWSUIT = M.createResource(LEGAL + "Lawsuit");
    private static final Property PLAINTIFF = M.createProperty(LEGAL + "plaintiff");
    private static final Property DEFENDANT = M.createProperty(LEGAL + "defendant");
    private static final Property SUED = M.createProperty(LEGAL + "sued");

    @TempDir
    static Path dir;
    private static Map<String, String> run;
    private static Model union;

    @BeforeAll
    static void runDealgraphWithTheExampleKind() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("acme-sues-borealis.md"), """
                ---
                title: "Acme Robotics takes Borealis Data to court"
                date: 2025-03-04
                ---

                Acme Robotics Inc. sued Borealis Data Corp. over three patents on warehouse robots. Acme Robotics \
                filed a lawsuit against Borealis Data in a federal court in Delaware.
                """);
        Files.writeString(articles.resolve("borealis-answers.md"), """
                ---
                title: "Borealis Data answers Acme Robotics"
                date: 2025-05-20
                ---

                The software company Borealis Data, which was sued by the robot maker Acme Robotics in March, said the \
                claims had no merit.
                """);
        run = inOwnClassLoader(articles, dir.resolve("store"));
        DatasetGraph stored = DatasetGraphFactory.create();
        RDFParser.fromString(run.get("nq"), Lang.NQUADS).parse(stored);
        union = ModelFactory.createModelForGraph(stored.getUnionGraph());
    }

    @Test
    void theKindComesFromTheAddedFilesAlone() {
        assertTrue(FactKind.byId("lawsuit").isEmpty(), "dealgraph itself knows no lawsuits");
        assertTrue(run.get("kinds").endsWith(" lawsuit"), run.get("kinds"));
        assertTrue(run.get("ingest").startsWith("exit 0"), run.get("ingest"));
        assertTrue(run.get("ingest").contains("lawsuits 2"), run.get("ingest"));
    }

    @Test
    void extractedFromSentencesAndStoredWithTheirEvidence() {
        List<Resource> lawsuits = union.listSubjectsWithProperty(RDF.type, LAWSUIT).toList();
        assertEquals(1, lawsuits.size(), "both articles tell one lawsuit: " + lawsuits);
        Resource lawsuit = lawsuits.get(0);
        assertEquals(run.get("fact"), lawsuit.getURI());
        assertTrue(lawsuit.getURI().contains("/lawsuit/acme-robotics--borealis-data--2025"), lawsuit.getURI());
        assertEquals("Acme Robotics", name(lawsuit.getPropertyResourceValue(PLAINTIFF)));
        assertEquals("Borealis Data", name(lawsuit.getPropertyResourceValue(DEFENDANT)));
        assertEquals(DG.Announced, lawsuit.getPropertyResourceValue(DG.status));
        assertTrue(union.contains(lawsuit.getPropertyResourceValue(PLAINTIFF), SUED, lawsuit.getPropertyResourceValue(DEFENDANT)));
        Map<String, String> said = new java.util.TreeMap<>();
        for (Statement s : lawsuit.listProperties(DG.evidence).toList()) {
            Resource e = s.getResource();
            assertTrue(e.hasProperty(RDF.type, DG.Evidence));
            assertTrue(e.hasProperty(PROV.wasDerivedFrom));
            String sentence = e.getProperty(DG.sentenceText).getString();
            String exact = e.getProperty(OA.exact).getString();
            assertTrue(sentence.contains(exact), exact + " is not in " + sentence);
            assertEquals(exact.length(), e.getProperty(OA.end).getInt() - e.getProperty(OA.start).getInt());
            assertTrue(e.getProperty(DG.confidence).getDouble() > 0.5);
            said.put(e.getProperty(DG.rule).getString(), exact);
        }
        assertEquals(Set.of("lawsuit-verb", "lawsuit-noun", "lawsuit-passive"), said.keySet(), said.toString());
        assertEquals("Acme Robotics Inc. sued Borealis Data Corp.", said.get("lawsuit-verb"));
    }

    @Test
    void itsTermsAreThoseOfTheTestOntologyAndItsNodesConformToTheShape() {
        Model ontology = RDFDataMgr.loadModel("src/test/resources/kinds-example/lawsuit.ttl");
        for (String iri : run.get("terms").split(" ")) {
            Resource term = ontology.createResource(iri);
            assertTrue(term.hasProperty(RDF.type) && term.hasProperty(RDFS.label) && term.hasProperty(RDFS.comment),
                    iri + " is not defined in the test ontology");
        }
        Graph shapes = ontology.getGraph();
        assertTrue(ShaclValidator.get().validate(Shapes.parse(shapes), union.getGraph()).conforms());
    }

    @Test
    void exportedAsRdfAndAsEdgesOfItsOwnKind() throws Exception {
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.get("jsonld"), Lang.JSONLD).parse(fromJsonLd);
        assertTrue(fromJsonLd.isIsomorphicWith(union), "the JSON-LD export holds the graph of the N-Quads");
        assertTrue(run.get("jsonld").contains("\"plaintiff\": \"dgid:organization/acme-robotics\""), run.get("jsonld"));
        assertTrue(run.get("graphml").contains(">sued</data>"), run.get("graphml"));
        List<String> edges = new ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(run.get("cyjs")).get("elements").get("edges")) {
            if (e.get("data").get("kind").asText().equals("sued")) {
                edges.add(e.get("data").get("source").asText() + " -> " + e.get("data").get("target").asText()
                        + " " + e.get("data").get("directed").asBoolean());
            }
        }
        Resource lawsuit = union.createResource(run.get("fact"));
        assertEquals(List.of(lawsuit.getPropertyResourceValue(PLAINTIFF).getURI() + " -> "
                + lawsuit.getPropertyResourceValue(DEFENDANT).getURI() + " true"), edges);
    }

    @Test
    void shownByServeCountedByStatsAndConsistent() {
        String page = run.get("page");
        assertTrue(page.replaceAll("</?mark>", "").contains("Acme Robotics Inc. sued Borealis Data Corp. over three patents"),
                page);
        assertTrue(page.contains("<h1>Acme Robotics – Borealis Data lawsuit"), page);
        assertTrue(page.contains("<tr><th>Plaintiff</th><td><a href=\"/id/organization/acme-robotics\">")
                && page.contains("<tr><th>Defendant</th><td><a href=\"/id/organization/borealis-data\">"), page);
        String plaintiff = run.get("plaintiffPage");
        assertTrue(plaintiff.matches("(?s).*<h2>Timeline</h2>.*lawsuit.*Acme Robotics – Borealis Data lawsuit.*"
                + "with <a href=\"/id/organization/borealis-data\">Borealis Data</a>.*"), plaintiff);
        assertTrue(run.get("graph").contains("value=\"sued\" checked> lawsuits"), run.get("graph"));
        assertTrue(run.get("neighbourhood").contains("\"kind\":\"sued\""), run.get("neighbourhood"));
        assertTrue(run.get("stats").lines().anyMatch(l -> l.matches("lawsuits:\\s+1")), run.get("stats"));
        assertTrue(run.get("check").startsWith("exit 0"), run.get("check"));
    }

    private static String name(Resource entity) {
        return entity.getProperty(SKOS.prefLabel).getString();
    }

    /** Runs {@link ExampleKindRun} with dealgraph's classes loaded afresh, the folder kinds-example on the class path. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> inOwnClassLoader(Path articles, Path store) throws Exception {
        List<URL> path = new ArrayList<>();
        path.add(ExampleKindTest.class.getResource("/kinds-example/"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            path.add(Path.of(entry).toUri().toURL());
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("example-kind", path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> runner = loader.loadClass(ExampleKindRun.class.getName());
            return (Map<String, String>) runner.getMethod("run", Path.class, Path.class, String.class)
                    .invoke(null, articles, store, "lawsuit");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

}
