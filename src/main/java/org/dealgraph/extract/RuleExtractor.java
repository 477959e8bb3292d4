package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.analyse.Gazetteer;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Sentence;

/**
 * Finds facts sentence by sentence with trigger lexicons and the rule files of {@code rules/} over the analyser's
 * mentions and parts of speech. Each sentence becomes a sequence of chunks (mentions whole, other words one by
 * one); the triggers of {@code triggers.tsv} are found in it; the rules that read each trigger find its
 * arguments around it with the operators of {@link Operator} (the subject group before, the object after a
 * preposition, an agent after "by", a possessive owner), or with the Java callbacks some rules name; amounts go
 * to the nearest trigger of their clause ({@code money.tsv} keeps valuations and other figures apart), the status
 * comes from the cues of {@code status.tsv}, the date from a date in the sentence or else the publication date.
 * A sentence that opens with "It" or "Its" before naming an organization speaks of the last sentence's subject
 * ({@link Pronouns}); "the two companies" and the like stand for the two organizations last named together
 * ({@link PluralReferences}); "The deal is worth $X" values the deal told before it ({@link LaterDealValues}).
 * Rules return their facts; what a later sentence needs of earlier ones (the last
 * round told) the extractor derives from them ({@link ArticleContext}).
 *
 * <p>Immutable once loaded and thread-safe: all per-article state lives in the call.
 */
public final class RuleExtractor implements Extractor {

    private final Triggers triggers;
    private final StatusCues cues;
    private final MoneyRoles money;
    private final Durations durations;
    private final RuleBook rules;
    private final PluralReferences plurals;

    private RuleExtractor(Triggers triggers, RuleBook rules) {
        this.triggers = triggers;
        this.rules = rules;
        this.durations = Durations.load();
        this.cues = StatusCues.load();
        this.money = MoneyRoles.load();
        this.plurals = PluralReferences.load();
    }

    /** Reads the lexicons and rule files; a missing or malformed one fails here, naming the file and line. */
    public static RuleExtractor load() {
        RuleExtractor all = load(RuleBook.files());
        Set<Rule.TriggerKey> read = new HashSet<>(all.rules.triggersRead());
        read.addAll(SentenceFacts.READ_BY_CODE);
        all.triggers.checkRead(read);
        return all;
    }

    /** An extractor with the rule files {@code files} (of {@link RuleBook#files()}), in that order. */
    static RuleExtractor load(List<String> files) {
        Triggers triggers = Triggers.load();
        RuleBook book = RuleBook.load(files, triggers.keys(), Callbacks.all(Gazetteer.load()));
        return new RuleExtractor(triggers.with(book.words()), book);
    }

    /** The rules of the rule files. */
    List<Rule> rules() {
        return rules.rules();
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
        ArticleContext context = new ArticleContext(pronouns.main().map(EntityRef::of), Optional.empty());
        Optional<Mention> previous = Optional.empty();
        Optional<PluralReferences.Pair> pair = Optional.empty();
        for (Sentence sentence : article.sentences()) {
            ChunkedSentence plain = Chunker.chunk(sentence, bySentence.getOrDefault(sentence.index(), List.of()), text);
            ChunkedSentence resolved = pronouns.resolve(plain, previous);
            previous = Pronouns.subjectOf(resolved);
            ChunkedSentence chunks = PersonActors.resolve(plurals.resolve(resolved, pair), context);
            SentenceFacts found = new SentenceFacts(article.article().id(), chunks, triggers.find(chunks), cues, money, durations,
                    article.article().published(), context);
            List<Fact> told = rules.apply(found);
            LaterDealValues.apply(found, told, facts, text);
            facts.addAll(told);
            context = context.after(sentence.index(), chunks, told);
            pair = PluralReferences.pairAfter(chunks, told, pair);
        }
        return new ExtractedArticle(article, facts);
    }
}
