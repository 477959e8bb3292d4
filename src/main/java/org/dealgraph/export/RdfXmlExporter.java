package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

/** RDF/XML, the union of the article graphs (plain form, which streams). */
public final class RdfXmlExporter implements Exporter {

    @Override
    public String name() {
        return "rdfxml";
    }

    @Override
    public void write(Dataset dataset, OutputStream out) {
        DatasetViews.writeUnionGraph(dataset, out, RDFFormat.RDFXML_PLAIN);
    }
}
