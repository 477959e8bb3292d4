package org.dealgraph.analyse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.Bound;
import org.dealgraph.model.Money;
import org.dealgraph.model.Span;

/**
 * Finds amounts of money in text: a number with an optional scale ("4", "4.5bn", "385M", "2 billion") and a
 * currency before it ("$", "US$", "£", "€", "USD") or after it ("dollars", "yuan", "EUR"); the data files
 * {@code currencies.tsv}, {@code scales.tsv} and {@code money-qualifiers.tsv} hold the forms; a number word of
 * {@code numbers.tsv} (or "a", "half a"), or a few of them ("twenty-five", "two hundred and fifty"), may stand for
 * the number before a scale and a currency word ("a billion dollars"). A number without a currency, a percentage and "billions of dollars" are not amounts.
 *
 * <p>A qualifier just before the amount sets its {@link Bound} ("up to $4bn" is UP_TO). A range ("$1bn–$2bn",
 * "$1-2bn", "$1bn to $2bn", "between $1bn and $2bn") is one mention spanning both figures, with the upper
 * figure and {@link Bound#APPROXIMATE}. "$38bn (£29bn)" is two amounts. Scans the text once, without regular
 * expressions. Immutable and thread-safe.
 */
final class MoneyGrammar {

    /** An amount found in a text. */
    record Found(Span span, Money money) {
    }

    private record Form(String text, String code, boolean before, boolean after, boolean scaled) {
    }

    private record Scale(String text, int power, boolean attached) {
    }

    private record Qualifier(String phrase, Bound bound) {
    }

    private record Amount(int start, int end, BigDecimal value, int power, String code) {
    }

    private static final int HUNDRED = 100;

    private record Located<T>(T item, int start, int end) {
    }

    private final List<Form> forms;
    private final List<Scale> scales;
    private final List<Qualifier> qualifiers;
    /** Number words ("two", "twelve") by their lower-case form, for amounts written in words. */
    private final Map<String, BigDecimal> numberWords;

    MoneyGrammar() {
        List<Form> f = new ArrayList<>();
        for (Row row : Currencies.rows()) {
            String place = row.get(2);
            f.add(new Form(row.get(0), row.get(1), !place.equals("after"), !place.equals("before"),
                    Currencies.marked(row, "scaled")));
        }
        f.sort(Comparator.comparingInt((Form x) -> x.text().length()).reversed());
        this.forms = List.copyOf(f);
        List<Scale> s = new ArrayList<>();
        for (Row row : Lexicon.read("scales.tsv", Column.required("form").unique(), Column.required("power"),
                Column.required("standing").oneOf(List.of("spaced", "attached")))) {
            s.add(new Scale(row.get(0), row.number(1, "power", 1, 18), row.get(2).equals("attached")));
        }
        s.sort(Comparator.comparingInt((Scale x) -> x.text().length()).reversed());
        this.scales = List.copyOf(s);
        List<Qualifier> q = new ArrayList<>();
        for (Row row : Lexicon.read("money-qualifiers.tsv", Column.required("phrase").unique(),
                Column.required("bound").oneOf(Bound.class))) {
            q.add(new Qualifier(row.get(0), Bound.valueOf(row.get(1))));
        }
        q.sort(Comparator.comparingInt((Qualifier x) -> x.phrase().length()).reversed());
        this.qualifiers = List.copyOf(q);
        Map<String, BigDecimal> n = new HashMap<>();
        for (Row row : Lexicon.read("numbers.tsv", Column.required("word").unique(), Column.required("value"))) {
            n.put(row.get(0).toLowerCase(Locale.ROOT), BigDecimal.valueOf(row.number(1, "value", 0, 1000)));
        }
        n.put("a", BigDecimal.ONE);
        n.put("an", BigDecimal.ONE);
        this.numberWords = Map.copyOf(n);
    }

    /** Every amount of money in {@code text}, in order, with spans into {@code text}. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i)) || !numberMayStart(text, i)) {
                i++;
                continue;
            }
            Amount first = amountAt(text, i);
            if (first == null) {
                i = Math.max(numberEnd(text, i), i + 1);
                continue;
            }
            Found f = withRangeAndBound(text, first);
            found.add(f);
            i = Math.max(f.span().end(), i + 1);
        }
        List<Found> inWords = inWords(text);
        if (!inWords.isEmpty()) {
            found.addAll(inWords);
            found.sort(Comparator.comparingInt((Found f) -> f.span().start()));
        }
        return found;
    }

    /**
     * Amounts written in words: a number word, a scale word and a currency word after them ("a billion dollars",
     * "two billion euros", "half a billion dollars"). Without the currency word, or the scale, such words are no
     * amount ("a million users"). Found from the scale words, which are rare in text.
     */
    private List<Found> inWords(String text) {
        List<Found> found = new ArrayList<>();
        for (Scale scale : scales) {
            if (scale.attached() || !Character.isLetter(scale.text().charAt(0)) || scale.text().length() < 5) {
                continue;
            }
            for (int at = indexOfWord(text, scale.text(), 0); at >= 0; at = indexOfWord(text, scale.text(), at + 1)) {
                wordAmount(text, at, scale).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Found> wordAmount(String text, int scaleAt, Scale scale) {
        int wordEnd = scaleAt - 1;
        if (wordEnd < 1 || text.charAt(wordEnd) != ' ') {
            return Optional.empty();
        }
        Located<BigDecimal> words = numberBefore(text, wordEnd);
        Located<Form> currency = formAfter(text, scaleAt + scale.text().length(), true);
        if (words == null || currency == null || !Character.isLetter(currency.item().text().charAt(0))) {
            return Optional.empty();
        }
        BigDecimal number = words.item();
        int start = words.start();
        if ((number.equals(BigDecimal.ONE)) && start >= 5 && text.regionMatches(true, start - 5, "half ", 0, 5)
                && NameTrie.startsWord(text, start - 5)) {
            number = new BigDecimal("0.5");
            start -= 5;
        }
        Money money = new Money(number.scaleByPowerOfTen(scale.power()).stripTrailingZeros(), currency.item().code(),
                bound(text, start));
        return Optional.of(new Found(new Span(start, currency.end()), money));
    }

    /**
     * The number that words ending at {@code end} write: a number word ("two", "fifty"), tens and units joined by a
     * hyphen ("twenty-five"), hundreds ("two hundred", "a hundred") and hundreds with the rest after "and" ("three
     * hundred and fifty"); null when the word before {@code end} is no number word.
     */
    private Located<BigDecimal> numberBefore(String text, int end) {
        Located<BigDecimal> last = belowHundred(text, end);
        if (last == null) {
            return null;
        }
        if (last.item().intValue() == HUNDRED) {
            return hundreds(text, last.start(), end);
        }
        int and = last.start() - " and ".length();
        if (and > 0 && text.regionMatches(true, and, " and ", 0, " and ".length())) {
            Located<BigDecimal> hundred = belowHundred(text, and);
            if (hundred != null && hundred.item().intValue() == HUNDRED) {
                Located<BigDecimal> whole = hundreds(text, hundred.start(), and);
                return new Located<>(whole.item().add(last.item()), whole.start(), last.end());
            }
        }
        return last;
    }

    /** "hundred" at {@code start}, with the number or "a" before it that counts the hundreds. */
    private Located<BigDecimal> hundreds(String text, int start, int end) {
        Located<BigDecimal> count = start > 1 && text.charAt(start - 1) == ' ' ? belowHundred(text, start - 1) : null;
        if (count != null && count.item().intValue() < HUNDRED) {
            return new Located<>(count.item().multiply(BigDecimal.valueOf(HUNDRED)), count.start(), end);
        }
        boolean article = start >= 2 && text.regionMatches(true, start - 2, "a ", 0, 2) && NameTrie.startsWord(text, start - 2);
        return new Located<>(BigDecimal.valueOf(HUNDRED), article ? start - 2 : start, end);
    }

    /** The number word, or tens and units joined by a hyphen, that ends at {@code end}; null when none does. */
    private Located<BigDecimal> belowHundred(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        BigDecimal number = numberWords.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        if (number == null) {
            return null;
        }
        if (number.intValue() < 10 && start > 1 && text.charAt(start - 1) == '-') {
            int tensStart = start - 1;
            while (tensStart > 0 && Character.isLetter(text.charAt(tensStart - 1))) {
                tensStart--;
            }
            BigDecimal tens = numberWords.get(text.substring(tensStart, start - 1).toLowerCase(Locale.ROOT));
            if (tens != null && tens.intValue() >= 20 && tens.intValue() < HUNDRED && tens.intValue() % 10 == 0) {
                return new Located<>(tens.add(number), tensStart, end);
            }
        }
        return new Located<>(number, start, end);
    }

    /** The next place from {@code from} where {@code word} stands as a whole word, in any case; -1 if none. */
    private static int indexOfWord(String text, String word, int from) {
        for (int at = indexIgnoringCase(text, word, from); at >= 0; at = indexIgnoringCase(text, word, at + 1)) {
            if (NameTrie.startsWord(text, at) && NameTrie.endsWord(text, at + word.length())) {
                return at;
            }
        }
        return -1;
    }

    private static int indexIgnoringCase(String text, String word, int from) {
        for (int at = from; at + word.length() <= text.length(); at++) {
            at = text.indexOf(word.charAt(0), at);
            if (at < 0) {
                return -1;
            }
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at;
            }
        }
        return -1;
    }

    private Found withRangeAndBound(String text, Amount first) {
        boolean between = precededBy(text, first.start(), "between");
        Amount second = rangeEnd(text, first, between);
        if (second == null) {
            BigDecimal units = first.value().scaleByPowerOfTen(first.power());
            Money money = new Money(units, first.code(), bound(text, first.start()));
            return new Found(new Span(first.start(), first.end()), money);
        }
        int power = first.power() == 0 ? second.power() : first.power();
        BigDecimal low = first.value().scaleByPowerOfTen(power);
        BigDecimal high = second.value().scaleByPowerOfTen(second.power());
        Money money = new Money(low.max(high), first.code(), Bound.APPROXIMATE);
        return new Found(new Span(first.start(), second.end()), money);
    }

    /** The amount whose number starts at {@code digit}, with its currency, or null when it has none. */
    private Amount amountAt(String text, int digit) {
        Located<Form> before = formBefore(text, digit);
        int numEnd = numberEnd(text, digit);
        BigDecimal value = new BigDecimal(text.substring(digit, numEnd).replace(",", ""));
        Located<Scale> scale = scaleAt(text, numEnd);
        int end = scale == null ? numEnd : scale.end();
        boolean grouped = text.substring(digit, numEnd).indexOf(',') >= 0;
        Located<Form> after = formAfter(text, end, scale != null || grouped);
        if (before == null && (after == null || scale == null && looksLikeYear(text, digit, numEnd))) {
            return null;
        }
        int start = before == null ? digit : before.start();
        end = after == null ? end : after.end();
        String code = before != null ? before.item().code() : after.item().code();
        return new Amount(start, end, value, scale == null ? 0 : scale.item().power(), code);
    }

    /** The second figure of a range that starts right after {@code first}, or null. */
    private Amount rangeEnd(String text, Amount first, boolean between) {
        int sep = separatorEnd(text, skipSpaces(text, first.end()), between);
        if (sep < 0) {
            return null;
        }
        int j = skipSpaces(text, sep);
        Located<Form> before = formStartingAt(text, j);
        int digit = before == null ? j : skipSpaces(text, before.end());
        if (digit >= text.length() || !Character.isDigit(text.charAt(digit))) {
            return null;
        }
        Amount second = amountAt(text, digit);
        if (second == null) {
            int numEnd = numberEnd(text, digit);
            Located<Scale> scale = scaleAt(text, numEnd);
            if (scale == null) {
                return null;
            }
            BigDecimal v = new BigDecimal(text.substring(digit, numEnd).replace(",", ""));
            second = new Amount(digit, scale.end(), v, scale.item().power(), first.code());
        }
        return second.code().equals(first.code()) ? second : null;
    }

    private static int separatorEnd(String text, int i, boolean between) {
        if (i < text.length() && "-–—".indexOf(text.charAt(i)) >= 0) {
            return i + 1;
        }
        if (text.startsWith("to ", i)) {
            return i + 2;
        }
        if (between && text.startsWith("and ", i)) {
            return i + 3;
        }
        return -1;
    }

    private Bound bound(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT).stripTrailing();
        for (Qualifier q : qualifiers) {
            int at = before.length() - q.phrase().length();
            if (before.endsWith(q.phrase()) && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return q.bound();
            }
        }
        return Bound.EXACT;
    }

    /** The currency form that ends right before {@code digit}, or one space before it. */
    private Located<Form> formBefore(String text, int digit) {
        Located<Form> f = formEndingAt(text, digit);
        if (f == null && digit > 0 && text.charAt(digit - 1) == ' ') {
            f = formEndingAt(text, digit - 1);
        }
        return f;
    }

    private Located<Form> formEndingAt(String text, int end) {
        for (Form f : forms) {
            int s = end - f.text().length();
            if (f.before() && s >= 0 && text.startsWith(f.text(), s) && formMayStart(text, s, f)) {
                return new Located<>(f, s, end);
            }
        }
        return null;
    }

    private Located<Form> formStartingAt(String text, int at) {
        for (Form f : forms) {
            if (f.before() && text.startsWith(f.text(), at) && formMayStart(text, at, f)) {
                return new Located<>(f, at, at + f.text().length());
            }
        }
        return null;
    }

    private static boolean formMayStart(String text, int s, Form f) {
        return !Character.isLetter(f.text().charAt(0)) || NameTrie.startsWord(text, s);
    }

    /** The currency word or code one space after {@code end}. */
    private Located<Form> formAfter(String text, int end, boolean scaledOrGrouped) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return null;
        }
        int at = end + 1;
        for (Form f : forms) {
            if (f.after() && (scaledOrGrouped || !f.scaled()) && matchesAt(text, at, f.text())
                    && NameTrie.endsWord(text, at + f.text().length())) {
                return new Located<>(f, at, at + f.text().length());
            }
        }
        return null;
    }

    /** The scale right after the number, or after one space when the scale may stand apart. */
    private Located<Scale> scaleAt(String text, int numEnd) {
        for (Scale s : scales) {
            if (matchesAt(text, numEnd, s.text()) && NameTrie.endsWord(text, numEnd + s.text().length())) {
                return new Located<>(s, numEnd, numEnd + s.text().length());
            }
            int at = numEnd + 1;
            if (!s.attached() && numEnd < text.length() && text.charAt(numEnd) == ' ' && matchesAt(text, at, s.text())
                    && NameTrie.endsWord(text, at + s.text().length())) {
                return new Located<>(s, at, at + s.text().length());
            }
        }
        return null;
    }

    /** Lower-case forms of three or more characters match in any case; every other form exactly. */
    private static boolean matchesAt(String text, int at, String form) {
        boolean anyCase = form.length() >= 3 && form.equals(form.toLowerCase(Locale.ROOT));
        return text.regionMatches(anyCase, at, form, 0, form.length());
    }

    private static boolean numberMayStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return "$£€¥₹₩".indexOf(c) >= 0 || !Character.isLetterOrDigit(c) && c != '.' && c != ',';
    }

    /** The end of the number at {@code i}: digits, comma-grouped thousands, an optional decimal part. */
    private static int numberEnd(String text, int i) {
        int j = digitsEnd(text, i);
        while (j + 4 <= text.length() && text.charAt(j) == ',' && digitsEnd(text, j + 1) == j + 4) {
            j += 4;
        }
        if (j + 1 < text.length() && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
            j = digitsEnd(text, j + 1);
        }
        return j;
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean looksLikeYear(String text, int start, int end) {
        if (end - start != 4) {
            return false;
        }
        int year = Integer.parseInt(text.substring(start, end));
        return year >= 1900 && year <= 2100;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean precededBy(String text, int end, String word) {
        String before = text.substring(Math.max(0, end - word.length() - 2), end).stripTrailing();
        return before.toLowerCase(Locale.ROOT).endsWith(word);
    }
}
