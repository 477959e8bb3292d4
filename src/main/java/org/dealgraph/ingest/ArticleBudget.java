package org.dealgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Sentence;

/**
 * What one article may cost an ingest: the longest sentence in tokens, the most mentions, and the most time
 * its stages may take together. An article over any of them is rejected with the reason, and the batch goes
 * on. News articles stay far inside the defaults (on the development articles: at most 65 tokens in a
 * sentence, 128 mentions, well under a second); what goes over them is a table or list run together into
 * one sentence, a generated file, or hostile input.
 *
 * <p>The limits are checked between stages: the sentences and mentions once the article is analysed, the
 * time after each stage. Every stage runs in time about linear in the article's size, so a stage cannot
 * overrun the time by much before it is checked.
 *
 * @param maxSentenceTokens the most tokens one sentence may have
 * @param maxMentions       the most mentions (names, amounts, dates, titles) an article may have
 * @param maxTime           the most time the analyse, extract, resolve and map stages may take together
 */
public record ArticleBudget(int maxSentenceTokens, int maxMentions, Duration maxTime) {

    /** The most tokens in one sentence unless told otherwise. */
    public static final int DEFAULT_SENTENCE_TOKENS = 1_000;
    /** The most mentions in one article unless told otherwise. */
    public static final int DEFAULT_MENTIONS = 10_000;
    /** The most seconds for one article unless told otherwise. */
    public static final int DEFAULT_SECONDS = 60;

    public ArticleBudget {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxSentenceTokens < 1 || maxMentions < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("an article's budget must be positive: " + maxSentenceTokens
                    + " tokens, " + maxMentions + " mentions, " + maxTime);
        }
    }

    /** The default budget. */
    public static ArticleBudget defaults() {
        return new ArticleBudget(DEFAULT_SENTENCE_TOKENS, DEFAULT_MENTIONS, Duration.ofSeconds(DEFAULT_SECONDS));
    }

    /** No limit worth the name: for measuring what an article costs when nothing stops it. */
    public static ArticleBudget unlimited() {
        return new ArticleBudget(Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofDays(365));
    }

    /** Why the analysed article is over the budget; empty when it is within it. */
    Optional<String> overrun(AnalysedArticle analysed) {
        List<Sentence> sentences = analysed.sentences();
        for (Sentence sentence : sentences) {
            if (sentence.tokens().size() > maxSentenceTokens) {
                return Optional.of(String.format("sentence %d has %,d tokens, over the limit of %,d "
                                + "(--max-sentence-tokens)", sentence.index() + 1, sentence.tokens().size(),
                        maxSentenceTokens));
            }
        }
        if (analysed.mentions().size() > maxMentions) {
            return Optional.of(String.format("it has %,d mentions, over the limit of %,d (--max-mentions)",
                    analysed.mentions().size(), maxMentions));
        }
        return Optional.empty();
    }

    /** Why {@code spent} is over the budget once {@code stage} is done; empty when it is within it. */
    Optional<String> overrun(Duration spent, String stage) {
        if (spent.compareTo(maxTime) <= 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("it took %.1f s up to the end of the %s stage, over the limit of %d s "
                + "(--max-seconds)", spent.toMillis() / 1000.0, stage, maxTime.toSeconds()));
    }
}
