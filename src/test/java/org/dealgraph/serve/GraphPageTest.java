package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealgraph.export.EdgeKind;
import org.junit.jupiter.api.Test;

/** The graph view offers a box to tick for each kind of edge, named in words. */
class GraphPageTest {

    @Test
    void offersOneTickedBoxPerKindOfEdge() {
        String page = LinkedData.graphPage();
        for (EdgeKind kind : EdgeKind.values()) {
            assertTrue(page.contains("<label><input type=\"checkbox\" value=\"" + kind.label() + "\" checked> "
                    + kind.legend() + "</label>"), kind.toString());
        }
        Matcher boxes = Pattern.compile("type=\"checkbox\"").matcher(page);
        int n = 0;
        while (boxes.find()) {
            n++;
        }
        assertEquals(EdgeKind.values().size(), n);
        assertFalse(page.contains("<!--"), "a placeholder is left in the page");
        assertTrue(page.contains("<label><input type=\"checkbox\" value=\"invested-in\" checked> investments</label>"));
    }
}
