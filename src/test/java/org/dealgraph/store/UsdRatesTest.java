package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsdRatesTest {

    @Test
    void convertsAnAmountAtItsCurrencysRate() {
        UsdRates rates = UsdRates.read(UsdRates.TABLE);
        assertEquals(0, new BigDecimal("108000000").compareTo(rates.inUsd(new BigDecimal("100000000"), "EUR")));
        assertEquals(0, new BigDecimal("5").compareTo(rates.inUsd(new BigDecimal("5"), "USD")));
    }

    @Test
    void keepsAnAmountInACurrencyTheTableLacks() {
        assertEquals(new BigDecimal("750"), UsdRates.read(UsdRates.TABLE).inUsd(new BigDecimal("750"), "XYZ"));
    }

    @Test
    void aBadRateIsAnErrorNamingTheFileAndLine() {
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> UsdRates.read("/org/dealgraph/store/bad-usd-rates.tsv"));
        assertTrue(error.getMessage().contains("bad-usd-rates.tsv") && error.getMessage().contains("3")
                && error.getMessage().contains("about one"), error.getMessage());
    }
}
