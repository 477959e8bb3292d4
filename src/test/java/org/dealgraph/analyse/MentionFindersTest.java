package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, pattern organizations, titles and descriptors, through the whole analyser. */
class MentionFindersTest {

    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    private static List<String> mentions(String text, MentionType type) {
        AnalysedArticle a = analyser.analyse(Articles.of(text));
        return a.mentions().stream().filter(m -> m.type() == type).map(m -> m.text() + "=" + m.name()).toList();
    }

    @Test
    void findsPeopleByGivenNameAndResolvesSurnames() {
        String text = "Priya Raman founded the lab in 2019. Raman said the lab would grow, and Ms. Raman hired staff.";
        // the mention covers its honorific, the name leaves it out
        assertEquals(List.of("Priya Raman=Priya Raman", "Raman=Priya Raman", "Ms. Raman=Priya Raman"),
                mentions(text, MentionType.PERSON));
    }

    @Test
    void findsPeopleByTitleAndApposition() {
        assertEquals(List.of("Quentin Okafor=Quentin Okafor"),
                mentions("Northwind Robotics CEO Quentin Okafor spoke to a few of the reporters at the event.",
                        MentionType.PERSON));
        assertEquals(List.of("Bertrand Oyelaran=Bertrand Oyelaran"),
                mentions("Bertrand Oyelaran, chief executive of Contoso Capital, agreed.", MentionType.PERSON));
    }

    @Test
    void surnameTakesTheFullNameEvenWhenTaggerMistakesIt() {
        assertEquals(List.of("Elon Musk=Elon Musk", "Musk=Elon Musk"),
                mentions("Elon Musk’s SpaceX has acquired Musk’s xAI.", MentionType.PERSON));
    }

    @Test
    void findsUnknownOrganizationsBySuffixDescriptorAndApposition() {
        String text = "Contoso Capital led the round for AI startup Brightwave. Lumora, a startup that builds "
                + "chips, joined. Later, Brightwave hired.";
        assertEquals(List.of("Contoso Capital=Contoso Capital", "Brightwave=Brightwave", "Lumora=Lumora",
                "Brightwave=Brightwave"), mentions(text, MentionType.ORGANIZATION));
    }

    @Test
    void dropsLegalSuffixFromPatternNamesAndFindsShortForms() {
        String text = "Quillfeather Medicine Inc. signed a deal. Quillfeather will pay.";
        assertEquals(List.of("Quillfeather Medicine Inc.=Quillfeather Medicine", "Quillfeather=Quillfeather Medicine"),
                mentions(text, MentionType.ORGANIZATION));
    }

    @Test
    void doesNotTakeProductsPlacesOrPossessivesForOrganizations() {
        String text = "Users of ChatGPT in California praised Anthropic's Claude.";
        assertEquals(List.of("Anthropic=Anthropic"), mentions(text, MentionType.ORGANIZATION));
    }

    @Test
    void normalisesTitles() {
        String text = "The chief executive and the CFO met the co-founder and the head of research.";
        assertEquals(List.of("chief executive=CEO", "CFO=CFO", "co-founder=co-founder", "head of research=head of research"),
                mentions(text, MentionType.TITLE));
    }

    @Test
    void resolvesDescriptorsToEarlierOrganizations() {
        String text = "Anthropic raised money from Google. The company plans to hire. The ChatGPT maker declined to comment.";
        assertEquals(List.of("The company=Anthropic", "The ChatGPT maker=OpenAI"), mentions(text, MentionType.DESCRIPTOR));
    }

    @Test
    void aDescriptorIsNotTheSubjectOfItsOwnClause() {
        assertEquals(List.of("the startup=Anthropic"), mentions(
                "Anthropic said on Tuesday that Microsoft will invest $5 billion in the startup.", MentionType.DESCRIPTOR));
        assertEquals(List.of("the startup=Mistral AI"), mentions(
                "Nvidia praised Mistral AI, and the startup thanked it.", MentionType.DESCRIPTOR));
    }

    /**
     * Where a description stands decides what it refers to: a trailing attribution, a subordinate clause and a
     * title it owns speak of the sentence's actor; the actor of the sentence before beats an organization named
     * there in passing, and for a description inside its sentence, when the sentence before names only such, the
     * actor of one before it (one opening its sentence keeps to the sentence before); an organization
     * acts through its person's title and name ("Acme CEO P announced"); a relative clause or an apposition does not
     * make the organization it describes the referent.
     */
    @Test
    void aDescriptionSpeaksOfTheActorWhereItStands() {
        List<List<String>> cases = List.of(
                List.of("Ludlow Energy agreed to supply power to Fenwick Data, the company said.", "the company=Ludlow Energy"),
                List.of("Brisk Robotics signed a contract with Calder Cloud as the startup raised $30 million.",
                        "the startup=Brisk Robotics"),
                List.of("Veltrix Labs agreed to buy the startup Pomona Robotics and named its founder, Ada Kern, as the"
                        + " company's chief technology officer.", "the company=Veltrix Labs"),
                List.of("News of the Marlow Capital deal came weeks after Selwyn Networks launched its first chip. The startup"
                        + " plans to hire.", "The startup=Selwyn Networks"),
                List.of("Quenby Partners remains a large investor. The stake in Ostra Networks that the firm added was"
                        + " announced in May.", "the firm=Quenby Partners"),
                List.of("Tessary Robotics makes arms. Harlow Capital, a fund he started in 1990, placed an early bet on the"
                        + " startup.", "the startup=Tessary Robotics"),
                List.of("Brisca Labs raised $90 million. The round was led by Orlan Capital, alongside Kestrel Systems. The"
                        + " valuation is twice what the company was given in 2024.", "the company=Brisca Labs"),
                List.of("Brisca Labs agreed to buy Tessavo Robotics. The price includes bonuses for Tessavo Robotics's staff."
                        + " The start-up was founded in 2021.", "The start-up=Tessavo Robotics"),
                List.of("Kestrel Systems sued Brisca Labs. On Tuesday, Orlan Systems CEO Dana Ruiz announced four contracts."
                        + " Overall, the company said revenue rose.", "the company=Orlan Systems"));
        for (List<String> c : cases) {
            assertEquals(List.of(c.get(1)), mentions(c.get(0), MentionType.DESCRIPTOR), c.get(0));
        }
    }

    @Test
    void dropsDescriptorsWithoutAntecedentAndPlurals() {
        assertEquals(List.of(), mentions("The company said the companies would talk.", MentionType.DESCRIPTOR));
    }

    @Test
    void mentionsAreOrderedAndDoNotOverlap() {
        AnalysedArticle a = analyser.analyse(Articles.of(
                "Microsoft CEO Satya Nadella said on Monday that Microsoft will invest up to $10bn in OpenAI."));
        List<Mention> ms = a.mentions();
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).span().end() <= ms.get(i).span().start(), ms.get(i - 1) + " / " + ms.get(i));
        }
        assertEquals(List.of(MentionType.ORGANIZATION, MentionType.TITLE, MentionType.PERSON, MentionType.DATE,
                MentionType.ORGANIZATION, MentionType.MONEY, MentionType.ORGANIZATION),
                ms.stream().map(Mention::type).toList());
    }
}
