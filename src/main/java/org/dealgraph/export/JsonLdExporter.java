package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

/** JSON-LD 1.1, the union of the article graphs. */
public final class JsonLdExporter implements Exporter {

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetViews.writeUnionGraph(dataset, out, RDFFormat.JSONLD11_PRETTY);
    }
}
