package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.analyse.GazetteerEntry;
import org.dealgraph.analyse.OrganizationSuffixes;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Subsidiary;

/**
 * The callbacks of {@code ownership.yaml}, look-ups no operator makes: the units a plural unit noun lists ("A,
 * whose subsidiaries include B and C"), "A's B" where the gazetteer names A as B's parent (the text then plainly
 * implies it), and a name that extends a known organization's name ("Acme Cloud", "Acme Japan", "Acme for
 * Science" beside Acme) as a unit of it.
 */
final class OwnershipRules {

    /** The words between a plural unit noun and the units it lists: "include", "such as", "like", "are". */
    private static final Set<String> LIST_OPENERS = WordLists.get("unit-list-openers");
    private static final Set<String> NOT_UNIT_ENDINGS = WordLists.get("not-unit-endings");

    private final Gazetteer gazetteer;

    private OwnershipRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The callbacks by name; each returns its facts. */
    static Map<String, RuleCallback> callbacks(Gazetteer gazetteer) {
        OwnershipRules o = new OwnershipRules(gazetteer);
        return Map.of(
                "subsidiary-known-parent", (f, t, r) -> o.knownParents(f, r.get("subsidiary-known-parent")),
                "subsidiary-name-extends", (f, t, r) -> o.extendedNames(f, r.get("subsidiary-name-extends")),
                "subsidiary-units-listed", (f, t, r) -> t.map(trigger -> unitsListed(f, trigger,
                        r.get("subsidiary-units-listed"))).orElse(List.of()));
    }

    /**
     * "A, whose subsidiaries include B and C", "A's units such as B", "A spun out units like B": the organizations
     * that a plural unit noun lists after an including word are units of its owner (the possessive before it, else
     * the clause's subject, else the organization doing it in a phrase in -ing: "with A spinning out units like B").
     */
    private static List<Fact> unitsListed(SentenceFacts f, TriggerMatch t, Rule rule) {
        ChunkedSentence s = f.chunks();
        List<String> words = t.trigger().words();
        if (!words.get(words.size() - 1).endsWith("s")) {
            return List.of();
        }
        int j = t.end();
        while (j < s.size() && j < t.end() + 3 && s.wordAt(j, LIST_OPENERS)) {
            j++;
        }
        if (j == t.end() || j >= s.size() || !s.get(j).isOrg()) {
            return List.of();
        }
        List<Integer> units = s.groupFrom(j, false);
        int owner = s.possessiveBefore(t.start());
        List<Integer> parents = owner >= 0 ? List.of(owner) : s.subjectBefore(t.start(), false);
        if (parents.isEmpty()) {
            int agent = gerundAgent(s, t.start());
            parents = agent >= 0 ? List.of(agent) : List.of();
        }
        List<Fact> out = new ArrayList<>();
        if (parents.size() != 1 || !s.get(parents.get(0)).isOrg()) {
            return out;
        }
        EntityRef parent = s.get(parents.get(0)).ref();
        for (int unit : units) {
            if (s.get(unit).isOrg() && !s.get(unit).ref().equals(parent)) {
                out.add(new Subsidiary(parent, s.get(unit).ref(), f.provenance(rule, Math.min(parents.get(0), t.start()),
                        unit + 1)));
            }
        }
        return out;
    }

    /**
     * The organization right before the verb in -ing whose object the unit noun at {@code noun} heads, past the
     * verb's particle and the noun's modifiers: A in "with A spinning out other units like B", or -1.
     */
    private static int gerundAgent(ChunkedSentence s, int noun) {
        int k = noun - 1;
        while (k > 0 && s.get(k).kind() == Chunk.Kind.WORD && !s.get(k).isVerb()
                && (s.get(k).pos().equals("ADJ") || s.get(k).pos().equals("DET") || s.get(k).pos().equals("ADP")
                        || s.get(k).pos().equals("ADV") || s.get(k).pos().equals("PART"))) {
            k--;
        }
        boolean gerund = k > 0 && s.get(k).isVerb() && s.get(k).lower().endsWith("ing");
        return gerund && s.get(k - 1).isOrg() && !s.get(k - 1).possessive() ? k - 1 : -1;
    }

    /**
     * Whether {@code longer} is {@code shorter} followed by more words: "Acme Cloud" extends "Acme"; "Acme
     * Inc.", "Acme Group" and "Acme Fund 2" do not (legal and corporate words, and a fund's number, make no
     * other organization).
     */
    static boolean extendsName(String longer, String shorter) {
        if (!longer.startsWith(shorter + " ")) {
            return false;
        }
        Set<String> corporate = OrganizationSuffixes.load().keyWords();
        for (String w : longer.substring(shorter.length() + 1).split("\\s+")) {
            if (!corporate.contains(w.toLowerCase(Locale.ROOT).replace(".", "")) && !w.matches("\\d+|[IVX]+")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organization whose name is a known organization's name and more words ("Acme Research"), beside a
     * mention of that organization: a unit of it, unless the gazetteer knows the longer name as the same organization or as another's unit.
     */
    private List<Fact> extendedNames(SentenceFacts f, Rule rule) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).isOrg() || s.get(i).ref().kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            String name = s.get(i).ref().name();
            Optional<GazetteerEntry> own = gazetteer.lookup(name);
            Optional<String> parent = knownPrefix(name).filter(p -> named(f, p));
            if (parent.isPresent() && !NOT_UNIT_ENDINGS.contains(lastWord(name)) && own.map(e -> e.parent().equals(parent) && !e.canonical().equals(parent.get()))
                    .orElse(true)) {
                out.add(new Subsidiary(EntityRef.organization(parent.get()), s.get(i).ref(), f.provenance(rule, i, i + 1)));
            }
        }
        return out;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the organization is named beside its unit: in the sentence, earlier in the article, or as the
     * article's main one.
     */
    private static boolean named(SentenceFacts f, String organization) {
        ChunkedSentence s = f.chunks();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isOrg() && s.get(i).ref().name().equals(organization)) {
                return true;
            }
        }
        return f.context().lastNamed().containsKey(organization)
                || f.context().mainOrganization().map(m -> m.name().equals(organization)).orElse(false);
    }

    /** The canonical name of the longest known organization whose name the name extends, if any. */
    private Optional<String> knownPrefix(String name) {
        String[] words = name.split(" ");
        for (int n = words.length - 1; n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
            Optional<GazetteerEntry> known = gazetteer.lookup(prefix);
            if (known.isPresent() && extendsName(name, prefix) && gazetteer.lookup(name).map(e -> e != known.get()).orElse(true)) {
                return known.map(GazetteerEntry::canonical);
            }
        }
        return Optional.empty();
    }

    /** "A's B" where the gazetteer says A owns B. */
    private List<Fact> knownParents(SentenceFacts f, Rule rule) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).isOrg() && s.get(i).possessive() && s.get(i + 1).isOrg()) {
                Optional<String> parent = gazetteer.lookup(s.get(i + 1).ref().name()).flatMap(GazetteerEntry::parent);
                Optional<String> owner = gazetteer.lookup(s.get(i).ref().name()).map(GazetteerEntry::canonical);
                if (parent.isPresent() && parent.equals(owner)) {
                    out.add(new Subsidiary(s.get(i).ref(), s.get(i + 1).ref(), f.provenance(rule, i, i + 2)));
                }
            }
        }
        return out;
    }
}
