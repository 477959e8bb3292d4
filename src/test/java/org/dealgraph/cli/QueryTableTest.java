package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The query table: prefixed names, plain numbers aligned right, cut cells, a width it keeps to. */
class QueryTableTest {

    private static final String ID = "https://example.org/kg/";
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefix("kg", ID)
            .setNsPrefix("kgo", ID + "organization/");

    @Test
    void numbersArePlainWithoutTrailingZerosOrExponents() {
        assertEquals("1300000000", QueryTable.plainNumber("1300000000.0"));
        assertEquals("0.35", QueryTable.plainNumber("0.350"));
        assertEquals("2500000000", QueryTable.plainNumber("2.5E9"));
        assertEquals("0", QueryTable.plainNumber("0.0"));
        assertEquals("2025", QueryTable.plainNumber("2025"));
    }

    @Test
    void iriTakesTheLongestNamespaceAndOthersKeepTheirBrackets() {
        QueryTable table = new QueryTable(PREFIXES, 0);
        assertEquals("kgo:quillon-labs", table.text(NodeFactory.createURI(ID + "organization/quillon-labs")));
        assertEquals("kg:deal/a--b", table.text(NodeFactory.createURI(ID + "deal/a--b")));
        assertEquals("<urn:x:1>", table.text(NodeFactory.createURI("urn:x:1")));
        assertEquals("Quillon Labs", table.text(NodeFactory.createLiteralLang("Quillon Labs", "en")));
    }

    @Test
    void widestColumnIsCutFirstAndNumbersAlignRight() {
        Binding first = row(ID + "deal/quillon-labs--brightwater-robotics--2031", "120000000.0");
        Binding second = row(ID + "deal/ardent--nova", "5.5");
        assertEquals(List.of(
                "deal                           amount",
                "-----------------------------  ---------",
                "kg:deal/quillon-labs--bright…  120000000",
                "kg:deal/ardent--nova                 5.5"), table(40, first, second));
    }

    @Test
    void numbersAreNeverCutEvenWhenTheTableMustBeWiderThanAsked() {
        Binding row = row(ID + "deal/quillon-labs--brightwater-robotics--2031", "38000000000");
        assertEquals("kg:deal…  38000000000", table(12, row).get(2));
    }

    /** The lines of a table of ?deal and ?amount, {@code width} wide. */
    private static List<String> table(int width, Binding... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryTable(PREFIXES, width).write(ResultSet.adapt(RowSetStream.create(List.of(Var.alloc("deal"),
                Var.alloc("amount")), List.of(rows).iterator())), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Binding row(String deal, String amount) {
        return BindingFactory.builder().add(Var.alloc("deal"), NodeFactory.createURI(deal))
                .add(Var.alloc("amount"), NodeFactory.createLiteralDT(amount, XSDDatatype.XSDdecimal)).build();
    }
}
