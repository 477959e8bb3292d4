package org.dealgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.KeyRecipe;
import org.dealgraph.model.Money;

/**
 * The key scheme of {@link KeyResolver}: a fact's key from its kind's {@link KeyRecipe}, its entities' keys
 * and its year.
 */
final class FactKeys {

    private final Function<EntityRef, EntityKey> keys;
    private final Function<EntityRef, EntityKey> families;
    private final Optional<LocalDate> published;

    /**
     * @param keys     the entity key of each reference
     * @param families for recipes that key by owning group: the key of the owning organization when the
     *                 gazetteer names one (a deal with "AWS" and one with "Amazon" are told of one deal),
     *                 else the entity's own
     */
    FactKeys(Function<EntityRef, EntityKey> keys, Function<EntityRef, EntityKey> families, Optional<LocalDate> published) {
        this.keys = keys;
        this.families = families;
        this.published = published;
    }

    /**
     * The key of a fact once merged within its article: for a deal its value when stated (so that two
     * articles stating "$38bn" meet even when one has no date), else its year.
     */
    Optional<FactKey> finalKeyOf(Fact fact) {
        return key(fact, fact.kind().key().merged());
    }

    /** The fact's key, or empty when its entities collapse into one (two names of one organization). */
    Optional<FactKey> keyOf(Fact fact) {
        return key(fact, fact.kind().key().tail());
    }

    private Optional<FactKey> key(Fact fact, KeyRecipe.Tail tail) {
        KeyRecipe recipe = fact.kind().key();
        Function<EntityRef, EntityKey> key = recipe.families() ? families : keys;
        List<EntityRef> entities = fact.entities();
        List<String> slugs = switch (recipe.ends()) {
            case PAIR -> key.apply(entities.get(0)).equals(key.apply(entities.get(1))) ? List.of()
                    : List.of(key.apply(entities.get(0)).slug(), key.apply(entities.get(1)).slug());
            case SET -> entities.stream().map(e -> key.apply(e).slug()).distinct().sorted().toList();
            case FIRST -> List.of(key.apply(entities.get(0)).slug());
        };
        if (slugs.size() < (recipe.ends() == KeyRecipe.Ends.FIRST ? 1 : 2)) {
            return Optional.empty();
        }
        return Optional.of(new FactKey(fact.kind(), join(slugs, tail(fact, tail))));
    }

    private Optional<String> tail(Fact fact, KeyRecipe.Tail tail) {
        return switch (tail) {
            case NONE -> Optional.empty();
            case YEAR -> year(fact.date());
            case TITLE -> fact.title().map(FactKeys::slug);
            case VALUE_OR_YEAR -> fact.value().map(FactKeys::valueSlug).or(() -> year(fact.date()));
        };
    }

    private Optional<String> year(Optional<FactDate> date) {
        return date.map(FactDate::year).or(() -> published.map(LocalDate::getYear)).map(String::valueOf);
    }

    /** An amount as a key's part: whole units, then the currency ({@code 38000000000-usd}). */
    static String valueSlug(Money value) {
        return value.amount().toBigInteger() + "-" + value.currency().toLowerCase(Locale.ROOT);
    }

    /** {@code key} with {@code value} after its parts: the key of a second fact that the value tells apart. */
    static FactKey withValue(FactKey key, Money value) {
        return new FactKey(key.kind(), key.slug() + "--" + valueSlug(value));
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
