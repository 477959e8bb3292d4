package org.dealgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precisely as the text states it: a day ("5 March 2024"), a month ("March 2024") or a year ("in
 * 2024"). A year stays a year: it is written as {@code xsd:gYear}, never as its first of January, and a month
 * as {@code xsd:gYearMonth}. A fact whose sentence states no date takes its article's publication date, which
 * counts for less than any date the text states.
 *
 * @param first     the first day it covers (the day itself, the month's first day, the year's 1 January)
 * @param precision how much of it the text states
 * @param published whether it is the article's publication date, not a date the text states for the fact
 */
public record FactDate(LocalDate first, Precision precision, boolean published) {

    /** How much of a date is known, most precise first. */
    public enum Precision {
        DAY, MONTH, YEAR
    }

    /**
     * The more telling of two dates comes first: a stated one over a publication date, then the more precise
     * one ("5 March 2024" over "2024"), and of equally precise ones the earlier.
     */
    public static final Comparator<FactDate> MOST_TELLING_FIRST = Comparator.comparing(FactDate::published)
            .thenComparing(FactDate::precision).thenComparing(FactDate::first);

    private static final Pattern YEAR_FORM = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");
    /** A day, and whatever time or zone follows it. */
    private static final Pattern DAY_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public FactDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a " + precision + " must start on its first day: " + first);
        }
    }

    public static FactDate day(LocalDate day) {
        return new FactDate(day, Precision.DAY, false);
    }

    public static FactDate month(YearMonth month) {
        return new FactDate(month.atDay(1), Precision.MONTH, false);
    }

    public static FactDate year(int year) {
        return new FactDate(LocalDate.of(year, 1, 1), Precision.YEAR, false);
    }

    /** The publication date of the article that tells a fact, for a fact whose sentence states no date. */
    public static FactDate publishedOn(LocalDate day) {
        return new FactDate(day, Precision.DAY, true);
    }

    /** The last day it covers. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    public int year() {
        return first.getYear();
    }

    /** The XSD lexical form: {@code 2024-03-05}, {@code 2024-03} or {@code 2024}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.valueOf(first.getYear());
        };
    }

    /** The date a lexical form of {@link #lexical()} writes (also with a time zone or time after a day). */
    public static Optional<FactDate> parse(String lexical) {
        String s = lexical.strip();
        try {
            if (YEAR_FORM.matcher(s).matches()) {
                return Optional.of(year(Integer.parseInt(s)));
            }
            if (MONTH_FORM.matcher(s).matches()) {
                return Optional.of(month(YearMonth.parse(s)));
            }
            if (DAY_FORM.matcher(s).lookingAt()) {
                return Optional.of(day(LocalDate.parse(s.substring(0, 10))));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return lexical();
    }
}
