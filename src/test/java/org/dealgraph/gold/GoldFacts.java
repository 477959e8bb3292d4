package org.dealgraph.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns one annotation of a gold file into a {@link GoldFact}, by kind. */
final class GoldFacts {

    private final Names names;

    GoldFacts(Names names) {
        this.names = names;
    }

    GoldFact of(Kind kind, JsonNode raw) {
        boolean optional = raw.path("optional").asBoolean(false);
        return switch (kind) {
            case ORGANIZATIONS, PEOPLE -> plain(List.of(text(raw.isObject() ? raw.get("name") : raw)), optional);
            case ROLES -> new GoldFact(List.of(alt(raw.get("person")), alt(raw.get("org"))), List.of(),
                    raw.hasNonNull("title") ? raw.get("title").asText() : null, List.of(), optional);
            case PARTNERSHIPS, SUBSIDIARIES -> {
                JsonNode pair = raw.isObject() ? raw.get("pair") : raw;
                yield plain(List.of(text(pair.get(0)), text(pair.get(1))), optional);
            }
            case DEALS -> {
                List<Set<String>> parties = new ArrayList<>();
                raw.get("parties").forEach(p -> parties.add(alt(p)));
                yield new GoldFact(parties, values(raw), null, List.of(), optional);
            }
            case FUNDINGS -> new GoldFact(List.of(alt(raw.get("investee"))), values(raw), null, valuations(raw), optional);
            case INVESTMENTS -> pair(raw, "investor", "investee", optional);
            case ACQUISITIONS -> pair(raw, "acquirer", "target", optional);
        };
    }

    private GoldFact plain(List<String> args, boolean optional) {
        return new GoldFact(args.stream().map(names::alternatives).toList(), List.of(), null, List.of(), optional);
    }

    private GoldFact pair(JsonNode raw, String left, String right, boolean optional) {
        return new GoldFact(List.of(alt(raw.get(left)), alt(raw.get(right))), values(raw), null, List.of(), optional);
    }

    private Set<String> alt(JsonNode name) {
        return names.alternatives(text(name));
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("a gold name must be a string, not " + node);
        }
        return node.asText();
    }

    /** The stated amount and its alternatives ({@code alt}); none when the amount is null. */
    private static List<Money> values(JsonNode raw) {
        if (!raw.hasNonNull("amount")) {
            return List.of();
        }
        List<Money> values = new ArrayList<>();
        values.add(new Money(raw.get("amount").asDouble(), raw.path("currency").asText("USD")));
        for (JsonNode alt : raw.path("alt")) {
            values.add(new Money(alt.get(0).asDouble(), alt.get(1).asText()));
        }
        return values;
    }

    /** A round's valuation, in its own currency when given, else in the currency of the amount raised. */
    private static List<Money> valuations(JsonNode raw) {
        if (!raw.hasNonNull("valuation")) {
            return List.of();
        }
        String currency = raw.hasNonNull("valuation_currency") ? raw.get("valuation_currency").asText()
                : raw.path("currency").asText("USD");
        return List.of(new Money(raw.get("valuation").asDouble(), currency));
    }
}
