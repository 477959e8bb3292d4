package org.dealgraph.analyse;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The currency forms of {@code currencies.tsv}, read and checked once: a form as written, its ISO 4217 code, where
 * it stands, and its marks ("scaled", "shown"; at most one form a code is shown, and it stands before the number).
 * The money grammar reads the forms; the tokenizer splits the one-character symbols off the number they open.
 */
final class Currencies {

    /** Where a currency form stands: before the number, after it, or either. */
    private static final List<String> PLACES = List.of("before", "after", "both");
    /** The ISO 4217 codes the Java runtime knows: a currency form's code must be one. */
    private static final List<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).toList();
    private static final List<Row> ROWS = load();

    private Currencies() {
    }

    /** The rows: form, code, place, and the marks (if any). */
    static List<Row> rows() {
        return ROWS;
    }

    /** Whether the row has the mark {@code mark} ("scaled", "shown"). */
    static boolean marked(Row row, String mark) {
        return row.has(3) && row.items(3, ",").contains(mark);
    }

    /** The forms of one character that is no letter and that stand before a number: "$", "£", "€". */
    static String symbols() {
        StringBuilder symbols = new StringBuilder();
        for (Row row : ROWS) {
            String form = row.get(0);
            if (form.codePointCount(0, form.length()) == 1 && !Character.isLetter(form.codePointAt(0))
                    && !row.get(2).equals("after")) {
                symbols.append(form);
            }
        }
        return symbols.toString();
    }

    private static List<Row> load() {
        List<Row> rows = Lexicon.read("currencies.tsv", Column.required("form").unique(), Column.required("code").oneOf(CODES),
                Column.required("place").oneOf(PLACES), Column.optional("marks").eachOf(",", List.of("scaled", "shown")));
        Map<String, Row> shown = new HashMap<>();
        for (Row row : rows) {
            if (marked(row, "shown") && (row.get(2).equals("after") || shown.putIfAbsent(row.get(1), row) != null)) {
                throw row.error("form '" + row.get(0) + "' is shown for " + row.get(1)
                        + ": a shown form stands before the number, one a code");
            }
        }
        return rows;
    }
}
