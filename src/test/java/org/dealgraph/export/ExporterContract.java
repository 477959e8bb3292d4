package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/**
 * What every exporter promises: output its own language parses back, with every triple of the union graph,
 * and, for the formats that have them, every article graph kept apart.
 */
abstract class ExporterContract {

    private static final Node FIRST = iri("graph/1");
    private static final Node SECOND = iri("graph/2");
    private static final Node ACME = iri("organization/acme");

    /** The exporter under test. */
    abstract Exporter exporter();

    /** The language of its output. */
    abstract Lang lang();

    /** Whether it keeps the named graphs. */
    abstract boolean keepsGraphs();

    @Test
    void outputParsesBackWithEveryTriple() {
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(export())).lang(lang()).parse(parsed);
        if (keepsGraphs()) {
            assertEquals(4, parsed.asDatasetGraph().stream().count());
            assertTrue(parsed.asDatasetGraph().containsGraph(SECOND));
        } else {
            // the union graph: the shared type triple of Acme once
            assertEquals(3, parsed.getDefaultModel().size());
        }
    }

    @Test
    void writesAnEmptyDatasetWithoutError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().write(DatasetFactory.createTxnMem(), out);
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang()).parse(parsed);
        assertEquals(0, parsed.asDatasetGraph().stream().count());
    }

    @Test
    void isFoundByItsName() {
        assertEquals(exporter().getClass(), Exporters.named(exporter().name()).orElseThrow().getClass());
    }

    private byte[] export() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> List.of(
                Quad.create(FIRST, ACME, RDF.type.asNode(), DG.Organization.asNode()),
                Quad.create(FIRST, ACME, DG.partnerOf.asNode(), iri("organization/zenith")),
                Quad.create(SECOND, ACME, RDF.type.asNode(), DG.Organization.asNode()),
                Quad.create(SECOND, ACME, DG.acquired.asNode(), iri("organization/nova"))).forEach(dsg::add));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().write(DatasetFactory.wrap(dsg), out);
        return out.toByteArray();
    }

    private static Node iri(String path) {
        return NodeFactory.createURI("https://example.org/test/" + path);
    }
}
