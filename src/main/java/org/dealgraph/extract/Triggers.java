package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;

/** The trigger lexicon ({@code triggers.tsv}), loaded once; finds the triggers of a sentence. Immutable. */
final class Triggers {

    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final java.util.Set<String> POSSESSIVE_MARKS = WordLists.get("possessive-marks");
    private static final Set<String> POSSESSIVE_DETERMINERS = WordLists.get("owner-determiners");

    /** The triggers by their first word, each list in the lexicon's order. */
    private final Map<String, List<Trigger>> byFirstWord;
    /** Each family and form of the lexicon with the first row that gives it, for messages. */
    private final Map<Rule.TriggerKey, Row> keys;

    private Triggers(List<Trigger> triggers, Map<Rule.TriggerKey, Row> keys) {
        this.keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        Map<String, List<Trigger>> index = new HashMap<>();
        for (Trigger t : triggers) {
            index.computeIfAbsent(t.words().get(0), w -> new ArrayList<>()).add(t);
        }
        index.replaceAll((w, list) -> List.copyOf(list));
        this.byFirstWord = Map.copyOf(index);
    }

    /** The triggers of {@code triggers.tsv} and the passive verbs of {@code role-verbs.tsv} ({@link RoleVerbs}). */
    static Triggers load() {
        List<Trigger> all = new ArrayList<>();
        Map<Rule.TriggerKey, Row> keys = new LinkedHashMap<>();
        read(Lexicon.BASE + "triggers.tsv", all, keys);
        RoleVerbs.addTo(all, keys);
        return new Triggers(all, keys);
    }

    /** The triggers of the classpath resource {@code resource}: a family and a form of {@link Trigger}, phrases, prepositions. */
    static Triggers load(String resource) {
        List<Trigger> all = new ArrayList<>();
        Map<Rule.TriggerKey, Row> keys = new LinkedHashMap<>();
        read(resource, all, keys);
        return new Triggers(all, keys);
    }

    private static void read(String resource, List<Trigger> all, Map<Rule.TriggerKey, Row> keys) {
        for (Row row : Lexicon.read(resource, Column.required("family").oneOf(Trigger.FAMILIES),
                Column.required("form").oneOf(Trigger.FORMS), Column.required("phrases"), Column.required("preps"))) {
            Set<String> preps = row.get(3).equals("-") ? Set.of() : Set.copyOf(row.items(3, ","));
            keys.putIfAbsent(new Rule.TriggerKey(row.get(0), row.get(1)), row);
            for (List<String> phrase : Lexicon.phrases(row.get(2))) {
                all.add(new Trigger(row.get(0), row.get(1), phrase, preps));
            }
        }
    }

    /** These triggers and {@code more} (the words a rule file declares for its kind), found alike. */
    Triggers with(List<Trigger> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Trigger> all = new ArrayList<>();
        byFirstWord.values().forEach(all::addAll);
        all.addAll(more);
        return new Triggers(all, keys);
    }

    /**
     * The one-word phrases of the family and form {@code key} in the lexicon that {@link #load()} reads, for Java
     * that reads such words as a list ({@link AsFrame}: the verbs of joining).
     */
    static Set<String> words(Rule.TriggerKey key) {
        Set<String> words = new java.util.HashSet<>();
        for (List<Trigger> list : Default.LEXICON.byFirstWord.values()) {
            list.stream().filter(t -> t.key().equals(key) && t.words().size() == 1).forEach(t -> words.add(t.words().get(0)));
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("the trigger lexicon has no one-word phrase of " + key);
        }
        return Set.copyOf(words);
    }

    /** The lexicon {@link #load()} reads, loaded when {@link #words} first asks for it. */
    private static final class Default {
        static final Triggers LEXICON = load();
    }

    /** The families and forms of the lexicon, as rule files name them. */
    Set<Rule.TriggerKey> keys() {
        return keys.keySet();
    }

    /**
     * Fails on the first family and form of the lexicon that nothing in {@code read} (what the rule files and
     * the Java code read) asks for: such triggers would be found and never used, most likely a typo.
     */
    void checkRead(Set<Rule.TriggerKey> read) {
        for (Map.Entry<Rule.TriggerKey, Row> e : keys.entrySet()) {
            if (!read.contains(e.getKey())) {
                throw e.getValue().error("trigger '" + e.getKey().family() + " " + e.getKey().form()
                        + "' is read by no rule file and no callback");
            }
        }
    }

    /**
     * Every trigger in the sentence, in text order; where several start at one chunk of the same family the
     * longest wins, and a match does not start inside a longer match of its family.
     */
    List<TriggerMatch> find(ChunkedSentence s) {
        List<TriggerMatch> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (Trigger t : startingAt(s, i)) {
                int end = s.matchAt(i, t.words());
                if (end > 0 && !covered(found, t, i, end) && fitsPartOfSpeech(s, t, i, end)) {
                    int at = i;
                    found.removeIf(m -> m.trigger().family().equals(t.family()) && m.start() == at && m.end() < end);
                    found.add(new TriggerMatch(t, i, end));
                }
            }
        }
        return found;
    }

    /** The triggers whose first word stands at chunk {@code i}: the only ones that can match there. */
    private List<Trigger> startingAt(ChunkedSentence s, int i) {
        Chunk.Kind kind = s.get(i).kind();
        if (kind != Chunk.Kind.WORD && kind != Chunk.Kind.TITLE) {
            return List.of();
        }
        return byFirstWord.getOrDefault(s.lower(i), List.of());
    }

    /**
     * A one-word verb trigger needs a verb there, a one-word noun trigger anything but a verb ("purchase"), a
     * one-word trigger of joining or working a word the tagger takes for a verb, one of hiring or of a team a word
     * (not a title); a noun trigger that owns what follows it ("the venture's partners", "the deal's terms") tells
     * no fact of its own.
     */
    private static boolean fitsPartOfSpeech(ChunkedSentence s, Trigger t, int start, int end) {
        if (t.form().equals("noun") && end < s.size() && s.wordAt(end, POSSESSIVE_MARKS)) {
            return false;
        }
        if (end - start != 1) {
            return true;
        }
        boolean verb = s.get(start).isVerb() || participleAfterAmount(s, start) || infinitive(s, start)
                || gerundAfterPreposition(s, start);
        return switch (t.form()) {
            case "join", "work" -> s.get(start).isVerb() || gerundAfterPreposition(s, start) || personThenOrganization(s, start);
            case "hire", "team" -> s.get(start).kind() == Chunk.Kind.WORD;
            case "noun" -> !verb || s.get(start).pos().equals("AUX") || nounPlace(s, start);
            case "verb" -> verb || !s.get(start).pos().equals("NOUN") || betweenOrganizations(s, t, start);
            default -> true;
        };
    }

    /**
     * "Acme buys Contoso", "Acme partners with Contoso" (in headlines the tagger takes such a word for a noun): a
     * word right after an organization and right before another or before the trigger's preposition is its verb.
     */
    private static boolean betweenOrganizations(ChunkedSentence s, Trigger t, int i) {
        if (i == 0 || i + 1 >= s.size() || !s.get(i - 1).isOrg() || s.get(i - 1).possessive()) {
            return false;
        }
        Chunk next = s.get(i + 1);
        return next.isOrg() || next.kind() == Chunk.Kind.WORD && t.preps().contains(next.lower());
    }

    /**
     * "A has deals with B", "signed deals with", "new deals", "$5bn deals" (the tagger takes such a plural for a
     * verb): a word after a form of "have", a verb, a determiner, an adjective, a number, a proper noun that names
     * nothing ("Series C round") or an amount is a noun; so is one after a determiner and a word the tagger took
     * for an adverb ("its first deal with"), and one between "with" and "from" ("with backing from A").
     */
    private static boolean nounPlace(ChunkedSentence s, int i) {
        if (i == 0) {
            return false;
        }
        if (s.get(i - 1).isWord("with") && s.wordAt(i + 1, Set.of("from"))) {
            return true;
        }
        Chunk before = s.get(i - 1);
        return before.kind() == Chunk.Kind.MONEY || before.kind() == Chunk.Kind.WORD
                && (Set.of("VERB", "DET", "ADJ", "NUM", "PROPN").contains(before.pos()) || HAVE.contains(before.lower())
                        || before.pos().equals("ADV") && i >= 2 && (s.get(i - 2).pos().equals("DET")
                                || s.wordAt(i - 2, POSSESSIVE_DETERMINERS)));
    }

    /** "P heads A's unit" (the tagger takes "heads" for a noun): a word between a person and an organization. */
    private static boolean personThenOrganization(ChunkedSentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.get(i - 1).kind() == Chunk.Kind.PERSON && !s.get(i - 1).possessive()
                && s.get(i + 1).isOrg();
    }

    /**
     * "agreed to acquire B" (the tagger, misled by the name before, took "acquire" for a noun): a word in its base
     * form right after "to" is a verb. A noun form there ("to purchase") reads as a verb too, as it is one.
     */
    private static boolean infinitive(ChunkedSentence s, int i) {
        return i > 0 && s.get(i - 1).isWord("to") && s.get(i).kind() == Chunk.Kind.WORD && !s.get(i).lower().endsWith("s")
                && !s.get(i).lower().endsWith("ed") && !s.get(i).lower().endsWith("ing");
    }

    /**
     * "Besides running A", "after leading A" (the tagger takes such a word for a noun): a word in "-ing" between a
     * preposition and an organization is a verb.
     */
    private static boolean gerundAfterPreposition(ChunkedSentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.get(i - 1).kind() == Chunk.Kind.WORD && s.get(i - 1).pos().equals("ADP")
                && s.get(i).kind() == Chunk.Kind.WORD && s.get(i).lower().endsWith("ing") && s.get(i + 1).isOrg();
    }

    /** "spend $2bn backing B": a word in "-ing" right after an amount is a verb, whatever the tagger says. */
    private static boolean participleAfterAmount(ChunkedSentence s, int i) {
        return i > 0 && s.get(i - 1).kind() == Chunk.Kind.MONEY && s.get(i).kind() == Chunk.Kind.WORD
                && s.get(i).lower().endsWith("ing");
    }

    private static boolean covered(List<TriggerMatch> found, Trigger t, int start, int end) {
        for (TriggerMatch m : found) {
            if (m.trigger().family().equals(t.family()) && m.start() <= start && end <= m.end()
                    && (m.start() < start || m.end() > end || m.trigger().form().equals(t.form()))) {
                return true;
            }
        }
        return false;
    }
}
