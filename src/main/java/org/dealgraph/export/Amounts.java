package org.dealgraph.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealgraph.lexicon.DataFile;

/**
 * Amounts of money written for people: {@code $38 billion}, {@code £29 billion}, {@code €385 million},
 * {@code CHF 1.2 billion}, {@code $750,000}. At most two decimals of the scale word, trailing zeros dropped. The
 * symbol of a code is the form the analyse stage's {@code currencies.tsv} marks "shown" (which that stage checks
 * when it loads); a code with none is written out.
 */
public final class Amounts {

    private static final String CURRENCIES = "/org/dealgraph/analyse/currencies.tsv";
    private static final Map<String, String> SYMBOLS = symbols();
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String[] SCALES = {"trillion", "billion", "million"};

    private Amounts() {
    }

    /** {@code amount} units of the ISO 4217 {@code currency}, for people. */
    public static String format(BigDecimal amount, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        String symbol = SYMBOLS.get(code);
        String number = number(amount.abs());
        String sign = amount.signum() < 0 ? "-" : "";
        return symbol != null ? sign + symbol + number : sign + code + " " + number;
    }

    /** The shown form of each code: column 4 of a row holds the mark "shown". */
    private static Map<String, String> symbols() {
        Map<String, String> symbols = new HashMap<>();
        for (String[] row : DataFile.rows(CURRENCIES, 3)) {
            if (row.length > 3 && List.of(row[3].split(",")).contains("shown")) {
                symbols.put(row[1], row[0]);
            }
        }
        return Map.copyOf(symbols);
    }

    private static String number(BigDecimal amount) {
        BigDecimal scale = BigDecimal.TEN.pow(12);
        for (String word : SCALES) {
            if (amount.compareTo(scale) >= 0) {
                BigDecimal scaled = amount.divide(scale, 2, RoundingMode.HALF_UP).stripTrailingZeros();
                return scaled.toPlainString() + " " + word;
            }
            scale = scale.divide(THOUSAND);
        }
        return String.format(Locale.ROOT, "%,.2f", amount).replaceAll("\\.00$", "");
    }
}
