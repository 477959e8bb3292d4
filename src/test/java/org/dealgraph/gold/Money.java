package org.dealgraph.gold;

import java.util.Collection;
import java.util.Locale;

/** An amount in units of a currency (ISO 4217, upper case). */
record Money(double amount, String currency) {

    Money {
        currency = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
    }

    /** True when this is one of the stated values: same currency, amount within 1% of it. */
    boolean matchesAny(Collection<Money> stated) {
        return stated.stream().anyMatch(g -> g.currency.equals(currency)
                && Math.abs(amount - g.amount) <= 0.01 * Math.abs(g.amount));
    }

    /** Precision side: a claim without a value is incomplete, not wrong; a value must be one the gold states. */
    static boolean precise(Collection<Money> claimed, Collection<Money> stated) {
        return claimed.isEmpty() || (!stated.isEmpty() && claimed.stream().anyMatch(v -> v.matchesAny(stated)));
    }

    /** Recall side: where the gold states a value, a claim must carry it. */
    static boolean found(Collection<Money> claimed, Collection<Money> stated) {
        return stated.isEmpty() || claimed.stream().anyMatch(v -> v.matchesAny(stated));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4g %s", amount, currency);
    }
}
