package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Role;

/**
 * Roles told by a passive verb ({@code role-verbs.tsv}): "A is a daily podcast hosted by P and Q" (hosts of A),
 * "join the research team of A, overseen by CTO P" (P, CTO at A). The organization is the nearest one before
 * the verb in its clause; titles standing between "by" and the people are theirs, else the verb's title.
 */
final class RoleVerbRules implements RuleCallback {

    private static final int REACH = 8;

    private record Verb(List<String> words, Optional<String> title) {
    }

    private final List<Verb> verbs;

    RoleVerbRules() {
        List<Verb> all = new ArrayList<>();
        for (Row row : Lexicon.read(Lexicon.BASE + "role-verbs.tsv", Column.required("phrase").unique(),
                Column.required("title"))) {
            Optional<String> title = row.get(1).equals("-") ? Optional.empty() : Optional.of(row.get(1));
            for (List<String> phrase : Lexicon.phrases(row.get(0))) {
                all.add(new Verb(phrase, title));
            }
        }
        this.verbs = List.copyOf(all);
    }

    @Override
    public List<Fact> apply(SentenceFacts f, Optional<TriggerMatch> trigger, Rules r) {
        ChunkedSentence s = f.chunks();
        List<Fact> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            for (Verb v : verbs) {
                int end = s.matchAt(i, v.words());
                if (end > 0) {
                    roles(f, out, r.get("role-verb-by"), s, i, end, v.title());
                }
            }
        }
        return out;
    }

    private void roles(SentenceFacts f, List<Fact> out, Rule rule, ChunkedSentence s, int verb, int end, Optional<String> verbTitle) {
        int org = organizationBefore(s, verb);
        List<String> titles = new ArrayList<>();
        int k = end;
        while (k < s.size() && (s.get(k).kind() == Chunk.Kind.TITLE || s.wordAt(k, java.util.Set.of("and", ",", "&")))) {
            s.get(k).mention().ifPresent(m -> titles.add(m.name()));
            k++;
        }
        if (org < 0 || k >= s.size() || s.get(k).kind() != Chunk.Kind.PERSON) {
            return;
        }
        List<Optional<String>> named = titles.isEmpty() ? List.of(verbTitle) : titles.stream().map(Optional::of).toList();
        EntityRef organization = s.get(org).ref();
        for (int p : s.groupFrom(k, true)) {
            if (s.get(p).kind() != Chunk.Kind.PERSON) {
                continue;
            }
            for (Optional<String> title : named) {
                out.add(new Role(s.get(p).ref(), organization, title, f.provenance(rule, org, p + 1)));
            }
        }
    }

    /** The nearest organization before the verb in its clause, not a possessive and with no person between. */
    private static int organizationBefore(ChunkedSentence s, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - REACH && s.sameClause(k, verb); k--) {
            Chunk c = s.get(k);
            if (c.kind() == Chunk.Kind.PERSON || c.isVerb() && !c.isWord("is") && !c.isWord("was")) {
                return -1;
            }
            if (c.isOrg()) {
                return c.possessive() ? -1 : k;
            }
        }
        return -1;
    }
}
