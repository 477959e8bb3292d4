package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The organizations and people whose preferred or other name contains a text, without case; shorter matching
 * names first, then by name, at most {@value #LIMIT}. Over a store that cannot change while served, the names are
 * read once, in the background from the first search on, and searched in memory (a few megabytes for a hundred
 * thousand articles); until then, and over a store that may change, each search is the query {@code search.rq},
 * which reads every name in the store.
 */
final class NameSearch {

    /** One entity found: its IRI, its preferred name (the IRI when it has none) and its type in words. */
    record Match(String iri, String label, String type) {
    }

    static final int LIMIT = 20;
    private static final Query SEARCH = TextFiles.query("search.rq");
    private static final Query NAMES = TextFiles.query("names.rq");

    private final UnionQueries queries;
    private final Optional<GraphSource> indexed;
    private final AtomicReference<List<Named>> index = new AtomicReference<>();
    private final AtomicReference<Map<String, Match>> entities = new AtomicReference<>();
    private final AtomicBoolean reading = new AtomicBoolean();

    /** A name of an entity, lower-cased for the search. */
    private record Named(String folded, int length, Match match) {
    }

    private NameSearch(UnionQueries queries, Optional<GraphSource> indexed) {
        this.queries = queries;
        this.indexed = indexed;
    }

    /** A search that asks the store each time. */
    static NameSearch querying(UnionQueries queries) {
        return new NameSearch(queries, Optional.empty());
    }

    /**
     * A search that reads every name of {@code source} once, in a background thread started by the first search,
     * then searches them in memory.
     */
    static NameSearch indexing(GraphSource source, UnionQueries queries) {
        return new NameSearch(queries, Optional.of(source));
    }

    /** Whether searches are answered from memory. */
    boolean indexed() {
        return index.get() != null;
    }

    /**
     * The organization or person {@code iri} with its preferred name and type, once the names are in memory; empty
     * before (and then starts reading them), or when the store has no such entity.
     */
    Optional<Optional<Match>> entity(String iri) {
        Map<String, Match> known = entities.get();
        if (known == null) {
            indexed.ifPresent(this::startReading);
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(known.get(iri)));
    }

    /** The entities whose names contain {@code text}. */
    List<Match> find(String text) {
        List<Named> names = index.get();
        if (names == null) {
            indexed.ifPresent(this::startReading);
            return queried(text);
        }
        String folded = text.toLowerCase(Locale.ROOT);
        Map<String, Named> best = new HashMap<>();
        for (Named named : names) {
            if (named.folded().contains(folded)) {
                best.merge(named.match().iri(), named, (a, b) -> a.length() <= b.length() ? a : b);
            }
        }
        return best.values().stream().sorted(Comparator.comparingInt(Named::length)
                        .thenComparing(n -> n.match().label()))
                .limit(LIMIT).map(Named::match).toList();
    }

    /**
     * Reads the names in a thread of its own unless one does already; one that fails (the store closed as the
     * server stopped) leaves the search asking the store, and the next search starts another.
     */
    private void startReading(GraphSource source) {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                List<Named> names = read(source);
                Map<String, Match> byIri = new HashMap<>();
                names.forEach(n -> byIri.putIfAbsent(n.match().iri(), n.match()));
                entities.set(Map.copyOf(byIri));
                index.set(names);
            } finally {
                reading.set(index.get() != null);
            }
        }, "dealgraph-name-index");
        reader.setDaemon(true);
        reader.start();
    }

    private List<Match> queried(String text) {
        List<Match> found = new ArrayList<>();
        for (Binding row : queries.select(SEARCH, Map.of("text", NodeFactory.createLiteralString(text)))) {
            found.add(match(row));
        }
        return found;
    }

    private static Match match(Binding row) {
        Node label = UnionQueries.get(row, "label");
        String iri = UnionQueries.get(row, "node").getURI();
        return new Match(iri, label == null ? iri : label.getLiteralLexicalForm(),
                UnionQueries.get(row, "type").getLiteralLexicalForm());
    }

    /** Every name of every organization and person, with the entity's preferred name and type. */
    private static List<Named> read(GraphSource source) {
        List<Named> names = new ArrayList<>();
        for (Binding row : source.select(NAMES, Map.of(), Optional.empty())) {
            String name = UnionQueries.get(row, "name").getLiteralLexicalForm();
            names.add(new Named(name.toLowerCase(Locale.ROOT), name.codePointCount(0, name.length()), match(row)));
        }
        return List.copyOf(names);
    }
}
