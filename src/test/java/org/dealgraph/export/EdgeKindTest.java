package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** The edge kinds and the edges query agree with the registry of kinds of fact. */
class EdgeKindTest {

    @Test
    void everyKindOfFactGivesOneKindOfEdge() {
        for (FactKind kind : FactKind.values()) {
            EdgeKind edge = EdgeKind.named(kind.edge()).orElseThrow(() -> new AssertionError("no edge " + kind.edge()));
            assertTrue(edge.facts().contains(kind), kind.toString());
            assertEquals(kind.directed(), edge.directed(), kind + " and its edge disagree on direction");
        }
        for (EdgeKind edge : EdgeKind.values()) {
            assertTrue(!edge.facts().isEmpty(), edge + " comes from no kind of fact");
        }
        assertEquals(List.of(FactKind.INVESTMENT, FactKind.FUNDING_ROUND), EdgeKind.INVESTED_IN.facts());
    }

    @Test
    void edgesQueryReadsEachKindOfFactAsItsEdge() {
        String query = EdgeQuery.text();
        for (FactKind kind : FactKind.values()) {
            String block = "(?s)\\?fact a <" + Pattern.quote(DG.classOf(kind).getURI()) + "> ;((?!UNION).)*BIND \\(\""
                    + Pattern.quote(kind.edge()) + "\" AS \\?kind\\)";
            assertTrue(Pattern.compile(block).matcher(query).find(), "edges.rq does not read " + kind);
        }
        assertEquals(FactKind.values().length, query.split(Pattern.quote("} UNION {")).length, "one branch per kind of fact");
    }
}
