package org.dealgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The export package's SPARQL queries and other text files, read from the class path beside this class. */
final class SparqlFiles {

    private SparqlFiles() {
    }

    /** The query in {@code name}, parsed. */
    static Query query(String name) {
        return QueryFactory.create(text(name));
    }

    /** The text of the resource {@code name}. */
    static String text(String name) {
        try (InputStream in = SparqlFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the dealgraph jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * A dataset whose default graph is the union of {@code dataset}'s named graphs, so that the queries
     * need no GRAPH clauses whatever store they run on. Use inside a read transaction on {@code dataset}.
     */
    static DatasetGraph union(Dataset dataset) {
        return DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph());
    }
}
