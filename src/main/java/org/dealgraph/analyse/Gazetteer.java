package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The organizations dealgraph knows by name (the data file {@code organizations.tsv}): canonical names,
 * aliases, kinds, Wikidata IDs and parents. Immutable and shared: {@link #load()} reads the file once.
 */
public final class Gazetteer {

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(rows(types()), Lexicon.words("ambiguous-aliases.txt"),
                OrganizationSuffixes.load().lookupWords());
    }

    private static final String FILE = "organizations.tsv";
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern NOT_KEY_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private final List<GazetteerEntry> entries;
    private final Set<String> lookupWords;
    private final Set<String> canonical = new HashSet<>();
    private final Map<String, GazetteerEntry> exact = new HashMap<>();
    private final Map<String, GazetteerEntry> loose = new HashMap<>();
    private final NameTrie<GazetteerEntry> trie = new NameTrie<>();
    private final Set<String> ambiguous;

    Gazetteer(List<Row> rows, Set<String> ambiguous, Set<String> lookupWords) {
        this.lookupWords = Set.copyOf(lookupWords);
        List<GazetteerEntry> all = new ArrayList<>();
        for (Row row : rows) {
            GazetteerEntry entry = entry(row);
            all.add(entry);
            canonical.add(entry.canonical());
            for (String name : entry.names()) {
                exact.putIfAbsent(name, entry);
                loose.putIfAbsent(key(name), entry);
                trie.put(name, entry);
            }
        }
        this.entries = List.copyOf(all);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** The gazetteer, read from the classpath on first use. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /** Every entry, in file order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * The entry that has {@code name} as its canonical name or an alias; failing an exact match, one whose
     * name equals it ignoring case, punctuation, a leading "the" and legal suffixes ("Nvidia Corp." finds Nvidia).
     */
    public Optional<GazetteerEntry> lookup(String name) {
        GazetteerEntry hit = exact.get(name.strip());
        if (hit == null) {
            String k = key(name);
            hit = k.isEmpty() ? null : loose.get(k);
        }
        return Optional.ofNullable(hit);
    }

    /** The longest gazetteer name starting at {@code start} of {@code text} and ending on a word boundary. */
    Optional<NameTrie.Hit<GazetteerEntry>> longestAt(CharSequence text, int start) {
        return trie.longestAt(text, start);
    }

    /** Whether this exact name is also a common word or place and needs context to count. */
    boolean isAmbiguous(String name) {
        return ambiguous.contains(name);
    }

    /** The kinds of organization ({@code organization-types.tsv}): the closed set of the gazetteer's types. */
    public static Set<String> types() {
        Set<String> types = new HashSet<>();
        for (Row row : Lexicon.read("organization-types.tsv", Column.required("type").unique(),
                Column.required("covers"))) {
            types.add(row.get(0));
        }
        return Set.copyOf(types);
    }

    /**
     * The rows of {@code organizations.tsv}, checked: a known type, a Wikidata ID of the form "Q123", and a
     * parent that is the canonical name of another entry.
     */
    private static List<Row> rows(Set<String> types) {
        List<Row> rows = Lexicon.read(FILE, Column.required("canonical name").unique(), Column.optional("aliases"),
                Column.required("type").oneOf(types), Column.optional("Wikidata ID"), Column.optional("parent"),
                Column.optional("field"));
        Set<String> canonical = new HashSet<>();
        rows.forEach(row -> canonical.add(row.get(0)));
        for (Row row : rows) {
            if (row.items(1, "|").contains("")) {
                throw row.error("empty alias in '" + row.get(1) + "'");
            }
            if (row.has(3) && !WIKIDATA.matcher(row.get(3)).matches()) {
                throw row.error("bad Wikidata ID '" + row.get(3) + "' (expected Q and a number)");
            }
            if (row.has(4) && !canonical.contains(row.get(4))) {
                throw row.error("unknown parent '" + row.get(4) + "' (not a canonical name of " + FILE + ")");
            }
        }
        return rows;
    }

    private static GazetteerEntry entry(Row row) {
        List<String> aliases = row.items(1, "|");
        Optional<String> wikidata = row.has(3) ? Optional.of(row.get(3)) : Optional.empty();
        Optional<String> parent = row.has(4) ? Optional.of(row.get(4)) : Optional.empty();
        Optional<String> field = row.has(5) ? Optional.of(row.get(5)) : Optional.empty();
        return new GazetteerEntry(row.get(0), aliases, row.get(2), wikidata, parent, field);
    }

    /** Whether {@code name} is the canonical name of an entry. */
    boolean isCanonical(String name) {
        return canonical.contains(name);
    }

    /**
     * A loose key: lower case, words only, without a leading "the" or trailing words that the suffixes mark
     * for the lookup (a trailing "the" goes too, as in "Acme, the").
     */
    String key(String name) {
        String[] words = NOT_KEY_WORD.split(name.toLowerCase(Locale.ROOT).replace("'s", ""));
        List<String> kept = new ArrayList<>(Arrays.asList(words));
        kept.removeIf(String::isEmpty);
        if (!kept.isEmpty() && kept.get(0).equals("the")) {
            kept.remove(0);
        }
        while (kept.size() > 1 && (lookupWords.contains(kept.get(kept.size() - 1))
                || kept.get(kept.size() - 1).equals("the"))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }
}
