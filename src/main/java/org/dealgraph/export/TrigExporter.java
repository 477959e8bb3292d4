package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

/** TriG, one graph block per article. */
public final class TrigExporter implements Exporter {

    @Override
    public String name() {
        return "trig";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetViews.writeNamedGraphs(dataset, out, RDFFormat.TRIG_BLOCKS);
    }
}
