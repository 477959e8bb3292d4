package org.dealgraph.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/**
 * The words that end organization names (the data file {@code org-suffixes.tsv}), one vocabulary for every
 * use of it: legal forms ("Inc.", "plc"), words that make a capitalised run an organization ("Robotics",
 * "Capital"), words the resolve stage strips when it builds a key or an article leaves off a name it also
 * writes whole, words the gazetteer's loose lookup strips. The file says which use takes which word.
 * Immutable and shared: {@link #load()} reads it once.
 */
public final class OrganizationSuffixes {

    private static final String FILE = "org-suffixes.tsv";
    private static final List<String> USES = List.of("legal", "ends-name", "key", "lookup", "short");

    private static final class Holder {
        static final OrganizationSuffixes INSTANCE = new OrganizationSuffixes();
    }

    private final Set<String> legal = new HashSet<>();
    private final Set<String> nameEnds = new HashSet<>();
    private final Set<String> keyWords = new HashSet<>();
    private final Set<String> lookupWords = new HashSet<>();
    private final Set<String> shortWords = new HashSet<>();
    private final Map<String, String> types = new HashMap<>();

    private OrganizationSuffixes() {
        for (Row row : Lexicon.read(FILE, Column.required("form").unique(), Column.required("uses").eachOf(",", USES),
                Column.optional("type").oneOf(Gazetteer.types()))) {
            String form = row.get(0);
            if (row.has(2)) {
                if (!row.items(1, ",").contains("ends-name")) {
                    throw row.error("'" + form + "': only a word that ends a name gives it a type");
                }
                types.put(form, row.get(2));
            }
            for (String use : row.items(1, ",")) {
                switch (use) {
                    case "legal" -> legal.add(form);
                    case "ends-name" -> nameEnds.add(form);
                    case "key" -> keyWords.add(folded(form));
                    case "short" -> shortWords.add(folded(form));
                    default -> lookupWords.add(folded(form));
                }
            }
        }
    }

    /** The suffixes, read from the classpath on first use. */
    public static OrganizationSuffixes load() {
        return Holder.INSTANCE;
    }

    /** The words, folded (lower case, no dots: "llc"), that an organization's key leaves off the end of a name. */
    public Set<String> keyWords() {
        return Set.copyOf(keyWords);
    }

    /**
     * The words, folded, that an article may leave off the end of a name it also writes whole: "Northwind
     * Energy" and, later, "Northwind" are one organization there.
     */
    public Set<String> shortWords() {
        return Set.copyOf(shortWords);
    }

    /** Legal forms as written ("Corp.", "GmbH"): they follow a name without changing which organization it is. */
    Set<String> legal() {
        return Set.copyOf(legal);
    }

    /** Legal forms in lower case, dots kept ("corp.", "gmbh"): the words as another stage compares them. */
    public Set<String> legalLowerCase() {
        Set<String> lower = new HashSet<>();
        legal.forEach(form -> lower.add(form.toLowerCase(Locale.ROOT)));
        return Set.copyOf(lower);
    }

    /** Words as written that end an organization's name ("Robotics", "Inc."). */
    Set<String> nameEnds() {
        return Set.copyOf(nameEnds);
    }

    /**
     * The type of organization (of {@code organization-types.tsv}) that a name's last word says it is, if that word
     * says one: "Northwind Capital" is a fund, "Northwind Bank" a bank, "Northwind Robotics" says nothing.
     */
    Optional<String> typeOf(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return Optional.ofNullable(types.get(last));
    }

    /** The words, folded, that the gazetteer's loose lookup leaves off the end of a name. */
    Set<String> lookupWords() {
        return Set.copyOf(lookupWords);
    }

    /** A form as the key and the lookup compare it: lower case, without dots ("L.L.C." is "llc"). */
    private static String folded(String form) {
        return form.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
