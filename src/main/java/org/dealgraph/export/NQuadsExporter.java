package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

/** N-Quads, each quad in its article's graph. */
public final class NQuadsExporter implements Exporter {

    @Override
    public String name() {
        return "nq";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetViews.writeNamedGraphs(dataset, out, RDFFormat.NQUADS_UTF8);
    }
}
