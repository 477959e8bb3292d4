package org.dealgraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;

/**
 * Writes the store's graph in one RDF format. Formats with named graphs (TriG, N-Quads) keep each article's
 * graph; the others write the union of the article graphs. Opens its own read transaction when the caller
 * has none.
 */
public interface Exporter {

    /** The format's short name, as given to {@code --format}: {@code ttl}, {@code trig}… */
    String name();

    /** Writes {@code dataset} to {@code out}, UTF-8; does not close {@code out}. */
    void write(Dataset dataset, OutputStream out);
}
