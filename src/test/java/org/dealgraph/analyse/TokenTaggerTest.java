package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tokenizer's and tagger's fast settings against what the OpenNLP model gives with its own defaults. */
class TokenTaggerTest {

    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    @Test
    void greedyTagsEqualTheModelsBeamSearchOnTheExampleArticlesButForMisreadAuxiliaries() throws IOException {
        POSTaggerME beamOfThree;
        try (InputStream in = TokenTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            beamOfThree = new POSTaggerME(new POSModel(in));
        }
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (String text : Articles.exampleTexts()) {
            for (Sentence sentence : analyser.sentences(text)) {
                String[] words = TokenTagger.forTagger(sentence.tokens().stream().map(Token::text)
                        .toArray(String[]::new));
                String[] expected = beamOfThree.tag(words);
                for (int i = 0; i < words.length; i++) {
                    Token token = sentence.tokens().get(i);
                    boolean possessive = token.pos().equals("PART") && words[i].equals("'s");
                    // the model's AUX for a word outside the closed class is what the tagger corrects on purpose
                    boolean corrected = expected[i].equals("AUX") && !Cue.AUXILIARY.has(words[i].toLowerCase(Locale.ROOT));
                    if (!possessive && !corrected && !expected[i].equals(token.pos())) {
                        differences.add(words[i] + " " + expected[i] + "/" + token.pos() + " in: " + sentence.text());
                    }
                    tokens++;
                }
            }
        }
        assertTrue(tokens > 5000, "the examples give enough tokens to compare: " + tokens);
        assertEquals(List.of(), differences);
    }

    @Test
    void splitsTheFullStopOffASentencesLastWordButNotOffAnAbbreviation() {
        List<Sentence> sentences = analyser.sentences("It was founded by Ilse Marr. The deal closed with Tovan Inc.");
        assertEquals(List.of("It", "was", "founded", "by", "Ilse", "Marr", "."),
                sentences.get(0).tokens().stream().map(Token::text).toList());
        List<Token> second = sentences.get(1).tokens();
        assertEquals("Inc.", second.get(second.size() - 1).text());
    }

    @Test
    void splitsAPluralOwnersApostropheBeforeALowerCaseWordButNotInsideAName() {
        List<String> owned = analyser.sentences("The founders' shares were sold.").get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals(List.of("The", "founders", "'", "shares", "were", "sold", "."), owned);
        List<String> named = analyser.sentences("Teachers' Venture Growth invested.").get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals("Teachers'", named.get(0));
    }

    @Test
    void tagsOnlyAuxiliariesAsAuxAndTheNounsAfterAMisreadOneAsNouns() {
        List<Token> tokens = analyser.sentences("Vantor's cloud arm Nimbra grew, and it has been sold.").get(0).tokens();
        assertEquals(List.of("PROPN", "PART", "NOUN", "NOUN"), tokens.subList(0, 4).stream().map(Token::pos).toList());
        assertEquals(List.of("has", "been"), tokens.stream().filter(t -> t.pos().equals("AUX")).map(Token::text).toList());
    }

    @Test
    void splitsTheHyphenOffANameThatAParticipleFollowsButNotOffAHalfGivenName() {
        List<String> owned = analyser.sentences("Kestrel-owned Ambrio hired Lee Min-jun.").get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals(List.of("Kestrel", "-", "owned", "Ambrio", "hired", "Lee", "Min-jun", "."), owned);
    }

    @Test
    void keepsACamelCaseNameOneToken() {
        List<Token> tokens = analyser.sentences("VentureTech Alliance invested in PaLM-based startups.").get(0).tokens();
        assertEquals("VentureTech", tokens.get(0).text());
        assertEquals("Alliance", tokens.get(1).text());
        assertEquals(".", tokens.get(tokens.size() - 1).text());
    }

    @Test
    void aRunOfThousandsOfCharactersWithoutSpacesIsTokenizedInSlicesThatCoverIt() {
        String text = "Orbital Compute said " + "[".repeat(2_000) + " on Monday.";
        List<Token> tokens = analyser.sentences(text).stream().flatMap(s -> s.tokens().stream()).toList();
        List<Token> brackets = tokens.stream().filter(t -> t.text().startsWith("[")).toList();
        assertEquals(2_000, brackets.stream().mapToInt(t -> t.text().length()).sum());
        assertTrue(brackets.stream().allMatch(t -> t.text().chars().allMatch(c -> c == '[')), brackets.toString());
        for (int i = 1; i < brackets.size(); i++) {
            assertEquals(brackets.get(i - 1).span().end(), brackets.get(i).span().start(), "no gap, no overlap");
        }
        assertEquals("Monday", tokens.get(tokens.size() - 2).text());
    }
}
