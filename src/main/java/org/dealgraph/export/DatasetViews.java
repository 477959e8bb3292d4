package org.dealgraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Namespaces;

/**
 * The two ways the exporters write a dataset: the union of its named graphs as one graph, or each named
 * graph as it is. Both use dealgraph's prefixes, {@code dgid} for the base the dataset records (and any
 * prefixes the dataset declares).
 */
final class DatasetViews {

    private DatasetViews() {
    }

    /** Writes the union of the named graphs in {@code format}, inside a read transaction. */
    static void writeUnionGraph(Dataset dataset, OutputStream out, RDFFormat format) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> RDFWriterRegistry.getWriterGraphFactory(format).create(format)
                .write(out, dsg.getUnionGraph(), prefixes(dsg), null, dsg.getContext()));
    }

    /** Writes every quad of every named graph, graph by graph, in {@code format}, inside a read transaction. */
    static void writeNamedGraphs(Dataset dataset, OutputStream out, RDFFormat format) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        Txn.executeRead(dsg, () -> {
            stream.start();
            prefixes(dsg).forEach(stream::prefix);
            for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
                dsg.findNG(graphs.next(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            }
            stream.finish();
        });
    }

    private static PrefixMap prefixes(DatasetGraph dsg) {
        PrefixMap prefixes = PrefixMapFactory.create(Namespaces.prefixes(BaseRecord.of(dsg)));
        prefixes.putAll(dsg.prefixes());
        return prefixes;
    }
}
