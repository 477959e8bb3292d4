package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/** JSON-LD 1.1, the union of the article graphs, compacted with dealgraph's context ({@link JsonLdContext}). */
public final class JsonLdExporter implements Exporter {

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        Txn.executeRead(dataset, () -> JsonLdContext.write(dataset.asDatasetGraph().getUnionGraph(), out));
    }
}
