package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.Investment;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Role;
import org.dealgraph.model.Status;
import org.dealgraph.model.Subsidiary;

/**
 * The kinds of fact a rule file holds, each with the roles of its argument frame and how a rule's found
 * arguments become facts. Every kind has a frame; a rule that needs code names a callback instead.
 */
enum Frame implements RuleKind {

    /** "A acquired B": every acquirer buys every target; a price only for one of each. */
    ACQUISITION("acquisition", "acquirer", "target") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            return valued(f, t, rule, first, second, Acquisition::new);
        }
    },
    /**
     * "A invests in B": every investor in every investee; an amount only for one of each. None when a description
     * taken for an investee names one of the investors ("A and B will sell their stakes in the company", where "the
     * company" was read as A): the reference went astray.
     */
    INVESTMENT("investment", "investor", "investee") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            List<EntityRef> investors = f.refs(first);
            boolean astray = second.stream().anyMatch(i -> described(f.chunks().get(i)) && investors.contains(f.chunks().get(i).ref()));
            if (first.size() > 1 && astray) {
                return List.of();
            }
            return valued(f, t, rule, first, second, Investment::new);
        }
    },
    /**
     * "A's unit B": the parent owns the subsidiary; never a parent whose name extends the subsidiary's ("Acme
     * Energy" owning "Acme" is one organization named twice).
     */
    SUBSIDIARY("subsidiary", "parent", "child") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            List<Fact> out = new ArrayList<>();
            for (Fact fact : pairs(f, first, second, (a, b) -> new Subsidiary(a, b, f.provenance(rule, t, all(first, second))))) {
                Subsidiary sub = (Subsidiary) fact;
                if (!OwnershipRules.extendsName(sub.parent().name(), sub.subsidiary().name())) {
                    out.add(fact);
                }
            }
            return out;
        }
    },
    /**
     * "P founded A": each person of the group founded the organization; a co-founder when the trigger says so
     * ("co-founded") or the group names several.
     */
    FOUNDER("founder", "founder", "organization") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            ChunkedSentence s = f.chunks();
            int org = second.get(0);
            String title = first.size() > 1 || t.trigger().words().get(0).startsWith("co") ? "co-founder" : "founder";
            List<Fact> out = new ArrayList<>();
            for (int p : first) {
                if (s.get(p).kind() == Chunk.Kind.PERSON && s.get(org).isOrg()) {
                    out.add(new Role(s.get(p).ref(), s.get(org).ref(), Optional.of(title), f.provenance(rule, t, List.of(p, org))));
                }
            }
            return out;
        }
    },
    /**
     * "A signed a deal with B", "a deal between A and B", "A and B announced a partnership": an agreement among the
     * parties and counterparts, and a partnership between every party and every counterpart (among the parties
     * when there are none); see {@link DealRules#agreement}. The counterparts are optional.
     */
    DEAL("deal", 1, "parties", "counterparts") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            return DealRules.agreement(f, t, rule, first, second);
        }
    },
    /**
     * "A works with B", "A and B are partners": partners between every partner and every counterpart (among the
     * partners when there are none), with no agreement said to be signed. Written in the deal file.
     */
    PARTNERSHIP("partnership", 1, "partners", "counterparts") {
        @Override
        List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
            return DealRules.partnerships(f, t, rule, first, second);
        }
    },
    /**
     * An investor's share of the round told before, "A put in $X of the total": the investor joins the round (of
     * the sentence's other funding rules, else the article's last), and its investment is the share; see
     * {@link RoundShares}. Such a rule runs after the file's other rules; the rounds told anew are callbacks'.
     */
    FUNDING("funding", "investor", "share") {
        @Override
        public List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, Map<String, List<Integer>> found) {
            List<Integer> investor = found.get("investor");
            return investor.size() != 1 ? List.of() : RoundShares.complete(f, t, rule, investor.get(0), found.get("share").get(0));
        }

        @Override
        public boolean readsTold(Rule rule) {
            return rule.callback().isEmpty();
        }
    },
    /**
     * "P joined A", "A hired P", "a podcast hosted by CTO P": each person of the group holds a role at the
     * organization, one per chunk of the optional {@code title} role: a title mention or a noun of
     * {@code role-nouns.tsv} gives its title, the trigger (operator {@code trigger-word}) the title it gives ({@code role-verbs.tsv}: "hosted by" makes a host); with no
     * title role, or a trigger that gives none, the role has no title. Roles told by chains of titles are told by a
     * callback.
     */
    ROLE("role", 2, "person", "organization", "title") {
        @Override
        public List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, Map<String, List<Integer>> found) {
            ChunkedSentence s = f.chunks();
            List<Integer> titles = found.getOrDefault("title", List.of(t.start()));
            List<Optional<String>> named = titles.stream()
                    .map(k -> k >= t.start() && k < t.end() ? RoleVerbs.title(t) : Optional.of(TitleChains.get().name(s.get(k))))
                    .toList();
            List<Fact> out = new ArrayList<>();
            for (int org : found.get("organization")) {
                for (int p : found.get("person")) {
                    if (s.get(p).kind() == Chunk.Kind.PERSON && s.get(org).isOrg()
                            && !s.get(p).ref().name().equals(s.get(org).ref().name())) {
                        List<Integer> span = new ArrayList<>(titles);
                        span.addAll(List.of(org, p));
                        named.forEach(title -> out.add(new Role(s.get(p).ref(), s.get(org).ref(), title,
                                f.provenance(rule, t, span))));
                    }
                }
            }
            return out;
        }
    };

    private final String yamlName;
    private final List<String> roles;
    private final int required;

    Frame(String yamlName, String... roles) {
        this(yamlName, roles.length, roles);
    }

    Frame(String yamlName, int required, String... roles) {
        this.yamlName = yamlName;
        this.roles = List.of(roles);
        this.required = required;
    }

    @Override
    public List<String> requiredRoles() {
        return roles.subList(0, required);
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** Whether a rule of this kind may stand in a file of kind {@code file}: its own, or partnerships among deals. */
    @Override
    public boolean fitsIn(RuleKind file) {
        return this == file || this == PARTNERSHIP && file == DEAL;
    }

    @Override
    public List<String> roles() {
        return roles;
    }

    @Override
    public List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, Map<String, List<Integer>> found) {
        return build(f, t, rule, found.get(roles.get(0)), found.getOrDefault(roles.get(1), List.of()));
    }

    List<Fact> build(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second) {
        throw new IllegalStateException(yamlName + " facts are told by callbacks only");
    }

    /** A fact between two agents with an amount, a status, a date and provenance: an acquisition, an investment. */
    @FunctionalInterface
    private interface ValuedFact {
        Fact of(EntityRef first, EntityRef second, Optional<Money> money, Status status, Optional<FactDate> date,
                Provenance provenance);
    }

    /** One valued fact per pair; the amount only for one agent of each side, unless it is each pair's ("$X each"). */
    /** A description that stands for an organization named before ("the company"). */
    private static boolean described(Chunk c) {
        return c.mention().map(m -> m.type() == MentionType.DESCRIPTOR).orElse(false);
    }

    private static List<Fact> valued(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first, List<Integer> second,
                                     ValuedFact fact) {
        Optional<Money> money = single(f, first, second) || f.amountForEach(t) ? money(f, t, rule) : Optional.empty();
        Status status = status(f, t, rule, first);
        Provenance provenance = f.provenance(rule, t, all(first, second));
        return pairs(f, first, second, (a, b) -> fact.of(a, b, money, status, f.date(), provenance));
    }

    private static boolean single(SentenceFacts f, List<Integer> first, List<Integer> second) {
        return f.refs(first).size() == 1 && f.refs(second).size() == 1;
    }

    /** The amount the rule's money role gives the fact of trigger {@code t}. */
    static Optional<Money> money(SentenceFacts f, TriggerMatch t, Rule rule) {
        for (Argument unless : rule.moneyUnless()) {
            if (!unless.find(f.chunks(), f.triggers(), t, Map.of()).isEmpty()) {
                return Optional.empty();
            }
        }
        return switch (rule.money()) {
            case AMOUNT -> f.amountFor(t);
            case AMOUNT_OR_FRAMING_DEAL -> f.amountOrFramingDeal(t);
            case AMOUNT_PAID -> f.amountPaid(t);
            case NONE -> Optional.empty();
        };
    }

    /** The status the rule gives the fact of trigger {@code t} whose first argument is {@code first}. */
    static Status status(SentenceFacts f, TriggerMatch t, Rule rule, List<Integer> first) {
        return switch (rule.status()) {
            case CUES -> f.status(t, first.get(0) < t.start() ? first : List.of());
            case ANNOUNCED, NONE -> Status.ANNOUNCED;
        };
    }

    private static List<Integer> all(List<Integer> first, List<Integer> second) {
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** One fact per pair of references with different names, in order. */
    private static List<Fact> pairs(SentenceFacts f, List<Integer> first, List<Integer> second,
                                    java.util.function.BiFunction<EntityRef, EntityRef, Fact> fact) {
        List<Fact> out = new ArrayList<>();
        for (EntityRef a : f.refs(first)) {
            for (EntityRef b : f.refs(second)) {
                if (!a.name().equals(b.name())) {
                    out.add(fact.apply(a, b));
                }
            }
        }
        return out;
    }
}
