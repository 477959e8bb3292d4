package org.dealgraph.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads W3C SPARQL 1.1 CSV results (RFC 4180: quoted cells, doubled quotes, CRLF or LF line ends) into one
 * map per row from column name to value; an empty cell (an unbound variable) is absent from its row.
 */
final class CsvTable {

    private CsvTable() {
    }

    static List<Map<String, String>> rows(String csv) {
        List<List<String>> lines = cells(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = lines.get(0);
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < line.size(); i++) {
                if (!line.get(i).isEmpty()) {
                    row.put(header.get(i), line.get(i));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> cells(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == '\n')) {
                line.add(cell.toString());
                cell.setLength(0);
                if (c == '\n') {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            } else if (quoted || c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }
}
