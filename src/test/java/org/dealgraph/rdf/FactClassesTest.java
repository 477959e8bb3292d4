package org.dealgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.model.FactKind;
import org.junit.jupiter.api.Test;

/** Each kind of fact has its own class in the ontology, and every kind of dg:Fact there is a kind here. */
class FactClassesTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/dealgraph.ttl");

    @Test
    void everyKindHasItsOwnClassOfTheOntology() {
        Set<Resource> classes = Arrays.stream(FactKind.values()).map(DG::classOf).collect(Collectors.toSet());
        assertEquals(FactKind.values().length, classes.size());
        for (Resource c : classes) {
            assertTrue(ONTOLOGY.contains(c, RDF.type, OWL.Class), c + " is not a class of the ontology");
        }
    }

    @Test
    void everyKindHasAShape() {
        Model shapes = RDFDataMgr.loadModel("ontology/shapes.ttl");
        Property targetClass = shapes.createProperty("http://www.w3.org/ns/shacl#targetClass");
        for (FactKind kind : FactKind.values()) {
            assertTrue(shapes.contains(null, targetClass, DG.classOf(kind)), kind + " has no shape");
        }
    }

    @Test
    void everySubclassOfFactIsTheClassOfAKind() {
        Set<Resource> classes = Arrays.stream(FactKind.values()).map(DG::classOf).collect(Collectors.toSet());
        ONTOLOGY.listSubjectsWithProperty(RDFS.subClassOf, DG.Fact).forEach(c ->
                assertTrue(classes.contains(c), c + " has no kind of fact"));
    }
}
