package org.dealgraph.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;

/**
 * Bands of the dates acquisitions are listed under, so that {@code recent-acquisitions.rq} reads the newest without
 * dating every acquisition. An acquisition's date there is its earliest own date stated to the day, else to the
 * month, else to the year, else the publication date of its earliest article; its band ({@code dg:dateBand}, a
 * figure of its summary) is the first seven characters of that date as written ("2025-03", or "2024" for a year),
 * so a later date, compared as text the way the query orders them, never has a lower band. Beside them, one counter
 * per band ({@code dg:DateBandCount}) holds how many acquisitions with an acquirer and a target fall in it: the query
 * adds the counters up from the newest band down until they hold a hundred, and dates only the acquisitions of those
 * bands, found through the index on {@code dg:dateBand}.
 */
final class DateBands {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACQUISITION = DG.Acquisition.asNode();
    private static final Node DATE = DG.date.asNode();
    private static final Node FIRST_PUBLISHED = DG.firstPublished.asNode();
    private static final Node ACQUIRER = DG.acquirer.asNode();
    private static final Node TARGET = DG.target.asNode();
    private static final Node DATE_BAND = DG.dateBand.asNode();
    private static final Node BAND_COUNT = DG.DateBandCount.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:date-band-count:";
    /** The precisions of an own date, most precise first. */
    private static final List<String> PRECISIONS = List.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYearMonth.getURI(), XSDDatatype.XSDgYear.getURI());

    private DateBands() {
    }

    /** The predicate of the band figure. */
    static Node predicate() {
        return DATE_BAND;
    }

    /** The band of {@code fact}, an acquisition, from its summary triples {@code summary}; empty for other facts. */
    static Optional<String> bandOf(Node fact, Collection<Triple> summary) {
        boolean acquisition = summary.stream().anyMatch(t -> fact.equals(t.getSubject()) && TYPE.equals(t.getPredicate())
                && ACQUISITION.equals(t.getObject()));
        return acquisition ? listedBand(fact, summary) : Optional.empty();
    }

    /**
     * The first seven characters of the date {@code fact} is listed under, whatever its kind: its earliest own date
     * stated to the day, else to the month, else to the year, else its first article's publication date; empty when
     * it has none of them.
     */
    static Optional<String> listedBand(Node fact, Collection<Triple> summary) {
        String[] own = new String[PRECISIONS.size()];
        String published = null;
        for (Triple t : summary) {
            if (!fact.equals(t.getSubject())) {
                continue;
            }
            Node o = t.getObject();
            if (DATE.equals(t.getPredicate()) && o.isLiteral()) {
                int precision = PRECISIONS.indexOf(o.getLiteralDatatypeURI());
                if (precision >= 0 && (own[precision] == null || o.getLiteralLexicalForm().compareTo(own[precision]) < 0)) {
                    own[precision] = o.getLiteralLexicalForm();
                }
            } else if (FIRST_PUBLISHED.equals(t.getPredicate()) && o.isLiteral()) {
                published = o.getLiteralLexicalForm();
            }
        }
        String date = own[0] != null ? own[0] : own[1] != null ? own[1] : own[2] != null ? own[2] : published;
        return Optional.ofNullable(date).map(d -> d.length() > 7 ? d.substring(0, 7) : d);
    }

    /** The band figure of {@code fact} from its summary triples, if it has one. */
    static List<Triple> figure(Node fact, Collection<Triple> summary) {
        return bandOf(fact, summary).map(band -> List.of(Triple.create(fact, DATE_BAND,
                NodeFactory.createLiteralString(band)))).orElse(List.of());
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    /** The moves of acquisitions between bands over one write: only those with an acquirer and a target count. */
    static Tally<String> changes() {
        return Tally.of(NODE_PREFIX, BAND_COUNT, DATE_BAND, NodeFactory::createLiteralString, DateBands::counted);
    }

    /** The band {@code fact} counts under: its own, if it is an acquisition with an acquirer and a target. */
    private static List<String> counted(Node fact, Collection<Triple> summary) {
        boolean acquirer = summary.stream().anyMatch(t -> fact.equals(t.getSubject()) && ACQUIRER.equals(t.getPredicate()));
        boolean target = summary.stream().anyMatch(t -> fact.equals(t.getSubject()) && TARGET.equals(t.getPredicate()));
        return acquirer && target ? bandOf(fact, summary).stream().toList() : List.of();
    }
}
