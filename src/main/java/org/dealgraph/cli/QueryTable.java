package org.dealgraph.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A SELECT answer as a table for people: IRIs as prefixed names ({@code dgid:organization/openai}), literals
 * as their text without quotes or datatypes, numbers plain ({@code 1300000000}, not {@code 1300000000.0}),
 * numbers aligned right; no wider than the terminal, the widest columns cut first, a cut cell ending in an
 * ellipsis (numbers are never cut). For IRIs and literals exactly as they are, use the csv, tsv or json formats.
 */
final class QueryTable {

    /** A column is not cut narrower than this (or its header and cells, if narrower). */
    static final int NARROWEST = 8;
    private static final String GAP = "  ";

    private final PrefixMapping prefixes;
    private final int width;

    /** A table that abbreviates IRIs with {@code prefixes} and fits {@code width} columns (0: any width). */
    QueryTable(PrefixMapping prefixes, int width) {
        this.prefixes = prefixes;
        this.width = width;
    }

    void write(ResultSet results, PrintStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        List<boolean[]> numeric = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            String[] cells = new String[vars.size()];
            boolean[] numbers = new boolean[vars.size()];
            for (int i = 0; i < cells.length; i++) {
                RDFNode value = row.get(vars.get(i));
                cells[i] = value == null ? "" : text(value.asNode()).replaceAll("\\s+", " ");
                numbers[i] = value != null && isNumber(value.asNode());
            }
            rows.add(cells);
            numeric.add(numbers);
        }
        int[] widths = widths(vars, rows, numeric);
        out.println(line(vars.toArray(String[]::new), new boolean[vars.size()], widths));
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rules[i] = "-".repeat(widths[i]);
        }
        out.println(line(rules, new boolean[widths.length], widths));
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), numeric.get(r), widths));
        }
        out.flush();
    }

    /** How a value reads in the table. */
    String text(Node node) {
        if (node.isURI()) {
            return shortIri(node.getURI());
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        if (node.isLiteral()) {
            return isNumber(node) ? plainNumber(node.getLiteralLexicalForm()) : node.getLiteralLexicalForm();
        }
        return node.toString();
    }

    /** The IRI as prefix:rest under the longest namespace it starts with, else in angle brackets. */
    private String shortIri(String iri) {
        String prefix = null;
        String namespace = "";
        for (Map.Entry<String, String> entry : prefixes.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(entry.getValue()) && entry.getValue().length() > namespace.length()) {
                prefix = entry.getKey();
                namespace = entry.getValue();
            }
        }
        return prefix == null ? "<" + iri + ">" : prefix + ":" + iri.substring(namespace.length());
    }

    private static boolean isNumber(Node node) {
        return node.isLiteral() && NodeValue.makeNode(node).isNumber();
    }

    /** A number's lexical form without an exponent or trailing zeros; unchanged when it is not a finite number. */
    static String plainNumber(String lexical) {
        try {
            BigDecimal number = new BigDecimal(lexical.trim());
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    /**
     * Each column's width: as wide as its widest cell, then the widest cut until the table fits. A number is
     * never cut (a cut amount would read as another), so a column is not cut narrower than its numbers.
     */
    private int[] widths(List<String> vars, List<String[]> rows, List<boolean[]> numeric) {
        int[] widths = new int[vars.size()];
        int[] floors = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length(vars.get(i));
            int numbers = 0;
            for (int r = 0; r < rows.size(); r++) {
                widths[i] = Math.max(widths[i], length(rows.get(r)[i]));
                numbers = numeric.get(r)[i] ? Math.max(numbers, length(rows.get(r)[i])) : numbers;
            }
            floors[i] = Math.max(numbers, Math.min(widths[i], Math.max(NARROWEST, length(vars.get(i)))));
        }
        if (width <= 0) {
            return widths;
        }
        int room = width - GAP.length() * (widths.length - 1);
        while (sum(widths) > room) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    private static String line(String[] cells, boolean[] right, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cut(cells[i], widths[i]);
            String pad = " ".repeat(widths[i] - length(cell));
            boolean last = i == cells.length - 1;
            line.append(i == 0 ? "" : GAP).append(right[i] ? pad + cell : cell + (last ? "" : pad));
        }
        return line.toString().stripTrailing();
    }

    /** {@code text} cut to {@code room} characters, its last one an ellipsis when cut. */
    static String cut(String text, int room) {
        if (length(text) <= room) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, room - 1))) + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
