package org.dealgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.analyse.GazetteerEntry;
import org.dealgraph.analyse.OrganizationSuffixes;
import org.dealgraph.model.Entity;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.model.Subsidiary;

/**
 * Gives every entity and fact of an article a key that any other article telling the same thing gets too,
 * with no state shared between articles.
 *
 * <p><b>Entities.</b> An organization's key is the slug of its canonical name (the gazetteer's, when it
 * knows the name or an alias of it; else the name itself), built by {@link NameKeys}: ASCII-folded, lower
 * case, no leading "the", no corporate suffix, hyphens between words ("Rivos Inc." and "Rivos" are both
 * {@code rivos}). Within one article, a name that is a shorter form of another the article writes
 * ("Northwind" beside "Bharti Northwind" or "Northwind Energy", found by {@link ShortForms}) takes the longer
 * name's key. A person's key is the slug of the full name. Every organization, person and resolved
 * descriptor mention of the article becomes an {@link Entity}, with the other names seen as aliases and
 * the Wikidata ID and category when the gazetteer knows them.
 *
 * <p><b>Facts.</b> Each kind's recipe ({@link org.dealgraph.model.KeyRecipe}) is in its entry of
 * {@link org.dealgraph.model.FactKind}. Parts are entity slugs joined by {@code --}; the year is the
 * fact's date's, else the article's publication year, and is left out when neither is known:
 * <ul>
 *   <li>deal: first, within the article, the parties' slugs, sorted, then the year; once merged, the
 *       slugs of the parties' topmost owners where the gazetteer, else the article's own subsidiary facts,
 *       name one (AWS counts as Amazon, DeepMind as Alphabet through Google), sorted, then the value when stated ({@code amazon--openai--38000000000-usd}), else the year
 *       ({@code anthropic--google--2023}), so that two articles stating one value meet even when one is
 *       undated;</li>
 *   <li>investment: investor, investee, year;</li>
 *   <li>funding round: investee, year (the series is left out: articles often omit it); a second round of the
 *       same year that the article tells with another total ({@link RoundSplits}) has its total after them;</li>
 *   <li>acquisition: acquirer, target (no year: a company is bought once);</li>
 *   <li>partnership: the pair, sorted; subsidiary: parent, child;</li>
 *   <li>role: person, organization, and the title's slug when stated.</li>
 * </ul>
 * Facts of one article with one key become one {@link ResolvedFact} with all their provenance as
 * evidence and the fullest values ({@link Fact#mergedWith}): a valueless deal and a valued one between the same
 * parties in the same year are one deal. A fact whose entities share one key (two names of one company)
 * is dropped. Thread-safe.
 */
public final class KeyResolver implements Resolver {

    private final Gazetteer gazetteer;
    private final NameKeys names;
    private final ShortForms shortForms;

    private KeyResolver(Gazetteer gazetteer, NameKeys names, ShortForms shortForms) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.shortForms = shortForms;
    }

    /** Reads the gazetteer and the suffix list. */
    public static KeyResolver load() {
        OrganizationSuffixes suffixes = OrganizationSuffixes.load();
        NameKeys names = new NameKeys(suffixes.keyWords());
        return new KeyResolver(Gazetteer.load(), names, new ShortForms(names, suffixes.shortWords()));
    }

    @Override
    public ResolvedArticle resolve(ExtractedArticle article) {
        Map<EntityRef, EntityKey> keys = new LinkedHashMap<>();
        Map<EntityKey, Set<String>> seen = new LinkedHashMap<>();
        Map<EntityKey, Optional<String>> wikidata = new LinkedHashMap<>();
        Map<String, String> longer = shortForms.longer(organizationNames(article));
        Function<EntityRef, EntityKey> keyOf = ref -> {
            EntityKey own = keyOf(ref);
            String whole = own.kind() == EntityKind.ORGANIZATION ? longer.get(own.slug()) : null;
            return whole == null ? own : new EntityKey(EntityKind.ORGANIZATION, whole);
        };
        for (Mention m : article.analysed().mentions()) {
            namedRef(m).ifPresent(ref -> note(ref, m.text(), keyOf, keys, seen, wikidata));
        }
        for (Fact f : article.facts()) {
            for (EntityRef ref : f.entities()) {
                note(ref, ref.name(), keyOf, keys, seen, wikidata);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<EntityKey, Set<String>> e : seen.entrySet()) {
            entities.add(entity(e.getKey(), e.getValue(), wikidata.get(e.getKey())));
        }
        return new ResolvedArticle(article, entities, keys, facts(article, keys));
    }

    private static Optional<EntityRef> namedRef(Mention m) {
        if (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.PERSON) {
            return Optional.of(EntityRef.of(m));
        }
        String name = m.name().strip().toLowerCase(Locale.ROOT);
        boolean resolved = m.type() == MentionType.DESCRIPTOR && !name.isEmpty()
                && !name.equals(m.text().strip().toLowerCase(Locale.ROOT))
                && !name.startsWith("the ") && !name.startsWith("a ") && !name.startsWith("an ");
        return resolved ? Optional.of(EntityRef.of(m)) : Optional.empty();
    }

    /** The canonical names of the article's organizations, mentioned or in a fact, in the order told. */
    private List<String> organizationNames(ExtractedArticle article) {
        List<String> out = new ArrayList<>();
        article.analysed().mentions().stream().flatMap(m -> namedRef(m).stream())
                .filter(ref -> ref.kind() == EntityKind.ORGANIZATION).forEach(ref -> out.add(canonical(ref)));
        article.facts().stream().flatMap(f -> f.entities().stream())
                .filter(ref -> ref.kind() == EntityKind.ORGANIZATION).forEach(ref -> out.add(canonical(ref)));
        return out;
    }

    private void note(EntityRef ref, String surface, Function<EntityRef, EntityKey> keyOf, Map<EntityRef, EntityKey> keys,
                      Map<EntityKey, Set<String>> seen, Map<EntityKey, Optional<String>> wikidata) {
        EntityKey key = keys.computeIfAbsent(ref, keyOf);
        Set<String> forms = seen.computeIfAbsent(key, k -> new LinkedHashSet<>());
        forms.add(canonical(ref));
        forms.add(surface.strip());
        wikidata.merge(key, ref.wikidata(), (a, b) -> a.isPresent() ? a : b);
    }

    /** The entity key a reference stands for. */
    EntityKey keyOf(EntityRef ref) {
        return ref.kind() == EntityKind.PERSON
                ? new EntityKey(EntityKind.PERSON, names.person(ref.name()))
                : new EntityKey(EntityKind.ORGANIZATION, names.organization(canonical(ref)));
    }

    private String canonical(EntityRef ref) {
        if (ref.kind() == EntityKind.PERSON) {
            return ref.name().strip();
        }
        return gazetteer.lookup(ref.name()).map(GazetteerEntry::canonical).orElse(ref.name().strip());
    }

    private Entity entity(EntityKey key, Set<String> forms, Optional<String> wikidata) {
        String name = forms.iterator().next();
        Optional<GazetteerEntry> known = key.kind() == EntityKind.ORGANIZATION ? gazetteer.lookup(name) : Optional.empty();
        List<String> aliases = forms.stream().filter(f -> !f.equals(name) && !f.isBlank()).collect(Collectors.toList());
        return new Entity(key, name, aliases, wikidata.or(() -> known.flatMap(GazetteerEntry::wikidata)),
                known.map(GazetteerEntry::type));
    }

    private List<ResolvedFact> facts(ExtractedArticle article, Map<EntityRef, EntityKey> keys) {
        Map<EntityKey, EntityKey> owners = owners(article, keys);
        FactKeys scheme = new FactKeys(keys::get, ref -> familyOf(keys.get(ref), owners), article.article().published());
        Map<FactKey, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact f : article.facts()) {
            scheme.keyOf(f).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f));
        }
        Map<FactKey, List<Fact>> merged = new LinkedHashMap<>();
        Map<FactKey, List<Provenance>> evidence = new LinkedHashMap<>();
        for (List<Fact> sameKey : byKey.values()) {
            List<List<Fact>> rounds = RoundSplits.of(sameKey);
            for (int i = 0; i < rounds.size(); i++) {
                List<Fact> same = rounds.get(i);
                Fact one = merge(same);
                Optional<FactKey> key = scheme.finalKeyOf(one);
                if (i > 0) {
                    key = key.map(k -> FactKeys.withValue(k, RoundSplits.total(same)));
                }
                key.ifPresent(k -> {
                    merged.computeIfAbsent(k, x -> new ArrayList<>()).add(one);
                    same.forEach(f -> evidence.computeIfAbsent(k, x -> new ArrayList<>()).add(f.provenance()));
                });
            }
        }
        List<ResolvedFact> out = new ArrayList<>();
        for (Map.Entry<FactKey, List<Fact>> e : merged.entrySet()) {
            out.add(new ResolvedFact(e.getKey(), merge(e.getValue()), evidence.get(e.getKey()).stream().distinct().toList()));
        }
        return out;
    }

    /**
     * Each organization's owner, key to key: the parent the gazetteer names (and its parent, on up), else the
     * parent the article's own subsidiary facts name ("Acme's lab Acme Research").
     */
    private Map<EntityKey, EntityKey> owners(ExtractedArticle article, Map<EntityRef, EntityKey> keys) {
        Map<EntityKey, EntityKey> owners = new LinkedHashMap<>();
        for (Map.Entry<EntityRef, EntityKey> e : keys.entrySet()) {
            String name = e.getKey().name();
            EntityKey key = e.getValue();
            if (e.getKey().kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            for (Optional<String> parent = gazetteer.lookup(name).flatMap(GazetteerEntry::parent);
                 parent.isPresent() && !owners.containsKey(key);
                 parent = gazetteer.lookup(parent.get()).flatMap(GazetteerEntry::parent)) {
                EntityKey owner = new EntityKey(EntityKind.ORGANIZATION, names.organization(parent.get()));
                owners.put(key, owner);
                key = owner;
            }
        }
        for (Fact f : article.facts()) {
            if (f instanceof Subsidiary s && !keys.get(s.parent()).equals(keys.get(s.subsidiary()))) {
                owners.putIfAbsent(keys.get(s.subsidiary()), keys.get(s.parent()));
            }
        }
        return owners;
    }

    /**
     * The key of the group at the top of an organization's owners (DeepMind's owner Google is owned by
     * Alphabet: a deal with either is told of Alphabet's group), else its own key.
     */
    private static EntityKey familyOf(EntityKey key, Map<EntityKey, EntityKey> owners) {
        EntityKey family = key;
        Set<EntityKey> passed = new LinkedHashSet<>();
        while (owners.containsKey(family) && passed.add(family)) {
            family = owners.get(family);
        }
        return family;
    }

    /** The fullest fact from {@code same}, facts of one key in the order the article tells them. */
    private static Fact merge(List<Fact> same) {
        return same.size() == 1 ? same.get(0) : same.get(0).mergedWith(same.subList(1, same.size()));
    }
}
