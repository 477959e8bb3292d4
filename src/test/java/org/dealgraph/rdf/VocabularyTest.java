package org.dealgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.model.FactKind;
import org.junit.jupiter.api.Test;

/**
 * Keeps the terms of the code (the DG constants, and the terms kind files name in dealgraph's namespace) and
 * ontology/dealgraph.ttl in step, and every term documented.
 */
class VocabularyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/dealgraph.ttl");

    @Test
    void declaresInCodeExactlyTheTermsOfTheOntology() throws IllegalAccessException {
        assertEquals(ontologyTerms(), codeTerms());
    }

    @Test
    void labelsAndCommentsEveryTerm() {
        List<String> undocumented = new ArrayList<>();
        for (String iri : ontologyTerms()) {
            Resource term = ONTOLOGY.createResource(iri);
            if (!term.hasProperty(RDFS.label) || !term.hasProperty(RDFS.comment)) {
                undocumented.add(iri);
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void typesEveryTermOfTheNamespace() {
        List<String> untyped = new ArrayList<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DG.NS) && !s.hasProperty(RDF.type)) {
                untyped.add(s.getURI());
            }
        });
        ONTOLOGY.listObjects().forEach(o -> {
            if (o.isURIResource() && o.asResource().getURI().startsWith(DG.NS) && !o.asResource().hasProperty(RDF.type)) {
                untyped.add(o.asResource().getURI());
            }
        });
        assertEquals(List.of(), untyped, "terms used in the ontology but never declared");
    }

    private static Set<String> ontologyTerms() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DG.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    private static Set<String> codeTerms() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field field : DG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && RDFNode.class.isAssignableFrom(field.getType())) {
                terms.add(((Resource) field.get(null)).getURI());
            }
        }
        for (FactKind kind : FactKind.values()) {
            if (kind.definition().isPresent()) {
                KindTerms t = KindTerms.of(kind);
                java.util.stream.Stream.of(List.of(t.type()), t.arguments().values(), t.amounts(), t.shortcuts())
                        .flatMap(java.util.Collection::stream).map(Resource::getURI).filter(iri -> iri.startsWith(DG.NS))
                        .forEach(terms::add);
            }
        }
        return terms;
    }
}
