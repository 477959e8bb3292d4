package org.dealgraph.rdf;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals in the lexical forms TDB2 gives back, so that what is written can be found again to delete. */
public final class Literals {

    private Literals() {
    }

    /**
     * An xsd:decimal in its canonical lexical form, never with an exponent ("2500000000.0", "0.75"). TDB2
     * stores decimals by value and gives them back in canonical form; a literal written in another form
     * ("2500000000") would then not be found again to delete, and a replaced graph would keep it.
     */
    public static Node decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String lexical = stripped.scale() > 0 ? stripped.toPlainString() : stripped.toPlainString() + ".0";
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** An xsd:integer. */
    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
