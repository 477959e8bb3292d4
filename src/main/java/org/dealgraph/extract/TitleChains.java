package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * Chains of titles ("co-founder and chief executive", "CEO, chairman", "an executive vice president and the chief
 * executive"): a title is a title mention or a noun of {@code role-nouns.tsv} ("co-founders", "spokesperson"),
 * the titles of a chain joined by {@code title-chain-links}, each after a link perhaps opened by an article. Read
 * once; immutable.
 */
final class TitleChains {

    private static final Set<String> CHAIN = WordLists.get("title-chain-links");
    /** "an executive vice president and the chief executive": an article may open each title of a chain. */
    private static final TitleChains INSTANCE = new TitleChains();

    private final Map<String, String> roleNouns;

    private TitleChains() {
        Map<String, String> nouns = new HashMap<>();
        for (Row row : Lexicon.read(Lexicon.BASE + "role-nouns.tsv", Column.required("word").unique(),
                Column.required("title"))) {
            nouns.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
        }
        this.roleNouns = Map.copyOf(nouns);
    }

    static TitleChains get() {
        return INSTANCE;
    }

    /** A title mention, or a word of {@code role-nouns.tsv} ("co-founders", "spokesperson"). */
    boolean title(ChunkedSentence s, int i) {
        Chunk c = s.get(i);
        return c.kind() == Chunk.Kind.TITLE || c.kind() == Chunk.Kind.WORD && roleNouns.containsKey(c.lower());
    }

    /** The title a chunk of a chain gives: its mention's, else its role noun's. */
    String name(Chunk c) {
        return c.mention().map(m -> m.name()).orElseGet(() -> roleNouns.getOrDefault(c.lower(), c.text()));
    }

    /** Whether the title at {@code i} continues a chain begun before it. */
    boolean inChain(ChunkedSentence s, int i) {
        return i >= 2 && title(s, i - 2) && s.wordAt(i - 1, CHAIN) || title(s, i - 1)
                || i >= 3 && title(s, i - 3) && s.wordAt(i - 2, CHAIN) && s.wordAt(i - 1, Looks.ARTICLES);
    }

    /** The chain of titles from the title at {@code first}. */
    List<Integer> from(ChunkedSentence s, int first) {
        List<Integer> titles = new ArrayList<>(List.of(first));
        int last = first;
        while (true) {
            int next = last + 1 < s.size() && title(s, last + 1) ? last + 1
                    : last + 2 < s.size() && s.wordAt(last + 1, CHAIN) && title(s, last + 2) ? last + 2
                    : last + 3 < s.size() && s.wordAt(last + 1, CHAIN) && s.wordAt(last + 2, Looks.ARTICLES) && title(s, last + 3)
                    ? last + 3 : -1;
            if (next < 0) {
                return titles;
            }
            titles.add(next);
            last = next;
        }
    }

    /** The chain that starts at {@code end} or past words of {@code fillers} after it ("as its new CTO"); empty if none. */
    List<Integer> after(ChunkedSentence s, int end, Set<String> fillers) {
        int k = end;
        while (k < s.size() && s.wordAt(k, fillers)) {
            k++;
        }
        return k < s.size() && title(s, k) ? from(s, k) : List.of();
    }
}
