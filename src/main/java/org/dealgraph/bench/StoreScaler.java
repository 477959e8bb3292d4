package org.dealgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.store.ArticleStore;

/**
 * Makes the quads of a large store from those of a small one, without running the text stages again: the
 * small store's articles are copied several times, each copy with its own article graphs, its own facts and
 * its own made-up organizations and people (IRIs and names marked with the copy's number), while the
 * well-known organizations (those linked to Wikidata) stay shared by every copy, as the big names are in the
 * news. IRIs are told apart by the store's base, which the result records once. The result is written as
 * N-Quads, for TDB2's bulk loader.
 */
final class StoreScaler {

    private StoreScaler() {
    }

    /** Writes {@code copies} copies of {@code store}'s quads to {@code file}; returns the quads written. */
    static long write(ArticleStore store, int copies, Path file) {
        Dataset dataset = store.dataset();
        String ids = store.iris().base();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            long[] count = {0};
            Txn.executeRead(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> shared = shared(dsg);
                for (int copy = 0; copy < copies; copy++) {
                    Renaming renaming = new Renaming(ids, shared, copy);
                    dsg.find().forEachRemaining(quad -> {
                        if (renaming.copy() == 0 || !BaseRecord.isRecord(quad)) {
                            writer.quad(renaming.apply(quad));
                            count[0]++;
                        }
                    });
                }
            });
            writer.finish();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The organizations every copy shares: those linked to Wikidata. */
    private static Set<Node> shared(DatasetGraph dsg) {
        Set<Node> shared = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> shared.add(q.getSubject()));
        return shared;
    }

    /** How one copy renames: its own IRIs under the instance namespace, blank nodes and names. */
    private record Renaming(String ids, Set<Node> shared, int copy) {

        Quad apply(Quad quad) {
            if (copy == 0) {
                return quad;
            }
            Node object = quad.getObject();
            boolean label = quad.getPredicate().equals(SKOS.prefLabel.asNode())
                    || quad.getPredicate().equals(SKOS.altLabel.asNode());
            if (label && !shared.contains(quad.getSubject()) && object.isLiteral()) {
                object = NodeFactory.createLiteralLang(object.getLiteralLexicalForm() + " " + copy,
                        object.getLiteralLanguage());
            } else {
                object = node(object);
            }
            return Quad.create(node(quad.getGraph()), node(quad.getSubject()), quad.getPredicate(), object);
        }

        private Node node(Node node) {
            if (node.isBlank()) {
                return NodeFactory.createBlankNode(node.getBlankNodeLabel() + "c" + copy);
            }
            if (node.isURI() && node.getURI().startsWith(ids) && !shared.contains(node)) {
                return NodeFactory.createURI(node.getURI() + "-c" + copy);
            }
            return node;
        }
    }
}
