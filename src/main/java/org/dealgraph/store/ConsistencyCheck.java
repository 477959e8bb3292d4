package org.dealgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.PROV;

/**
 * Checks that every article graph of a dataset is whole: a graph holds exactly one article node with its
 * content hash, source file and type; everything in it that is derived from an article is derived from
 * that one; every fact has evidence, and every evidence node a fact citing it, in the same graph; every
 * graph is named under the store's IRI base. The stored default graph holds the record of that base and the
 * summary of canonical facts ({@link FactSummary}), which must agree with a summary built anew from the
 * article graphs. Runs inside the caller's read transaction; reports
 * problems in words, one per line, each naming its graph.
 */
final class ConsistencyCheck {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node CONTENT_HASH = DG.contentHash.asNode();
    private static final Node SOURCE_FILE = DG.sourceFile.asNode();
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node EVIDENCE = DG.evidence.asNode();
    private static final Node EVIDENCE_CLASS = DG.Evidence.asNode();
    private static final Set<Node> FACT_CLASSES = FactSummary.FACT_CLASSES;

    private final DatasetGraph dsg;
    private final List<String> problems = new ArrayList<>();
    private String base = Iris.DEFAULT_BASE;

    private ConsistencyCheck(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The problems found in {@code dsg}, empty when it is consistent. Call inside a read transaction. */
    static List<String> of(DatasetGraph dsg) {
        ConsistencyCheck check = new ConsistencyCheck(dsg);
        check.defaultGraph();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.forEach(check::graph);
        return List.copyOf(check.problems);
    }

    private void defaultGraph() {
        problems.addAll(FactSummary.problems(dsg));
        try {
            base = BaseRecord.of(dsg).base();
        } catch (IllegalStateException e) {
            problems.add("the default graph: " + e.getMessage());
        }
    }

    private void graph(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(base)) {
            problems.add(name(graph) + ": the graph is not named under the store's IRI base " + base);
        }
        List<Node> articles = subjects(graph, CONTENT_HASH, Node.ANY);
        if (articles.size() != 1) {
            problems.add(name(graph) + ": " + (articles.isEmpty() ? "no article node (nothing has a dg:contentHash)"
                    : articles.size() + " article nodes, not one"));
            return;
        }
        Node article = articles.get(0);
        if (count(graph, article, TYPE, SchemaDO.NewsArticle.asNode()) == 0) {
            problems.add(name(graph) + ": the article " + name(article) + " is not typed schema:NewsArticle");
        }
        if (count(graph, article, SOURCE_FILE, Node.ANY) != 1) {
            problems.add(name(graph) + ": the article " + name(article) + " has no single dg:sourceFile");
        }
        each(graph, Node.ANY, DERIVED_FROM, Node.ANY, quad -> {
            if (!quad.getObject().equals(article)) {
                problems.add(name(graph) + ": " + name(quad.getSubject()) + " is derived from "
                        + name(quad.getObject()) + ", not from the graph's article " + name(article));
            }
        });
        facts(graph, article);
        evidence(graph);
    }

    /** Every fact node is derived from the article and has evidence, and all its evidence is in the graph. */
    private void facts(Node graph, Node article) {
        Set<Node> facts = new HashSet<>();
        for (Node type : FACT_CLASSES) {
            facts.addAll(subjects(graph, TYPE, type));
        }
        for (Node fact : facts) {
            if (count(graph, fact, DERIVED_FROM, article) == 0) {
                problems.add(name(graph) + ": the fact " + name(fact) + " is not derived from the article");
            }
            if (count(graph, fact, EVIDENCE, Node.ANY) == 0) {
                problems.add(name(graph) + ": the fact " + name(fact) + " has no evidence");
            }
        }
        each(graph, Node.ANY, EVIDENCE, Node.ANY, quad -> {
            Node evidence = quad.getObject();
            if (count(graph, evidence, TYPE, EVIDENCE_CLASS) == 0 || count(graph, evidence, DERIVED_FROM, article) == 0) {
                problems.add(name(graph) + ": " + name(quad.getSubject()) + " cites the evidence " + name(evidence)
                        + ", which is not in the graph");
            }
        });
    }

    /** Every evidence node is cited by something in the graph. */
    private void evidence(Node graph) {
        for (Node evidence : subjects(graph, TYPE, EVIDENCE_CLASS)) {
            if (count(graph, Node.ANY, EVIDENCE, evidence) == 0) {
                problems.add(name(graph) + ": the evidence " + name(evidence) + " is cited by no fact");
            }
        }
    }

    private List<Node> subjects(Node graph, Node predicate, Node object) {
        Set<Node> subjects = new HashSet<>();
        each(graph, Node.ANY, predicate, object, quad -> subjects.add(quad.getSubject()));
        return List.copyOf(subjects);
    }

    private long count(Node graph, Node subject, Node predicate, Node object) {
        long[] n = {0};
        each(graph, subject, predicate, object, quad -> n[0]++);
        return n[0];
    }

    private void each(Node graph, Node subject, Node predicate, Node object, Consumer<Quad> action) {
        Iterator<Quad> found = dsg.find(graph, subject, predicate, object);
        try {
            found.forEachRemaining(action);
        } finally {
            Iter.close(found);
        }
    }

    /** A graph's or node's name as N-Quads writes it. */
    static String name(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
