package org.dealgraph.gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph's facts, from the CSV answers of the competency queries (one list of rows per kind, columns as the
 * query contract names them), as claims over canonical name keys. A deal or funding round is one claim per
 * node (all its parties, all its stated amounts); an investment or acquisition is one claim per stated value;
 * entities, roles, partnerships and subsidiaries are sets of names or pairs. Rows missing a name are skipped.
 */
final class GraphClaims {

    private final Names names;
    private final Map<Kind, List<Map<String, String>>> rows;

    GraphClaims(Names names, Map<Kind, List<Map<String, String>>> rows) {
        this.names = names;
        this.rows = rows;
    }

    List<Claim> claims(Kind kind) {
        return switch (kind) {
            case ORGANIZATIONS -> List.copyOf(nodesByName(kind, "org").keySet().stream().map(Claim::of).toList());
            case PEOPLE -> List.copyOf(nodesByName(kind, "person").keySet().stream().map(Claim::of).toList());
            case ROLES -> List.copyOf(titles().keySet().stream().map(p -> new Claim(p, Set.of())).toList());
            case PARTNERSHIPS -> pairs(kind, "orgName", "partnerName", true);
            case SUBSIDIARIES -> pairs(kind, "parentName", "subsidiaryName", false);
            case DEALS -> nodes(kind, "deal", "partyName");
            case FUNDINGS -> nodes(kind, "round", "investeeName");
            case INVESTMENTS -> valuedPairs(kind, "investorName", "investeeName");
            case ACQUISITIONS -> valuedPairs(kind, "acquirerName", "targetName");
        };
    }

    /** Entity nodes by canonical name: more than one node under a name is an entity that was not merged. */
    Map<String, Set<String>> nodesByName(Kind kind, String nodeColumn) {
        Map<String, Set<String>> nodes = new LinkedHashMap<>();
        for (Map<String, String> row : rows(kind)) {
            String name = row.get("name");
            if (name != null) {
                nodes.computeIfAbsent(names.canon(name), k -> new HashSet<>()).add(row.getOrDefault(nodeColumn, name));
            }
        }
        return nodes;
    }

    /** Each (person, organization) pair with the titles the graph gives it (null for a role without one). */
    Map<List<String>, Set<String>> titles() {
        Map<List<String>, Set<String>> titles = new LinkedHashMap<>();
        for (Map<String, String> row : rows(Kind.ROLES)) {
            if (row.get("personName") != null && row.get("orgName") != null) {
                titles.computeIfAbsent(List.of(names.canon(row.get("personName")), names.canon(row.get("orgName"))),
                        k -> new HashSet<>()).add(row.get("title"));
            }
        }
        return titles;
    }

    /** Each funding round node: who raised, the amounts raised and the valuations stated. */
    List<Round> rounds() {
        Map<String, Round> rounds = new LinkedHashMap<>();
        for (Map<String, String> row : rows(Kind.FUNDINGS)) {
            Round round = rounds.computeIfAbsent(row.get("round"), k -> new Round(new LinkedHashSet<>(),
                    new HashSet<>(), new HashSet<>()));
            if (row.get("investeeName") != null) {
                round.raisedBy().add(names.canon(row.get("investeeName")));
            }
            money(row, "amount", "currency").ifPresent(round.amounts()::add);
            String currency = row.containsKey("valuationCurrency") ? "valuationCurrency" : "currency";
            money(row, "valuation", currency).ifPresent(round.valuations()::add);
        }
        return List.copyOf(rounds.values());
    }

    /** A funding round node as the scorer sees it. */
    record Round(Set<String> raisedBy, Set<Money> amounts, Set<Money> valuations) {
    }

    private List<Claim> pairs(Kind kind, String left, String right, boolean unordered) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Map<String, String> row : rows(kind)) {
            if (row.get(left) != null && row.get(right) != null) {
                List<String> pair = new ArrayList<>(List.of(names.canon(row.get(left)), names.canon(row.get(right))));
                if (unordered) {
                    pair.sort(null);
                }
                pairs.add(List.copyOf(pair));
            }
        }
        return pairs.stream().map(p -> new Claim(p, Set.of())).toList();
    }

    private List<Claim> nodes(Kind kind, String nodeColumn, String nameColumn) {
        Map<String, Set<String>> parties = new LinkedHashMap<>();
        Map<String, Set<Money>> values = new LinkedHashMap<>();
        for (Map<String, String> row : rows(kind)) {
            String node = row.get(nodeColumn);
            Set<String> named = parties.computeIfAbsent(node, k -> new LinkedHashSet<>());
            Set<Money> stated = values.computeIfAbsent(node, k -> new HashSet<>());
            if (row.get(nameColumn) != null) {
                named.add(names.canon(row.get(nameColumn)));
            }
            money(row, "amount", "currency").ifPresent(stated::add);
        }
        return parties.keySet().stream().map(n -> new Claim(List.copyOf(parties.get(n)), values.get(n))).toList();
    }

    private List<Claim> valuedPairs(Kind kind, String left, String right) {
        Set<Claim> claims = new LinkedHashSet<>();
        for (Map<String, String> row : rows(kind)) {
            if (row.get(left) != null && row.get(right) != null) {
                List<String> pair = List.of(names.canon(row.get(left)), names.canon(row.get(right)));
                claims.add(new Claim(pair, money(row, "amount", "currency").map(Set::of).orElse(Set.of())));
            }
        }
        return List.copyOf(claims);
    }

    private static java.util.Optional<Money> money(Map<String, String> row, String number, String currency) {
        String raw = row.get(number);
        if (raw == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Money(Double.parseDouble(raw), row.get(currency)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + number + " " + raw + " is not a number", e);
        }
    }

    private List<Map<String, String>> rows(Kind kind) {
        return rows.getOrDefault(kind, List.of());
    }
}
