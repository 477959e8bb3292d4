package org.dealgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Role;
import org.dealgraph.model.Subsidiary;

/** The key scheme of {@link KeyResolver}: a fact's key from its kind, its entities' keys and its year. */
final class FactKeys {

    private final Function<EntityRef, EntityKey> keys;
    private final Function<EntityRef, EntityKey> families;
    private final Optional<LocalDate> published;

    /**
     * @param keys     the entity key of each reference
     * @param families for deal parties: the key of the owning organization when the gazetteer names one
     *                 (a deal with "AWS" and one with "Amazon" are told of one deal), else the entity's own
     */
    FactKeys(Function<EntityRef, EntityKey> keys, Function<EntityRef, EntityKey> families, Optional<LocalDate> published) {
        this.keys = keys;
        this.families = families;
        this.published = published;
    }

    /**
     * The key of a deal once merged within its article: its parties' families and its value when stated
     * (so that two articles stating "$38bn" meet even when one has no date), else its year.
     */
    Optional<FactKey> finalKeyOf(Fact fact) {
        if (fact instanceof Deal d) {
            List<String> slugs = d.parties().stream().map(p -> families.apply(p).slug()).distinct().sorted().toList();
            if (slugs.size() < 2) {
                return Optional.empty();
            }
            Optional<String> tail = d.value().map(v -> v.amount().toBigInteger() + "-" + v.currency().toLowerCase(Locale.ROOT))
                    .or(() -> year(d.date()));
            return Optional.of(new FactKey(fact.kind(), join(slugs, tail)));
        }
        return keyOf(fact);
    }

    /** The fact's key, or empty when its entities collapse into one (two names of one organization). */
    Optional<FactKey> keyOf(Fact fact) {
        if (fact instanceof Role r) {
            return pair(fact, r.person(), r.organization(), r.title().map(FactKeys::slug));
        } else if (fact instanceof Partnership p) {
            return sorted(fact, List.of(keys.apply(p.first()), keys.apply(p.second())), Optional.empty());
        } else if (fact instanceof Deal d) {
            return sorted(fact, d.parties().stream().map(families).toList(), year(d.date()));
        } else if (fact instanceof Investment i) {
            return pair(fact, i.investor(), i.investee(), year(i.date()));
        } else if (fact instanceof FundingRound r) {
            return Optional.of(new FactKey(fact.kind(), join(List.of(slug(r.investee())), year(r.date()))));
        } else if (fact instanceof Acquisition a) {
            return pair(fact, a.acquirer(), a.target(), Optional.empty());
        } else if (fact instanceof Subsidiary s) {
            return pair(fact, s.parent(), s.subsidiary(), Optional.empty());
        }
        throw new IllegalArgumentException("a fact of unknown kind: " + fact.kind());
    }

    private Optional<FactKey> pair(Fact fact, EntityRef a, EntityRef b, Optional<String> tail) {
        if (keys.apply(a).equals(keys.apply(b))) {
            return Optional.empty();
        }
        return Optional.of(new FactKey(fact.kind(), join(List.of(slug(a), slug(b)), tail)));
    }

    private Optional<FactKey> sorted(Fact fact, List<EntityKey> parties, Optional<String> tail) {
        List<String> slugs = new ArrayList<>(parties.stream().map(EntityKey::slug).distinct().sorted().toList());
        if (slugs.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new FactKey(fact.kind(), join(slugs, tail)));
    }

    private String slug(EntityRef ref) {
        return keys.apply(ref).slug();
    }

    private Optional<String> year(Optional<LocalDate> date) {
        return date.or(() -> published).map(d -> String.valueOf(d.getYear()));
    }

    private static String join(List<String> parts, Optional<String> tail) {
        List<String> all = new ArrayList<>(parts);
        tail.filter(t -> !t.isEmpty()).ifPresent(all::add);
        return String.join("--", all);
    }

    private static String slug(String text) {
        List<String> words = NameKeys.words(text.toLowerCase(Locale.ROOT));
        return String.join("-", words);
    }
}
