package org.dealgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of text that names something.
 *
 * @param type       what kind of thing it names
 * @param span       where it stands in the article text
 * @param text       the words as written
 * @param sentence   the index of the sentence it stands in
 * @param name       the normalised name: an organization's canonical name (from the gazetteer when it
 *                   knows it), a person's full name (also for a later "Altman"), a title's usual form;
 *                   for a descriptor, the canonical name of the organization it refers to, when known
 * @param wikidata   the Wikidata ID ({@code Q…}) when the gazetteer knows it
 * @param money      the amount, for {@link MentionType#MONEY}
 * @param date       the resolved date, for {@link MentionType#DATE}
 * @param rule       the gazetteer entry kind or pattern that found it
 * @param confidence in [0, 1]
 */
public record Mention(
        MentionType type,
        Span span,
        String text,
        int sentence,
        String name,
        Optional<String> wikidata,
        Optional<Money> money,
        Optional<FactDate> date,
        String rule,
        double confidence) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        if (type == MentionType.MONEY && money.isEmpty()) {
            throw new IllegalArgumentException("a money mention needs its amount: " + text);
        }
    }
}
