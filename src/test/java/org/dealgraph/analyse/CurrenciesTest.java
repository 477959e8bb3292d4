package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The currency forms: one file gives the money grammar its forms and the tokenizer its symbols. */
class CurrenciesTest {

    @Test
    void symbolsAreTheOneCharacterFormsBeforeANumber() {
        Set<String> symbols = Currencies.symbols().codePoints().mapToObj(Character::toString).collect(Collectors.toSet());
        assertEquals(Set.of("$", "£", "€", "¥", "₹", "₩"), symbols);
    }

    @Test
    void eachShownFormStandsBeforeTheNumberOnceACode() {
        var shown = Currencies.rows().stream().filter(r -> Currencies.marked(r, "shown")).toList();
        assertEquals(shown.size(), shown.stream().map(r -> r.get(1)).distinct().count());
        shown.forEach(r -> assertEquals(false, r.get(2).equals("after"), r.get(0)));
    }
}
