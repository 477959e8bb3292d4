package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations dealgraph knows by name (the data file {@code organizations.tsv}): canonical names,
 * aliases, kinds, Wikidata IDs and parents. Immutable and shared: {@link #load()} reads the file once.
 */
public final class Gazetteer {

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(Lexicon.rows("organizations.tsv"),
                Lexicon.words("ambiguous-aliases.txt"));
    }

    private static final Set<String> LEGAL_WORDS = Set.of("inc", "corp", "corporation", "co", "company", "ltd",
            "limited", "plc", "llc", "lp", "group", "holdings", "sa", "se", "ag", "nv", "gmbh", "the");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> exact = new HashMap<>();
    private final Map<String, GazetteerEntry> loose = new HashMap<>();
    private final NameTrie<GazetteerEntry> trie = new NameTrie<>();
    private final Set<String> ambiguous;

    Gazetteer(List<String[]> rows, Set<String> ambiguous) {
        List<GazetteerEntry> all = new ArrayList<>();
        for (String[] row : rows) {
            GazetteerEntry entry = entry(row);
            all.add(entry);
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

    private static GazetteerEntry entry(String[] row) {
        if (row.length < 3) {
            throw new IllegalStateException("organizations.tsv: too few columns for " + row[0]);
        }
        List<String> aliases = row[1].isEmpty() ? List.of() : Arrays.asList(row[1].split("\\|"));
        Optional<String> wikidata = row.length > 3 && !row[3].isEmpty() ? Optional.of(row[3]) : Optional.empty();
        Optional<String> parent = row.length > 4 && !row[4].isEmpty() ? Optional.of(row[4]) : Optional.empty();
        return new GazetteerEntry(row[0], aliases.stream().map(String::strip).toList(), row[2], wikidata, parent);
    }

    /** A loose key: lower case, words only, without a leading "the" or trailing legal words. */
    static String key(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replace("'s", "").split("[^\\p{L}\\p{N}&]+");
        List<String> kept = new ArrayList<>(Arrays.asList(words));
        kept.removeIf(String::isEmpty);
        if (!kept.isEmpty() && kept.get(0).equals("the")) {
            kept.remove(0);
        }
        while (kept.size() > 1 && LEGAL_WORDS.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }
}
