package org.dealgraph.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The property graph as two CSV files (RFC 4180, UTF-8, header row first), in the column names Gephi's
 * spreadsheet import expects: a node list ({@code Id,Label,Type,Iri}; the Id is the IRI) and an edge list
 * ({@code Source,Target,Type,Kind,Fact,Amount,Currency,Date,Title,Status}; Type is Directed or
 * Undirected). {@code export --format csv --out PREFIX} writes {@code PREFIX-nodes.csv} and
 * {@code PREFIX-edges.csv}.
 */
public final class CsvExporter {

    /** The format's name for {@code --format}. */
    public static final String NAME = "csv";
    /** The file name endings of the two lists. */
    public static final String NODES = "-nodes.csv";
    public static final String EDGES = "-edges.csv";

    /** Writes the node list of {@code graph}; does not close {@code out}. */
    public void writeNodes(PropertyGraph graph, OutputStream out) {
        PrintWriter csv = writer(out);
        row(csv, List.of("Id", "Label", "Type", "Iri"));
        for (GraphNode node : graph.nodes()) {
            row(csv, List.of(node.iri(), node.label(), node.type(), node.iri()));
        }
        csv.flush();
    }

    /** Writes the edge list of {@code graph}; does not close {@code out}. */
    public void writeEdges(PropertyGraph graph, OutputStream out) {
        PrintWriter csv = writer(out);
        row(csv, List.of("Source", "Target", "Type", "Kind", "Fact", "Amount", "Currency", "Date", "Title", "Status"));
        for (GraphEdge edge : graph.edges()) {
            Map<String, String> values = EdgeAttributes.of(edge);
            List<String> cells = new ArrayList<>(List.of(edge.source(), edge.target(),
                    edge.kind().directed() ? "Directed" : "Undirected"));
            for (String name : EdgeAttributes.TYPES.keySet()) {
                cells.add(values.getOrDefault(name, ""));
            }
            row(csv, cells);
        }
        csv.flush();
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void row(PrintWriter csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.print(i == 0 ? "" : ",");
            csv.print(cell(cells.get(i)));
        }
        csv.print("\r\n");
    }

    /** A cell, quoted when it holds a comma, a quote or a line break (quotes doubled). */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
