package org.dealgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.Namespaces;

/** The ways {@code dealgraph query} can print an answer, and which query forms each suits. */
enum QueryFormat {
    TABLE, CSV, TSV, JSON, TTL, NT;

    private static final Set<QueryFormat> TABULAR = EnumSet.of(TABLE, CSV, TSV, JSON);

    /** Whether this format can print the answer of {@code query}. */
    boolean suits(Query query) {
        return query.isSelectType() || query.isAskType() ? TABULAR.contains(this) : !TABULAR.contains(this);
    }

    /** The format used when none is asked for. */
    static QueryFormat defaultFor(Query query) {
        return query.isSelectType() || query.isAskType() ? TABLE : TTL;
    }

    /** The query forms this format suits, for messages. */
    String suitedForms() {
        return TABULAR.contains(this) ? "SELECT and ASK" : "CONSTRUCT and DESCRIBE";
    }

    /**
     * Writes {@code results}; a table (see {@link QueryTable}) shows IRIs under {@code iris}' base with the
     * prefix {@code dgid}, and is at most {@code width} characters wide (0: as wide as its cells).
     */
    void write(ResultSet results, Query query, Iris iris, int width, OutputStream out) {
        switch (this) {
            case TABLE -> new QueryTable(prefixes(query, iris), width).write(results, printing(out));
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            default -> throw new IllegalStateException(this + " does not print results");
        }
    }

    /** Dealgraph's prefixes and the query's own, so that the table shows short names. */
    private static PrefixMapping prefixes(Query query, Iris iris) {
        return PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes(iris))
                .setNsPrefixes(query.getPrefixMapping());
    }

    private static PrintStream printing(OutputStream out) {
        return out instanceof PrintStream print ? print : new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    void write(boolean answer, OutputStream out) {
        switch (this) {
            case TABLE -> writeText(out, answer + System.lineSeparator());
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            default -> throw new IllegalStateException(this + " does not print a yes/no answer");
        }
    }

    void write(Model model, OutputStream out) {
        switch (this) {
            case TTL -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case NT -> RDFDataMgr.write(out, model, RDFFormat.NTRIPLES_UTF8);
            default -> throw new IllegalStateException(this + " does not print a graph");
        }
    }

    private static void writeText(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
