package org.dealgraph.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in units of an ISO 4217 currency: "$38bn" is {@code 38000000000 USD}.
 *
 * @param amount   the amount in currency units, never negative
 * @param currency the ISO 4217 code, three upper-case letters
 * @param bound    how the text qualified it
 */
public record Money(BigDecimal amount, String currency, Bound bound) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bound, "bound");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
        amount = amount.stripTrailingZeros();
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency, Bound.EXACT);
    }
}
