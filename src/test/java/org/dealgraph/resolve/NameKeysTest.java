package org.dealgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a name, as keys are made of them, with and without letters outside ASCII. */
class NameKeysTest {

    @Test
    void foldsAccentsPossessivesAmpersandsAndDots() {
        assertEquals(List.of("zoe", "robotics", "and", "co"), NameKeys.words("Zoë’s Robotics & Co."));
        assertEquals(List.of("abc", "labs"), NameKeys.words("A.B.C. Labs"));
        assertEquals(List.of("quill", "data", "io"), NameKeys.words("  Quill's data-IO "));
    }

    @Test
    void asciiAndDecomposedNamesGiveTheSameWords() {
        assertEquals(NameKeys.words("Cafe Numerique"), NameKeys.words("Café Numérique"));
        assertEquals(NameKeys.words("Cafe Numerique"), NameKeys.words("Cafe\u0301 Nume\u0301rique"));
    }
}
