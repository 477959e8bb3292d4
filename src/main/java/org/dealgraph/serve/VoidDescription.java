package org.dealgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.PROV;

/**
 * The VoID description of the served dataset, counted live from the store: triples, distinct subjects and
 * objects, properties, classes with their sizes, the SPARQL endpoint, the URI space, the vocabularies and a
 * few example resources.
 */
final class VoidDescription {

    static final String NS = "http://rdfs.org/ns/void#";
    private static final Query COUNTS = TextFiles.query("void-counts.rq");
    private static final Query CLASSES = TextFiles.query("void-classes.rq");
    private static final Query EXAMPLES = TextFiles.query("void-examples.rq");
    private static final List<String> VOCABULARIES = List.of(DG.NS, SchemaDO.NS, ORG.NS, PROV.NS, SKOS.uri,
            "http://www.w3.org/ns/oa#");

    private VoidDescription() {
    }

    /** The description of {@code dataset}, served from {@code serverUrl} (e.g. {@code http://127.0.0.1:3030}). */
    static Model of(GraphSource source, String serverUrl, IriSpace space) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("dg", DG.NS);
        Resource described = model.createResource(serverUrl + "/void#dataset")
                .addProperty(RDF.type, model.createResource(NS + "Dataset"))
                .addProperty(DCTerms.title, "dealgraph")
                .addProperty(DCTerms.description, "Organizations and people of the AI industry and the "
                        + kindsOfFact() + " that news articles report, each with its evidence.")
                .addProperty(term(model, "sparqlEndpoint"), model.createResource(serverUrl + DealgraphServer.DATASET
                        + "/sparql"))
                .addProperty(term(model, "uriSpace"), space.base())
                .addProperty(term(model, "rootResource"), model.createResource(serverUrl + "/"));
        VOCABULARIES.forEach(v -> described.addProperty(term(model, "vocabulary"), model.createResource(v)));
        counts(source, model, described);
        return model;
    }

    /** The kinds of fact in words: {@code deals, investments, … and roles}. */
    private static String kindsOfFact() {
        List<String> plurals = FactKind.listed().stream().map(FactKind::plural).toList();
        return String.join(", ", plurals.subList(0, plurals.size() - 1)) + " and " + plurals.get(plurals.size() - 1);
    }

    private static void counts(GraphSource source, Model model, Resource described) {
        Binding counts = rows(source, COUNTS).get(0);
        for (String[] count : new String[][] {{"triples", "triples"}, {"distinctSubjects", "subjects"},
                {"distinctObjects", "objects"}, {"properties", "properties"}}) {
            described.addLiteral(term(model, count[0]), integer(model, number(counts, count[1])));
        }
        List<Binding> classes = rows(source, CLASSES);
        described.addLiteral(term(model, "classes"), integer(model, classes.size()));
        for (Binding row : classes) {
            described.addProperty(term(model, "classPartition"), model.createResource()
                    .addProperty(term(model, "class"), model.wrapAsResource(row.get("class")))
                    .addLiteral(term(model, "entities"), integer(model, number(row, "entities"))));
        }
        for (Binding row : rows(source, EXAMPLES)) {
            described.addProperty(term(model, "exampleResource"), model.wrapAsResource(row.get("s")));
        }
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, long n) {
        return model.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    private static long number(Binding row, String var) {
        Node value = row.get(var);
        return value == null ? 0 : Long.parseLong(value.getLiteralLexicalForm());
    }

    private static List<Binding> rows(GraphSource source, Query query) {
        return source.select(query, Map.of(), Optional.empty());
    }

    private static Property term(Model model, String name) {
        return model.createProperty(NS, name);
    }
}
