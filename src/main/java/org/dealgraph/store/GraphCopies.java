package org.dealgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;

/**
 * The article graphs of one file as they come, each graph in the copies the file gives of it. A file may give one
 * article twice: the Spark job writes an article that two inputs hold (the same text in two files, or two records
 * of one feed with the same URL) once per input, and two such copies can land in one part file. Merged, they
 * would make one graph with two sources, or two articles' facts under one content hash; instead each copy is read
 * apart and one is kept, as {@code ingest} keeps one: the later copy when its content differs, the earlier when
 * it is the same.
 *
 * <p>A copy starts with its article node's {@code rdf:type schema:NewsArticle}, the first quad that
 * {@code ArticleMapper} writes of an article, which a copy holds once; a graph given once may come in any order.
 */
final class GraphCopies {

    private final Map<Node, List<List<Quad>>> copies = new LinkedHashMap<>();
    private final Set<Node> typed = new HashSet<>();

    /** Takes the next quad of an article graph. */
    void take(Quad quad) {
        boolean anotherCopy = startsArticle(quad) && !typed.add(quad.getGraph());
        List<List<Quad>> ofGraph = copies.computeIfAbsent(quad.getGraph(), g -> new ArrayList<>());
        if (ofGraph.isEmpty() || anotherCopy) {
            ofGraph.add(new ArrayList<>());
        }
        ofGraph.get(ofGraph.size() - 1).add(quad);
    }

    /**
     * One copy of each graph, with its content hash.
     *
     * @throws IllegalArgumentException when a graph has no content hash, or the file gives it more than once and a
     *                                  copy does not hold exactly one
     */
    ArticleGraphs kept() {
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        Map<Node, String> hashes = new LinkedHashMap<>();
        copies.forEach((graph, given) -> {
            List<Quad> kept = given.get(0);
            String keptHash = hash(graph, kept, given.size());
            for (List<Quad> copy : given.subList(1, given.size())) {
                String hash = hash(graph, copy, given.size());
                if (!hash.equals(keptHash)) {
                    kept = copy;
                    keptHash = hash;
                }
            }
            graphs.put(graph, kept);
            hashes.put(graph, keptHash);
        });
        return new ArticleGraphs(graphs, hashes);
    }

    /** The content hash {@code copy} records, one of {@code count} copies of {@code graph}. */
    private static String hash(Node graph, List<Quad> copy, int count) {
        List<String> found = copy.stream()
                .filter(q -> q.getPredicate().equals(DG.contentHash.asNode()) && q.getObject().isLiteral())
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
        if (found.isEmpty() && count == 1) {
            throw new IllegalArgumentException("the graph " + ConsistencyCheck.name(graph) + " has no content hash ("
                    + DG.contentHash.getURI() + "): it is not an article graph as dealgraph writes it");
        }
        if (found.size() != 1 && count > 1) {
            throw new IllegalArgumentException("it gives the graph " + ConsistencyCheck.name(graph) + " " + count
                    + " times, and its copies cannot be told apart (each should start with its article's type and "
                    + "hold one content hash): give each copy in a file of its own");
        }
        return found.get(found.size() - 1);
    }

    private static boolean startsArticle(Quad quad) {
        return quad.getPredicate().equals(RDF.type.asNode()) && quad.getObject().equals(SchemaDO.NewsArticle.asNode());
    }
}
