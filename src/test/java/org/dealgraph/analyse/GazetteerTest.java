package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    private static List<String> organizations(String text) {
        AnalysedArticle a = analyser.analyse(Articles.of(text));
        return a.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION)
                .map(m -> m.text() + "=" + m.name()).toList();
    }

    @Test
    void knowsMoreThanThreeHundredOrganizations() {
        assertTrue(Gazetteer.load().entries().size() >= 300);
    }

    @Test
    void looksUpCanonicalNamesAliasesAndLooseForms() {
        Gazetteer g = Gazetteer.load();
        assertEquals("Amazon Web Services", g.lookup("AWS").orElseThrow().canonical());
        assertEquals(Optional.of("Amazon"), g.lookup("@awscloud").orElseThrow().parent());
        assertEquals("Nvidia", g.lookup("NVIDIA Corporation").orElseThrow().canonical());
        assertEquals("Nvidia", g.lookup("nvidia corp").orElseThrow().canonical());
        assertEquals("OpenAI", g.lookup("Open AI").orElseThrow().canonical());
        assertEquals(Optional.of("Q21708200"), g.lookup("OpenAI").orElseThrow().wikidata());
        assertEquals("The Wall Street Journal", g.lookup("the wall street journal").orElseThrow().canonical());
        assertTrue(g.lookup("Northwind Robotics").isEmpty());
    }

    @Test
    void everyParentIsItselfAnEntry() {
        Gazetteer g = Gazetteer.load();
        for (GazetteerEntry e : g.entries()) {
            e.parent().ifPresent(p -> assertTrue(g.lookup(p).isPresent(), e.canonical() + " has unknown parent " + p));
        }
    }

    @Test
    void namesNationalGovernmentsByTheirCountryWhicheverWayTheArticleWritesThem() {
        assertEquals(List.of("Indian government=Government of India", "Japan’s government=Government of Japan",
                        "Quillfeather=Quillfeather",
                        "government of Canada=Government of Canada", "U.S. government=US government"),
                organizations("The Indian government and Japan’s government backed Quillfeather, as did the "
                        + "government of Canada; the U.S. government declined."));
    }

    @Test
    void matchesATypographicApostropheAsAPlainOne() {
        assertEquals(List.of("Information Commissioner’s Office=Information Commissioner's Office"),
                organizations("Brightwave was fined by the Information Commissioner’s Office last spring."));
    }

    @Test
    void matchesAliasesToCanonicalNames() {
        assertEquals(List.of("AWS=Amazon Web Services", "Open AI=OpenAI", "NVIDIA=Nvidia"),
                organizations("AWS will host Open AI models on NVIDIA hardware."));
    }

    @Test
    void prefersTheLongestMatch() {
        assertEquals(List.of("Amazon Web Services=Amazon Web Services", "Google DeepMind=Google DeepMind"),
                organizations("Amazon Web Services and Google DeepMind both bid."));
    }

    @Test
    void takesLegalSuffixIntoTheMention() {
        assertEquals(List.of("Nvidia Corp.=Nvidia"), organizations("Shares of Nvidia Corp. rose."));
    }

    @Test
    void doesNotMatchInsideWords() {
        assertEquals(List.of(), organizations("The Metaverse and Googleplex tours were Amazonian in scale."));
    }

    @Test
    void matchesCaseSensitively() {
        assertEquals(List.of(), organizations("The oracle spoke of an apple and a meta argument."));
    }

    @Test
    void needsContextForAmbiguousNames() {
        assertEquals(List.of(), organizations("Scale matters. Each arm of the X axis is long."));
        assertEquals(List.of("Arm=Arm"), organizations("The chip designer Arm is growing."));
        assertEquals(List.of("Scale AI=Scale AI", "Scale=Scale AI"),
                organizations("Scale AI hired staff. Later, Scale expanded again."));
    }

    @Test
    void anAmbiguousNameIsAnOrganizationAsTheObjectOfATakeoverOrStake() {
        assertEquals(List.of("Cruise=Cruise"), organizations("Talks on the purchase of Cruise ended in May."));
        assertEquals(List.of("Harvey=Harvey"), organizations("The fund disclosed a stake in Harvey last week."));
        assertEquals(List.of(), organizations("The acquisition of Cruise missiles was delayed."));
    }

    @Test
    void leavesNamesAfterGivenNamesToPeople() {
        assertEquals(List.of(), organizations("Michael Dell spoke at the event."));
    }

    @Test
    void carriesWikidataIds() {
        Mention m = analyser.analyse(Articles.of("Microsoft agreed.")).mentions().get(0);
        assertEquals(Optional.of("Q2283"), m.wikidata());
        assertEquals("gazetteer:company", m.rule());
    }
}
