package org.dealgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date leniently. Understood, anywhere in the value:
 * <ul>
 *   <li>ISO dates and date-times, {@code 2024-01-20}, {@code 2025-11-03T17:45:20}, {@code 2026-02-10T14:00:00Z}:
 *       the date as written, whatever the time zone (the publisher's own calendar day);</li>
 *   <li>{@code 2024/01/20};</li>
 *   <li>English month names, full or abbreviated: {@code March 5, 2024}, {@code Mar. 5 2024},
 *       {@code 5 March 2024}, {@code Tue, 05 Mar 2024 10:00:00 GMT}.</li>
 * </ul>
 * Anything else, or an impossible day such as {@code 2024-02-30}, gives no date.
 */
final class PublicationDates {

    private static final Pattern ISO = Pattern.compile("(?<![0-9])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![0-9])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private PublicationDates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            return date(iso.group(1), month(iso.group(2)), iso.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(value);
        while (monthFirst.find()) {
            Optional<LocalDate> date = date(monthFirst.group(3), monthName(monthFirst.group(1)), monthFirst.group(2));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(value);
        while (dayFirst.find()) {
            Optional<LocalDate> date = date(dayFirst.group(3), monthName(dayFirst.group(2)), dayFirst.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static int month(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * The month a full or three-letter English name stands for ("March", "Mar", "Sept"), or 0 for a word that
     * is no month: the names are those of {@link Month}.
     */
    private static int monthName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(lower.substring(0, 3))) {
                boolean known = lower.length() == 3 || lower.equals("sept") || name.equals(lower);
                return known ? month.getValue() : 0;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
