package org.dealgraph.extract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Span;

/**
 * One unit of a sentence as the rules see it: a mention (organization, person, money, date, title) taken
 * whole, or a single word with its part of speech.
 *
 * @param possessive whether "'s" follows it ("OpenAI's")
 */
record Chunk(Kind kind, String text, String pos, Span span, Optional<Mention> mention, boolean possessive) {

    enum Kind { ORG, PERSON, MONEY, DATE, TITLE, WORD }

    Chunk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(mention, "mention");
    }

    static Chunk word(String text, String pos, Span span) {
        return new Chunk(Kind.WORD, text, pos, span, Optional.empty(), false);
    }

    Chunk asPossessive() {
        return new Chunk(kind, text, pos, span, mention, true);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A word whose text is {@code w}, a word in lower case (compared without making the text's lower case). */
    boolean isWord(String w) {
        return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }

    /** A title mention whose text is {@code w} ("partner"): some titles are trigger words too. */
    boolean isTitle(String w) {
        return kind == Kind.TITLE && text.equalsIgnoreCase(w);
    }

    boolean isOrg() {
        return kind == Kind.ORG;
    }

    /** An organization or a person: something that can invest. */
    boolean isAgent() {
        return kind == Kind.ORG || kind == Kind.PERSON;
    }

    boolean isVerb() {
        return kind == Kind.WORD && (pos.equals("VERB") || pos.equals("AUX"));
    }

    /** A word that may stand inside a noun phrase before its head: "the", "AI", "voice", "startup". */
    boolean isNominal() {
        return kind == Kind.WORD && switch (pos) {
            case "DET", "ADJ", "NOUN", "PROPN", "NUM" -> true;
            default -> text.equals("-");
        };
    }

    /**
     * A word that may stand inside a noun phrase before its head, allowing for the tagger's slips on
     * headline nouns ("AI cloud startup", "chip-making giant"): anything but a preposition, conjunction,
     * pronoun, auxiliary, particle or punctuation other than a hyphen.
     */
    boolean isPhraseWord() {
        return kind == Kind.WORD && (text.equals("-") || !switch (pos) {
            case "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT" -> true;
            default -> false;
        });
    }

    EntityRef ref() {
        return EntityRef.of(mention.orElseThrow());
    }
}
