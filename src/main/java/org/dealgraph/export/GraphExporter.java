package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;

/**
 * An exporter that writes the {@link PropertyGraph} of the store (organizations and people, and the facts
 * between them as edges) rather than its RDF.
 */
public interface GraphExporter extends Exporter {

    /** Writes {@code graph} to {@code out}, UTF-8; does not close {@code out}. */
    void write(PropertyGraph graph, OutputStream out);

    /** Writes the property graph of {@code dataset}, read in a read transaction. */
    @Override
    default void write(Dataset dataset, OutputStream out) {
        write(PropertyGraphReader.read(dataset), out);
    }
}
