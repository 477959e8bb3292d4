package org.dealgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.dealgraph.rdf.KindTerms;

/**
 * A resource's description from the union of the article graphs ({@code describe.rq}): its own triples, the
 * triples that point at it, the names of its neighbours, its amounts and evidence, and the facts about it.
 */
final class Describer {

    private static final Query DESCRIBE = QueryFactory.create(TextFiles.text("describe.rq")
            .replace("#ARGUMENTS", iris(KindTerms.allArguments())).replace("#AMOUNTS", iris(KindTerms.allAmounts())));

    private final GraphSource source;

    Describer(GraphSource source) {
        this.source = source;
    }

    private static String iris(List<Property> properties) {
        return properties.stream().map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" "));
    }

    /** The description of {@code resource}: an empty graph when the store does not mention it. */
    Graph describe(Node resource) {
        return source.construct(DESCRIBE, Map.of("resource", resource));
    }
}
