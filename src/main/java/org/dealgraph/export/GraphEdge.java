package org.dealgraph.export;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.model.FactDate;

/**
 * An edge of the property graph, read from one fact.
 *
 * @param kind     what the fact is
 * @param fact     the fact's IRI (a deal, investment, round, acquisition, partnership, ownership or role)
 * @param source   the IRI of the source node (investor, acquirer, parent, person; a party)
 * @param target   the IRI of the target node (investee, target, subsidiary, organization; another party)
 * @param amount   the amount the fact states, in units of {@code currency}
 * @param currency its ISO 4217 code, present exactly when {@code amount} is
 * @param date     the fact's date, when an article states one; of several, the most precise
 * @param title    a role's title or a funding round's series
 * @param status   the fact's status ({@code announced}, {@code completed}…), when known
 */
public record GraphEdge(EdgeKind kind, String fact, String source, String target, Optional<BigDecimal> amount,
                        Optional<String> currency, Optional<FactDate> date, Optional<String> title,
                        Optional<String> status) {

    public GraphEdge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        if (amount.isPresent() != currency.isPresent()) {
            throw new IllegalArgumentException("an amount needs its currency and a currency its amount: " + fact);
        }
    }

    /** The same edge with the more telling of its date and {@code other} (a full date over a bare year). */
    GraphEdge withDateOf(GraphEdge other) {
        Optional<FactDate> best = date.isEmpty() ? other.date : other.date
                .filter(d -> FactDate.MOST_TELLING_FIRST.compare(d, date.get()) < 0).or(() -> date);
        return new GraphEdge(kind, fact, source, target, amount, currency, best, title, status);
    }

    /** An identifier for the edge, stable across reads: the fact and the two ends. */
    public String id() {
        return fact + " " + source + " " + target;
    }

    /** Whether the edge touches the node {@code iri}. */
    public boolean touches(String iri) {
        return source.equals(iri) || target.equals(iri);
    }
}
