package org.dealgraph.serve;

import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.dealgraph.model.FactDate;

/**
 * Terms and values of the data as words for people: {@code dg:InTalks} as "in talks", {@code datePublished}
 * as "date published", {@code P7Y} as "7 years", a date as "November 2025".
 */
final class Words {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Words() {
    }

    /** A camel-cased local name in lower-case words: {@code InTalks} as "in talks", {@code roleName} as "role name". */
    static String ofName(String localName) {
        return localName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The local name of an IRI (after its last {@code #} or {@code /}) in words. */
    static String ofIri(String iri) {
        return ofName(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
    }

    /** An xsd:duration in words ({@code P7Y} "7 years", {@code P2Y6M} "2 years and 6 months"); the text itself when not one. */
    static String duration(String lexical) {
        Period period;
        try {
            period = Period.parse(lexical);
        } catch (DateTimeParseException e) {
            return lexical;
        }
        List<String> parts = new ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        if (parts.isEmpty()) {
            return lexical;
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void unit(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (Math.abs(count) == 1 ? "" : "s"));
        }
    }

    /**
     * When a date literal falls, in words: the month of a day or a month ({@code 2025-11-03} and {@code 2025-11} as
     * "November 2025"), the year of a bare year; empty when the node is no date.
     */
    static Optional<String> month(Node date) {
        return date(date).map(Words::month);
    }

    /** A date's month ("November 2025"), or its year alone when only the year is known. */
    static String month(FactDate date) {
        return date.precision() == FactDate.Precision.YEAR ? String.valueOf(date.year()) : date.first().format(MONTH);
    }

    /** A date literal (xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime) as a date of its precision. */
    static Optional<FactDate> date(Node node) {
        if (node == null || !node.isLiteral()) {
            return Optional.empty();
        }
        return FactDate.parse(node.getLiteralLexicalForm());
    }

    /** Whether the literal is an xsd:duration. */
    static boolean isDuration(Node node) {
        return node.isLiteral() && XSDDatatype.XSDduration.getURI().equals(node.getLiteralDatatypeURI());
    }

    /** The text with its first letter in upper case. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
