package org.dealgraph.gold;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a graph against a corpus's gold, corpus-wide, by the rules of the project's shared scorer: names
 * through the gold aliases, ignoring case, accents, punctuation, a leading "the" and corporate suffixes;
 * organizations and people as sets of names; roles, subsidiaries, investments and acquisitions as directed
 * pairs (an investment or acquisition once per stated value); partnerships as unordered pairs; deals one to
 * one by exactly their parties and, where stated, their value (within 1%, same currency); funding rounds one
 * to one by who raised and, where stated, how much. Optional gold facts are neither right when found nor
 * missed when not. Titles, valuations and values-ignored figures are notes beside the table, not scores.
 */
public final class GoldScorer {

    private GoldScorer() {
    }

    /**
     * @param gold the folder of gold files and {@code aliases.json}
     * @param answers per query base name ({@code organizations}, {@code deals}...) its CSV answer
     */
    public static Scorecard score(java.nio.file.Path gold, Map<String, String> answers) {
        Map<Kind, List<Map<String, String>>> rows = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.ALL) {
            rows.put(kind, CsvTable.rows(answers.getOrDefault(kind.key(), "")));
        }
        return score(Gold.read(gold), rows);
    }

    static Scorecard score(Gold gold, Map<Kind, List<Map<String, String>>> rows) {
        GraphClaims graph = new GraphClaims(gold.names(), rows);
        Map<Kind, Judge.Verdict> verdicts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.ALL) {
            verdicts.put(kind, Judge.judge(graph.claims(kind), gold.required(kind), gold.optional(kind),
                    matcher(kind), kind.isOneToOne()));
        }
        return new Scorecard(verdicts, notes(gold, graph));
    }

    static Judge.Arguments matcher(Kind kind) {
        return switch (kind) {
            case PARTNERSHIPS -> Judge::eitherWay;
            case DEALS -> Judge::sameParties;
            default -> Judge::inOrder;
        };
    }

    private static List<String> notes(Gold gold, GraphClaims graph) {
        List<String> notes = new ArrayList<>();
        notes.add(duplicates(gold, graph, Kind.ORGANIZATIONS, "org"));
        notes.add(duplicates(gold, graph, Kind.PEOPLE, "person"));
        notes.add(titles(gold, graph));
        notes.add(withoutValues(gold, graph, Kind.DEALS, "deals, parties only"));
        notes.add(valuations(gold, graph));
        notes.add(withoutValues(gold, graph, Kind.INVESTMENTS, "investments, pairs only"));
        notes.add(withoutValues(gold, graph, Kind.ACQUISITIONS, "acquisitions, pairs only"));
        return notes;
    }

    private static String duplicates(Gold gold, GraphClaims graph, Kind kind, String nodeColumn) {
        int extra = graph.nodesByName(kind, nodeColumn).entrySet().stream()
                .filter(e -> gold.required(kind).stream().anyMatch(g -> g.args().get(0).contains(e.getKey())))
                .mapToInt(e -> e.getValue().size() - 1).sum();
        return kind.key() + ": " + extra + " extra nodes for entities that should be one node";
    }

    /** Of the required roles the graph holds that have a gold title, how many carry one of its titles. */
    private static String titles(Gold gold, GraphClaims graph) {
        Map<List<String>, Set<String>> titles = graph.titles();
        int titled = 0;
        int right = 0;
        for (GoldFact role : gold.required(Kind.ROLES)) {
            if (role.title() == null || role.title().isEmpty()) {
                continue;
            }
            List<Set<String>> held = titles.entrySet().stream().filter(e -> Judge.inOrder(e.getKey(), role.args()))
                    .map(Map.Entry::getValue).toList();
            if (!held.isEmpty()) {
                Set<String> given = new HashSet<>();
                held.forEach(given::addAll);
                titled++;
                Set<String> wanted = List.of(role.title().split("\\|")).stream().map(Names::title).collect(Collectors.toSet());
                right += given.stream().anyMatch(t -> t != null && wanted.contains(Names.title(t))) ? 1 : 0;
            }
        }
        return "roles: titles right for " + right + " of " + titled + " found roles that have a gold title";
    }

    /** Of the required rounds the graph finds that have a gold valuation, how many carry it. */
    private static String valuations(Gold gold, GraphClaims graph) {
        int valued = 0;
        int right = 0;
        for (GoldFact round : gold.required(Kind.FUNDINGS)) {
            if (round.valuations().isEmpty()) {
                continue;
            }
            List<GraphClaims.Round> hits = graph.rounds().stream()
                    .filter(r -> r.raisedBy().size() == 1 && round.args().get(0).contains(r.raisedBy().iterator().next()))
                    .filter(r -> Money.found(r.amounts(), round.values())).toList();
            if (!hits.isEmpty()) {
                valued++;
                right += hits.stream().anyMatch(r -> r.valuations().stream().anyMatch(v -> v.matchesAny(round.valuations())))
                        ? 1 : 0;
            }
        }
        return "fundings: valuations right for " + right + " of " + valued + " found rounds that have a gold valuation";
    }

    private static String withoutValues(Gold gold, GraphClaims graph, Kind kind, String label) {
        List<Claim> bare = graph.claims(kind).stream().map(c -> new Claim(c.args(), Set.of())).toList();
        List<Claim> claims = kind.isOneToOne() ? bare : bare.stream().distinct().toList();
        Tally t = Judge.judge(claims, bare(gold.required(kind)), bare(gold.optional(kind)), matcher(kind),
                kind.isOneToOne()).tally();
        return String.format(Locale.ROOT, "%s (values ignored): P %.2f R %.2f F1 %.2f", label, t.precision(),
                t.recall(), t.f1());
    }

    private static List<GoldFact> bare(List<GoldFact> facts) {
        return facts.stream().map(f -> new GoldFact(f.args(), List.of(), null, List.of(), f.optional())).toList();
    }
}
