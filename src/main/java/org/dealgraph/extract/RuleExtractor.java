package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Sentence;

/**
 * Finds facts sentence by sentence with trigger lexicons and argument patterns over the analyser's mentions
 * and parts of speech. Each sentence becomes a sequence of chunks (mentions whole, other words one by
 * one); the triggers of {@code triggers.tsv} are found in it; each family's rules ({@link AcquisitionRules},
 * {@link InvestmentRules}, {@link FundingRules}, {@link DealRules}, {@link OwnershipRules}, {@link RoleRules},
 * {@link FounderRules}, {@link RoleVerbRules})
 * look for the trigger's arguments around it (the subject group before, the object after a preposition,
 * an agent after "by", a possessive owner); amounts go to the nearest trigger of their clause
 * ({@code money.tsv} keeps valuations and other figures apart), the status comes from the cues of
 * {@code status.tsv}, the date from a date in the sentence or else the publication date. A sentence that opens
 * with "It" or "Its" before naming an organization speaks of the last sentence's subject ({@link Pronouns}); "the two companies" and the like stand for the two
 * organizations last named together ({@link PluralReferences}).
 *
 * <p>Immutable once loaded and thread-safe: all per-article state lives in the call.
 */
public final class RuleExtractor implements Extractor {

    private final Triggers triggers;
    private final StatusCues cues;
    private final MoneyRoles money;
    private final Durations durations;
    private final List<FactRules> rules;
    private final PluralReferences plurals;

    private RuleExtractor(Triggers triggers, StatusCues cues, MoneyRoles money, Durations durations, Gazetteer gazetteer) {
        this.triggers = triggers;
        this.durations = durations;
        this.cues = cues;
        this.money = money;
        this.plurals = PluralReferences.load();
        this.rules = List.of(new FundingRules(), new InvestmentRules(), new AcquisitionRules(), new DealRules(),
                new OwnershipRules(gazetteer), new RoleRules(gazetteer), new FounderRules(),
                new RoleVerbRules());
    }

    /** Reads the lexicons; a missing or malformed one fails here. */
    public static RuleExtractor load() {
        return new RuleExtractor(Triggers.load(), StatusCues.load(), MoneyRoles.load(), Durations.load(), Gazetteer.load());
    }

    @Override
    public ExtractedArticle extract(AnalysedArticle article) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : article.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<Fact> facts = new ArrayList<>();
        String text = article.article().text();
        Pronouns pronouns = Pronouns.of(article.mentions());
        ArticleState state = new ArticleState(pronouns.main().map(EntityRef::of));
        Optional<Mention> previous = Optional.empty();
        Optional<PluralReferences.Pair> pair = Optional.empty();
        for (Sentence sentence : article.sentences()) {
            ChunkedSentence plain = Chunker.chunk(sentence, bySentence.getOrDefault(sentence.index(), List.of()), text);
            ChunkedSentence resolved = pronouns.resolve(plain, previous);
            previous = Pronouns.subjectOf(resolved);
            ChunkedSentence chunks = plurals.resolve(resolved, pair);
            SentenceFacts found = new SentenceFacts(article.article().id(), chunks, triggers.find(chunks), cues, money, durations,
                    article.article().published(), state);
            for (FactRules r : rules) {
                r.apply(found);
            }
            facts.addAll(found.facts());
            pair = PluralReferences.pairAfter(chunks, found.facts(), pair);
        }
        return new ExtractedArticle(article, facts);
    }
}
