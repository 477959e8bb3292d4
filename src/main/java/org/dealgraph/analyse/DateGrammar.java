package org.dealgraph.analyse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.Span;

/**
 * Finds dates and periods in text and resolves them against the publication date: full dates ("March 5,
 * 2024", "5 March 2024", "2024-03-05"), a day and month ("March 5": the latest such day not after
 * publication), a month and year, a bare month after a preposition ("in December": the latest such month not
 * after publication), a year after a preposition ("since 2019"), weekdays ("on Monday": the latest such day
 * at or before publication) and "last/this/next year, month, week", "yesterday", "today". A date keeps the
 * precision the text gives it: a day, a month or a year. Without a publication date, only dates that state
 * their year resolve. Thread-safe.
 */
final class DateGrammar {

    /** A date expression found in a text: where, which kind, and its date when it resolves. */
    record Found(Span span, String kind, Optional<FactDate> date) {
    }

    private static final String MONTH = "(?<!\\w)(?<%s>%s)(?!\\w)";
    /** The words that open the relative expressions ("last year", "yesterday"), as the pattern spells them. */
    private static final List<String> RELATIVE = List.of("Last", "last", "This", "this", "Next", "next", "Yesterday",
            "yesterday", "Today", "today");

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Pattern pattern;
    /** The first two characters of every word an expression may open with, packed as {@link #pair}, in order. */
    private final int[] openings;

    DateGrammar() {
        List<String> monthForms = new ArrayList<>();
        List<String> dayForms = new ArrayList<>();
        Set<Integer> opening = new HashSet<>();
        for (Row row : calendar()) {
            boolean month = row.get(1).equals("month");
            (month ? months : weekdays).put(row.get(0), row.number(2, "number", 1, month ? 12 : 7));
            (month ? monthForms : dayForms).add(Pattern.quote(row.get(0)));
            opening.add(pair(row.get(0), 0));
        }
        RELATIVE.forEach(word -> opening.add(pair(word, 0)));
        this.openings = opening.stream().mapToInt(Integer::intValue).sorted().toArray();
        monthForms.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> leads = leads();
        String m = String.join("|", monthForms);
        String day = "(?<%s>[0-3]?\\d)(?:st|nd|rd|th)?";
        String year = "(?<%s>(?:19|20)\\d\\d)(?!\\d)";
        String regex = String.join("|",
                "(?<iso>(?<!\\d)(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)(?!\\d))",
                "(?<mdy>" + MONTH.formatted("m1", m) + " " + day.formatted("d1") + "(?:,? " + year.formatted("y1")
                        + ")?(?![\\d%]))",
                "(?<dmy>(?<!\\d)" + day.formatted("d2") + " " + MONTH.formatted("m2", m) + "(?:,? "
                        + year.formatted("y2") + ")?)",
                "(?<my>" + MONTH.formatted("m3", m) + ",? (?:of )?" + year.formatted("y3") + ")",
                "(?<=\\b(?:" + leads.get("month") + ") )(?<bm>" + MONTH.formatted("m4", m) + ")",
                "(?<wd>(?<!\\w)(?:" + String.join("|", dayForms) + ")(?!\\w))",
                "(?<rel>(?<!\\w)(?:" + relative(0, 6) + ") (?:year|month|week)(?!\\w)|(?<!\\w)(?:" + relative(6, 10)
                        + ")(?!\\w))",
                "(?<=\\b(?:" + leads.get("year") + ") )(?<yr>(?:19|20)\\d\\d)(?![\\d%$]|,\\d)");
        this.pattern = Pattern.compile(regex);
    }

    private static String relative(int from, int to) {
        return RELATIVE.subList(from, to).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The characters at {@code at} and after it in {@code text} as one number (the second 0 at the end). */
    private static int pair(String text, int at) {
        return text.charAt(at) << 16 | (at + 1 < text.length() ? text.charAt(at + 1) : 0);
    }

    /** The rows of {@code calendar.tsv}: a form, its kind (month or weekday) and its number. */
    private static List<Row> calendar() {
        return Lexicon.read("calendar.tsv", Column.required("form").unique(),
                Column.required("kind").oneOf(List.of("month", "weekday")), Column.required("number"));
    }

    /**
     * The words of {@code date-leads.tsv} that may lead a bare month and a bare year, each as an alternation
     * under the key "month" and "year".
     */
    private static Map<String, String> leads() {
        Map<String, List<String>> forms = Map.of("month", new ArrayList<>(), "year", new ArrayList<>());
        for (Row row : Lexicon.read("date-leads.tsv", Column.required("form").unique(),
                Column.required("leads").eachOf(",", forms.keySet()))) {
            row.items(1, ",").forEach(kind -> forms.get(kind).add(row.get(0)));
        }
        return Map.of("month", alternation(forms.get("month")), "year", alternation(forms.get("year")));
    }

    /**
     * The forms as one alternation, a capitalised form and its lower-case twin as one branch ("[Ii]n"), so the
     * look-behind tries no more branches than there are words.
     */
    private static String alternation(List<String> forms) {
        List<String> branches = new ArrayList<>();
        for (String form : forms) {
            String rest = Pattern.quote(form.substring(1));
            char first = form.charAt(0);
            if (Character.isUpperCase(first) && forms.contains(Character.toLowerCase(first) + form.substring(1))) {
                branches.add("[" + first + Character.toLowerCase(first) + "]" + rest);
            } else if (!Character.isLowerCase(first) || !forms.contains(Character.toUpperCase(first) + form.substring(1))) {
                branches.add(Pattern.quote(form));
            }
        }
        return String.join("|", branches);
    }

    /** The month and weekday names and abbreviations of {@code calendar.tsv}, as written. */
    static Set<String> forms() {
        return calendar().stream().map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every date expression in {@code text}, resolved against {@code published} where that is needed. The
     * pattern is tried only where an expression can begin (a digit, or a word that opens one), which finds
     * what a scan of every position finds, in a fraction of the time.
     */
    List<Found> find(String text, Optional<LocalDate> published) {
        List<Found> found = new ArrayList<>();
        Matcher mt = pattern.matcher(text).useTransparentBounds(true);
        int at = 0;
        while (at < text.length()) {
            if (mayBeginAt(text, at) && mt.region(at, text.length()).lookingAt()) {
                Found f = resolve(mt, published);
                if (f != null) {
                    found.add(f);
                }
                at = Math.max(mt.end(), at + 1);
            } else {
                at++;
            }
        }
        return found;
    }

    /**
     * Every alternative of the pattern opens with a digit, or with a month's or weekday's name or a word of
     * {@link #RELATIVE} that no word character precedes: their first two characters are in {@link #openings}.
     */
    private boolean mayBeginAt(String text, int at) {
        char c = text.charAt(at);
        if (c >= '0' && c <= '9') {
            return true;
        }
        return (at == 0 || !isWordChar(text.charAt(at - 1))) && Arrays.binarySearch(openings, pair(text, at)) >= 0;
    }

    /** A character of the pattern's {@code \w}: an ASCII letter or digit, or the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private Found resolve(Matcher mt, Optional<LocalDate> pub) {
        Span span = new Span(mt.start(), mt.end());
        if (mt.group("iso") != null) {
            return found(span, "date", of(num(mt, "iy"), num(mt, "im"), num(mt, "id")).map(FactDate::day));
        }
        if (mt.group("mdy") != null) {
            return dayMonth(span, months.get(mt.group("m1")), num(mt, "d1"), mt.group("y1"), pub);
        }
        if (mt.group("dmy") != null) {
            return dayMonth(span, months.get(mt.group("m2")), num(mt, "d2"), mt.group("y2"), pub);
        }
        if (mt.group("my") != null) {
            return found(span, "month", Optional.of(FactDate.month(YearMonth.of(num(mt, "y3"), months.get(mt.group("m3"))))));
        }
        if (mt.group("bm") != null) {
            int month = months.get(mt.group("m4"));
            return found(span, "month", pub.map(p -> FactDate.month(latestMonth(p, month))));
        }
        if (mt.group("wd") != null) {
            DayOfWeek day = DayOfWeek.of(weekdays.get(mt.group("wd")));
            return found(span, "weekday", pub.map(p -> FactDate.day(p.with(TemporalAdjusters.previousOrSame(day)))));
        }
        if (mt.group("rel") != null) {
            return found(span, "relative", pub.map(p -> relative(mt.group("rel"), p)));
        }
        return found(span, "year", Optional.of(FactDate.year(num(mt, "yr"))));
    }

    private Found dayMonth(Span span, int month, int day, String year, Optional<LocalDate> pub) {
        if (year != null) {
            return found(span, "date", of(Integer.parseInt(year), month, day).map(FactDate::day));
        }
        return found(span, "date", pub.flatMap(p -> {
            Optional<LocalDate> d = of(p.getYear(), month, day);
            return d.isPresent() && d.get().isAfter(p) ? of(p.getYear() - 1, month, day) : d;
        }).map(FactDate::day));
    }

    private static Found found(Span span, String kind, Optional<FactDate> date) {
        return new Found(span, kind, date);
    }

    private static YearMonth latestMonth(LocalDate pub, int month) {
        int year = month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
        return YearMonth.of(year, month);
    }

    /** "last year" is a year, "next month" a month; a week is told by its Monday, as precisely as a day. */
    private static FactDate relative(String expression, LocalDate pub) {
        String e = expression.toLowerCase(java.util.Locale.ROOT);
        int step = e.startsWith("last") ? -1 : e.startsWith("next") ? 1 : 0;
        if (e.endsWith("year")) {
            return FactDate.year(pub.getYear() + step);
        }
        if (e.endsWith("month")) {
            return FactDate.month(YearMonth.from(pub).plusMonths(step));
        }
        if (e.endsWith("week")) {
            return FactDate.day(pub.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
        return FactDate.day(e.equals("yesterday") ? pub.minusDays(1) : pub);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static int num(Matcher mt, String group) {
        return Integer.parseInt(mt.group(group));
    }
}
