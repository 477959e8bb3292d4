package org.dealgraph.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.lexicon.Row;

/**
 * The dated table of US dollars per unit of each currency that the summary of facts converts amounts by
 * ({@code usd-rates.tsv}): one rate per ISO 4217 code, with the day it was taken. A rate that is not a
 * positive decimal, or a day that is not a date, is an error naming the file and the line.
 */
final class UsdRates {

    static final String TABLE = "/org/dealgraph/store/usd-rates.tsv";

    private final Map<String, BigDecimal> perUnit;

    private UsdRates(Map<String, BigDecimal> perUnit) {
        this.perUnit = Map.copyOf(perUnit);
    }

    /** The rates of the classpath resource {@code resource}. */
    static UsdRates read(String resource) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (Row row : DataFile.read(resource, Column.required("currency").unique(), Column.required("usdPerUnit"),
                Column.required("day"))) {
            rates.put(row.get(0), rate(row));
            day(row);
        }
        return new UsdRates(rates);
    }

    /** {@code amount} of {@code currency} in US dollars; as stated for a currency the table lacks. */
    BigDecimal inUsd(BigDecimal amount, String currency) {
        BigDecimal rate = perUnit.get(currency);
        return rate == null ? amount : amount.multiply(rate);
    }

    private static BigDecimal rate(Row row) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(row.get(1));
        } catch (NumberFormatException e) {
            throw badRate(row);
        }
        if (rate.signum() <= 0) {
            throw badRate(row);
        }
        return rate;
    }

    private static RuntimeException badRate(Row row) {
        return row.error("bad usdPerUnit '" + row.get(1) + "' (expected a positive decimal such as 1.08)");
    }

    private static void day(Row row) {
        try {
            LocalDate.parse(row.get(2));
        } catch (DateTimeParseException e) {
            throw row.error("bad day '" + row.get(2) + "' (expected a date such as 2024-06-28)");
        }
    }
}
