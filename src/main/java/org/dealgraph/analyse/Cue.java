package org.dealgraph.analyse;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.dealgraph.lexicon.Row;

/**
 * The small closed lists of cue words that the name finders look for around a capitalised run (the data file
 * {@code cue-words.tsv}, where each list is documented): one constant a list, named as the file names it
 * ({@code LIST_LINK} is {@code list-link}). The file is read once, when the first cue is asked for; a list
 * the file lacks, or a list it names that is no cue, fails then.
 */
enum Cue {
    HEADLINE_LOWER, LIST_LINK, NAME_LINK, POSSESSIVE, OWNED, UNIT_WORD, HOLDING, INVESTOR_NOUN, APPOSITION_OPENER,
    VERB_COMPANION, OBJECT_PREPOSITION, DEAL_NOUN, PARTY_PREPOSITION, TAKEN_OF, TAKEN_IN, CLAUSE_BOUNDARY,
    NAME_PARTICLE, NOT_BEFORE_SPEAKER, DETERMINER, HEAD_OF_END, APPOSITION_ADVERB, TITLE_COMPLEMENT, TITLE_OF,
    UNIT_NOUN, INNER_LINK, HONOUR_WORD, WEB_ENDING, COPULA, PRODUCT_NOUN, LISTED_FUND, ATTRIBUTION_VERB, RELATIVE_WORD,
    SUBORDINATOR, FOUNDED_WORD, FOUNDED_BRIDGE, LETTERED_NOUN, NAMING_WORD, HOLDER_TITLE, PERSON_RELATIVE, PROJECT_WORD, OWNER_PRONOUN,
    BODY_VERB, JOINED_PERSON_AFTER, TITLE_TIME, TITLE_AND, TITLE_AT, HIRING_VERB, WHICH_ORG_VERB, AMOUNT_WORD, OWNER_NOUN,
    VALUED_BRIDGE, TITLE_DESCRIPTOR, THING_PRONOUN, AUXILIARY, OWNED_PREFIX, VALUING, SELLING_VERB;

    private static final String FILE = "cue-words.tsv";
    private static final Map<Cue, Set<String>> WORDS = load();

    /** Whether {@code word} is one of this list's words, exactly as written. */
    boolean has(String word) {
        return WORDS.get(this).contains(word);
    }

    /** The list's name in the data file. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<Cue, Set<String>> load() {
        Map<String, Cue> byName = new HashMap<>();
        for (Cue cue : values()) {
            byName.put(cue.fileName(), cue);
        }
        Map<Cue, Set<String>> words = new EnumMap<>(Cue.class);
        for (Row row : Lexicon.read(FILE, Column.required("cue").oneOf(byName.keySet()).unique(),
                Column.required("words"))) {
            if (row.items(1, "|").contains("")) {
                throw row.error("empty word in list '" + row.get(0) + "'");
            }
            words.put(byName.get(row.get(0)), Set.copyOf(row.items(1, "|")));
        }
        for (Cue cue : values()) {
            if (!words.containsKey(cue)) {
                throw new IllegalStateException(Lexicon.resource(FILE) + ": no list '" + cue.fileName() + "'");
            }
        }
        return words;
    }
}
