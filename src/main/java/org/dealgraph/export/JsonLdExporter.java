package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.BaseRecord;

/**
 * JSON-LD 1.1, the union of the article graphs, compacted with dealgraph's context ({@link JsonLdContext})
 * for the base the dataset records.
 */
public final class JsonLdExporter implements Exporter {

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> JsonLdContext.write(dsg.getUnionGraph(), BaseRecord.of(dsg), out));
    }
}
