package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationSuffixesTest {

    private final OrganizationSuffixes suffixes = OrganizationSuffixes.load();

    @Test
    void eachUseTakesOnlyTheWordsMarkedForIt() {
        assertTrue(suffixes.legal().contains("S.A."));
        assertFalse(suffixes.nameEnds().contains("S.A."), "a bare 'S.A.' ends no unknown name");
        assertTrue(suffixes.nameEnds().contains("Robotics"));
        assertFalse(suffixes.legal().contains("Robotics"), "Robotics is part of the name, not its legal form");
        assertTrue(suffixes.keyWords().contains("holding"));
        assertFalse(suffixes.lookupWords().contains("holding"));
    }

    @Test
    void keyAndLookupCompareFoldedForms() {
        assertTrue(suffixes.keyWords().contains("llc"), "L.L.C. and LLC are one key word");
        assertTrue(suffixes.lookupWords().contains("sa"));
        assertFalse(suffixes.keyWords().contains("Inc."));
    }

    @Test
    void aNamesLastWordMaySayItsType() {
        assertEquals(Optional.of("fund"), suffixes.typeOf("Northwind Capital"));
        assertEquals(Optional.of("bank"), suffixes.typeOf("Northwind Bank"));
        assertEquals(Optional.of("government body"), suffixes.typeOf("Harbour Roads and Transit Authority"));
        assertEquals(Optional.empty(), suffixes.typeOf("Northwind Robotics"), "a trade says no type");
        assertEquals(Optional.empty(), suffixes.typeOf("Capital One Street"), "only the last word counts");
    }

    @Test
    void theGazetteerLookupAndTheKeysStripThem() {
        Gazetteer gazetteer = Gazetteer.load();
        assertEquals("northwind robotics", gazetteer.key("Northwind Robotics Holdings"));
        assertEquals("northwind holding", gazetteer.key("Northwind Holding"), "'holding' is a key word only");
    }
}
