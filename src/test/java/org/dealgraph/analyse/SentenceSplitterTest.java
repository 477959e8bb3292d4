package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    private static List<String> sentences(String text) {
        return analyser.sentences(text).stream().map(Sentence::text).toList();
    }

    @Test
    void doesNotBreakAfterCorporateAbbreviations() {
        String text = "Northwind Inc. signed a deal with Contoso Corp. on Monday. The U.S. government approved it. "
                + "Mr. Brown said Acme Co. and Fabrikam Ltd. were next.";
        assertEquals(List.of("Northwind Inc. signed a deal with Contoso Corp. on Monday.",
                "The U.S. government approved it.", "Mr. Brown said Acme Co. and Fabrikam Ltd. were next."),
                sentences(text));
    }

    @Test
    void breaksAfterAbbreviationWhenNextSentenceOpens() {
        String text = "The chips are made in the U.S. The company said so.";
        assertEquals(List.of("The chips are made in the U.S.", "The company said so."), sentences(text));
    }

    @Test
    void breaksAfterTheLetterOfASeriesButNotAfterAnInitial() {
        String text = "Dovra raised $250 million during its Series C. Quorvia Labs has raised $30 million. "
                + "The fund is run by Mara J. Quell and her team.";
        assertEquals(List.of("Dovra raised $250 million during its Series C.", "Quorvia Labs has raised $30 million.",
                "The fund is run by Mara J. Quell and her team."), sentences(text));
    }

    @Test
    void doesNotBreakInsideNumbersOrDomainNames() {
        String text = "The deal, worth US$2.5 billion, closed. Shoppers on Amazon.com Inc. paid more.";
        assertEquals(List.of("The deal, worth US$2.5 billion, closed.", "Shoppers on Amazon.com Inc. paid more."),
                sentences(text));
    }

    @Test
    void neverCrossesParagraphBreaks() {
        String text = "A headline without a full stop\n\nThe body starts here. It goes on\n\nand this is new";
        assertEquals(List.of("A headline without a full stop", "The body starts here.", "It goes on",
                "and this is new"), sentences(text));
    }

    @Test
    void keepsMarkdownHeadingsAndListItemsApart() {
        String text = "## What happened\nThe firm raised money.\n- first point\n- second point";
        assertEquals(List.of("## What happened", "The firm raised money.", "- first point", "- second point"),
                sentences(text));
    }

    @Test
    void splitsPossessivesAndTagsPartsOfSpeech() {
        String text = "Microsoft's chief executive praised the deal.";
        List<Token> tokens = analyser.sentences(text).get(0).tokens();
        assertEquals("Microsoft", tokens.get(0).text());
        assertEquals("'s", tokens.get(1).text());
        assertEquals("PROPN", tokens.get(0).pos());
        for (Token t : tokens) {
            assertEquals(t.text(), t.span().of(text));
            assertTrue(!t.pos().isEmpty());
        }
    }
}
