package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

/** Turtle, the union of the article graphs. */
public final class TurtleExporter implements Exporter {

    @Override
    public String name() {
        return "ttl";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetViews.writeUnionGraph(dataset, out, RDFFormat.TURTLE_PRETTY);
    }
}
