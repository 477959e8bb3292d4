package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.MentionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways organizations and people are told from other capitalised words, through the whole analyser. */
class EntityMechanismsTest {

    private static OpenNlpAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
    }

    private static List<String> names(String text, MentionType type) {
        AnalysedArticle a = analyser.analyse(Articles.of(text));
        return a.mentions().stream().filter(m -> m.type() == type).map(m -> m.name()).distinct().toList();
    }

    @Test
    void keepsInitialsInsideOneSentence() {
        AnalysedArticle a = analyser.analyse(Articles.of("She covers the sector for the bank K.L. Fairbrook in Ohio."));
        assertEquals(1, a.sentences().size());
        assertEquals(List.of("K.L. Fairbrook"), names(a.article().text(), MentionType.ORGANIZATION));
    }

    @Test
    void keepsAnInitialAndTheCapitalisedNameAfterItInOneOrganizationName() {
        assertEquals(List.of("T. Marlow Hale"), names("Later, shares of T. Marlow Hale rose.", MentionType.ORGANIZATION));
        assertEquals(List.of("Quillon Partners", "J. Marlow Crane Capital"),
                names("Quillon Partners and J. Marlow Crane Capital joined.", MentionType.ORGANIZATION));
    }

    @Test
    void namesUnitOfKnownOrganizationByItsLongerName() {
        assertEquals(List.of("Oracle Ventures", "Salesforce Japan", "Oracle"),
                names("Oracle Ventures and Salesforce Japan joined, and Oracle said so.", MentionType.ORGANIZATION));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mira Ostrova, a partner at KKR Brazil Advisors, said so.|KKR Brazil Advisors",
        "Staff of the Oracle Workers Union met on Monday.|Oracle Workers Union",
        "Tomas Ruel now runs Intel Gaming for the group.|Intel Gaming",
        "He is a director at Sequoia Private Equity in Ohio.|Sequoia Private Equity"})
    void namesUnitsOfKnownOrganizationsThatEndInAnOrganizationOrUnitWord(String text, String unit) {
        assertEquals(List.of(unit), names(text, MentionType.ORGANIZATION));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Orlo, a unit of Stenhaus, will supply sensors.|Orlo;Stenhaus",
        "Brisca, a Maldren subsidiary, makes batteries.|Brisca;Maldren",
        "Quiver, the cloud arm of Tolvane, opened a site.|Quiver;Tolvane",
        "Pexa became a Corvane subsidiary in 2023.|Pexa;Corvane",
        "Kestrel-owned Ambrio makes software.|Kestrel;Ambrio",
        "Dalton, the business editor, wrote the report.|",
        "Laura Kim will become Brisca's chief executive in July.|Brisca",
        "Jane Roe, Orlavo's CFO, spoke.|Orlavo",
        "Jane Roe is Walden's chief of staff.|",
        "The round values Stenhaus at $4 billion.|Stenhaus"})
    void namesAUnitItsOwnerATitlesOwnerAndACompanyValued(String text, String organizations) {
        List<String> expected = organizations == null ? List.of() : List.of(organizations.split(";"));
        assertEquals(expected, names(text, MentionType.ORGANIZATION));
    }

    @Test
    void takesAGrowthFundAfterAnInvestorTitleForAnOrganizationNotAPerson() {
        String text = "The round drew Brightwave Capital and new investor Kestrel Lane Growth.";
        assertEquals(List.of("Brightwave Capital", "Kestrel Lane Growth"), names(text, MentionType.ORGANIZATION));
        assertEquals(List.of(), names(text, MentionType.PERSON));
    }

    @Test
    void readsASentencesOpeningWordAndAIModifyingANounAsNoName() {
        assertEquals(List.of(), names("Bright AI chip makers are scarce this year.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("Talvik said: \u201cModern AI tools still guess.\u201d", MentionType.ORGANIZATION)
                .stream().filter(n -> n.endsWith("AI")).toList());
        assertEquals(List.of("Quorvale AI"), names("Quorvale AI chip makers said so. Quorvale AI raised $5m.",
                MentionType.ORGANIZATION));
    }

    @Test
    void readsAnAmbiguousKnownNameBeforeAnAwardWordAsNoOrganization() {
        assertEquals(List.of(), names("The venture cofounded by Harvey Award winner Jane Roe raised $5m.",
                MentionType.ORGANIZATION));
        assertEquals(List.of("Harvey"), names("The startup Harvey raised $5m.", MentionType.ORGANIZATION));
    }

    /** A particled person's name opening an institution, a number opening a listed name, a known fund's unit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oslo's Karim bin Saleh University of Applied Intelligence signed a deal.|Karim bin Saleh University of Applied Intelligence",
        "The round drew Quarrywell Capital, 720 NORWICK, and Sequoia Capital.|Quarrywell Capital;720 NORWICK;Sequoia Capital",
        "Quarrywell Capital and Bpifrance Frontier Venture took part.|Quarrywell Capital;Bpifrance Frontier Venture"})
    void keepsNamesWhole(String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, MentionType.ORGANIZATION));
    }

    @Test
    void findsKnownNameWrittenInOtherCapitals() {
        assertEquals(List.of("Databricks"), names("Analysts at DataBricks disagreed.", MentionType.ORGANIZATION));
    }

    @Test
    void takesUnknownNamesListedWithOrganizations() {
        assertEquals(List.of("Sequoia Capital", "Quarrywell", "Brindle Analytics", "Nvidia"),
                names("The round drew Sequoia Capital, Quarrywell, Brindle Analytics, and Nvidia.",
                        MentionType.ORGANIZATION));
    }

    @Test
    void takesLongListsOfNamesWithDigitsAndInnerCapitalsListedWithOrganizations() {
        assertEquals(List.of("Harbin Robotics", "Tallo9", "QuillKart", "FerroPay", "DUNE", "eVanta", "Mirelle"),
                names("It works with firms including Harbin Robotics, Tallo9, QuillKart, FerroPay, DUNE, eVanta and Mirelle.",
                        MentionType.ORGANIZATION));
    }

    @Test
    void takesNamesThatOpenWithAPlaceWhenAnOrganizationWordEndsThem() {
        assertEquals(List.of("Oslo Dynamics", "Bergen Precision Manufacturing"),
                names("Oslo Dynamics hired engineers from Bergen Precision Manufacturing Co last year, and European AI grew.",
                        MentionType.ORGANIZATION));
    }

    @Test
    void takesTheNameAUnitNounIntroduces() {
        assertEquals(List.of("Nvidia", "Tallo Freight"),
                names("Nvidia funded its logistics arm — Tallo Freight — last year.", MentionType.ORGANIZATION));
    }

    @Test
    void takesInstitutionsNamedByTheirKindOfOrganizationFirstOrAfterANationality() {
        assertEquals(List.of("University of Tampere", "Norwegian Business Bank", "Fjordline Data Services", "Harbin Groupe"),
                names("The University of Tampere, Norwegian Business Bank, Fjordline Data Services and Harbin Groupe signed.",
                        MentionType.ORGANIZATION));
    }

    @Test
    void keepsLongInstitutionNamesWholeButNotListsOfOrganizations() {
        assertEquals(List.of("Harbour Roads and Transit Authority"),
                names("The Harbour Roads and Transit Authority said so.", MentionType.ORGANIZATION));
        assertEquals(List.of("Centre for Study of Applied Computing"),
                names("Norway's Centre for Study of Applied Computing agreed.", MentionType.ORGANIZATION));
        assertEquals(List.of("Veltrix Labs", "Harrowgate Capital"),
                names("The Veltrix Labs and Harrowgate Capital deal closed.", MentionType.ORGANIZATION));
    }

    @Test
    void leavesModelNumbersOutOfNames() {
        assertEquals(List.of("Nvidia"), names("Nvidia, H100 and GB200 were shown.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameCountsInListWithKnownOrganization() {
        assertEquals(List.of("Nvidia", "Scale AI", "Intel"),
                names("Backers include Nvidia, Scale and Intel.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameCountsInListWithAnOrganizationFoundByItsPattern() {
        assertEquals(List.of("Brightwave Robotics", "Figure AI", "Quorvane"),
                names("Its rivals include Brightwave Robotics, Figure and AI startup Quorvane.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("The figure and the drawing were shown.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameShownOnceToBeAnOrganizationCountsAcrossTheArticle() {
        String told = "The AI startup Cursor hired 40 engineers. Dana Wells, who joined Cursor in May, said so.";
        AnalysedArticle a = analyser.analyse(Articles.of(told));
        assertEquals(2, a.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION).count());
        assertEquals(List.of(), names("Dana Wells, who joined Cursor in May, said so.", MentionType.ORGANIZATION));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mira Ostrova, a former Wiz executive, said so.|Wiz",
        "Analysts at Bernstein said the price was steep.|Bernstein",
        "Tomas Ruel, an engineer at Harvey, said so.|Harvey",
        "Harvey, which makes software for lawyers, hired Tomas Ruel.|Harvey"})
    void ambiguousNameCountsBesideAHoldersWordOrWhatItDoes(String text, String organization) {
        assertEquals(List.of(organization), names(text, MentionType.ORGANIZATION));
    }

    @Test
    void keepsAShortNameWithAWebEndingWhole() {
        assertEquals(List.of("Nod.ai", "Zed.io"),
                names("Last year it acquired Nod.ai in a small deal, and Zed.io said so.", MentionType.ORGANIZATION));
    }

    @Test
    void takesACapitalisedNounAfterAHoldersAtForAnOrganization() {
        assertEquals(List.of("Mozilla"), names("Sean Whitby, a former executive at Mozilla, will become its new chief "
                + "executive.", MentionType.ORGANIZATION));
    }

    @Test
    void namesAUnitOfAKnownOrganizationByItsWordsUpToALegalSuffix() {
        assertEquals(List.of("Nvidia", "Samsung Venture Investment", "IBM"), names("New backers include Nvidia, Samsung "
                + "Venture Investment Corporation and IBM.", MentionType.ORGANIZATION));
    }

    @Test
    void readsARoyalTitleAndAParticleAsPartsOfAPersonsName() {
        String text = "Investors include Kestrel Partners, and Prince Faisal Bin Tamir and Orlavo Holding.";
        assertEquals(List.of("Faisal Bin Tamir"), names(text, MentionType.PERSON));
        assertFalse(names(text, MentionType.ORGANIZATION).contains("Prince Faisal Bin Tamir"));
    }

    @Test
    void takesAPlaceOfWorkWhoseTitleFollowsWhereForAnOrganization() {
        assertEquals(List.of("Nextwood"), names("Mara Lind joined last year from Nextwood, where she had been CEO.",
                MentionType.ORGANIZATION));
        assertEquals(List.of(), names("Mara Lind moved to Lisbon, where she had been happy.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameCountsBeforeADescriptorInApposition() {
        assertEquals(List.of("Cognition", "Harvey"), names("Cognition agreed to acquire Harvey, the maker of a legal"
                + " assistant.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameOpeningALongerNameIsNotTheKnownOrganization() {
        assertEquals(List.of("Figure Eight"), names("He co-founded the data labeling company Figure Eight in 2007.",
                MentionType.ORGANIZATION));
    }

    @Test
    void aNameAnAppositionDescribesAsAFirmIsNoPerson() {
        String text = "It was led by Prima Materia, the investment firm of Spotify founder Daniel Ek.";
        assertTrue(names(text, MentionType.ORGANIZATION).contains("Prima Materia"));
        assertEquals(List.of("Daniel Ek"), names(text, MentionType.PERSON));
        assertEquals(List.of("Mike Volpi"), names("Mike Volpi, a partner with the venture capital firm Index Ventures, said"
                + " so.", MentionType.PERSON));
        assertEquals(List.of("John Giannandrea"), names("John Giannandrea, the company's senior vice president, left.",
                MentionType.PERSON));
    }

    @Test
    void takesTheBuyerASaleNamesForAnOrganization() {
        assertEquals(List.of("Brisca Labs", "Nextwood"), names("He co-founded the data company Brisca Labs, which was"
                + " sold to Nextwood in 2019.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("The house was sold to Garcia in 2019.", MentionType.ORGANIZATION));
    }

    @Test
    void ambiguousNameCountsBeforeAnOrganizationVerbPastAnAdverb() {
        assertEquals(List.of("Lambda"), names("Lambda also said it would hire 40 engineers.", MentionType.ORGANIZATION));
    }

    @Test
    void takesAWordWithAWebAddressEndingForAnOrganization() {
        assertEquals(List.of("Quorvane.ai", "Tessaly"),
                names("In May, it announced partnerships with Quorvane.ai and Tessaly.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("He said that was all.", MentionType.ORGANIZATION));
    }

    @Test
    void aNameRightAfterANounForAProductIsNoOrganization() {
        assertEquals(List.of("Kestrel", "Tessaly"), names("Kestrel invested in Tessaly, the maker of the image tool Lumora, "
                + "the company announced Friday.", MentionType.ORGANIZATION));
        assertEquals(List.of("Kestrel", "Tessaly"), names("Kestrel bought the podcast Tessaly, the company announced "
                + "Friday.", MentionType.ORGANIZATION));
    }

    @Test
    void anAmbiguousKnownNameOwnedByADescriptorIsAProductNotAnOrganization() {
        assertEquals(List.of(), names("Early versions of the company's Cursor robots now work in plants.",
                MentionType.ORGANIZATION));
        assertEquals(List.of("Anysphere"), names("The AI startup Cursor now works with plants.", MentionType.ORGANIZATION));
    }

    @Test
    void aCopulaBeforeADescriptorOpensAnApposition() {
        assertEquals(List.of("Kestrel Row"), names("(Kestrel Row is the firm founded by a former banker.)",
                MentionType.ORGANIZATION));
        assertEquals(List.of(), names("Later, Okafor is the company's new chief executive.", MentionType.ORGANIZATION));
    }

    @Test
    void aFundTradedOnAnExchangeIsAProductNotAnOrganization() {
        assertEquals(List.of("Quillon Capital"), names("The Quorvane Robotics Exchange-Traded Fund and the Quorvane Chip ETF "
                + "fell, while Quillon Capital bought more.", MentionType.ORGANIZATION));
    }

    @Test
    void aProductLedNameEndingInAnOrganizationWordIsACompanyOnlyWhenDescribedAsOne() {
        assertEquals(List.of("Copilot Robotics"), names("In May, Copilot Robotics, a warehouse automation startup, raised "
                + "$20 million.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("It works with the Copilot Robotics models in plants.", MentionType.ORGANIZATION));
    }

    @Test
    void takesNameWithInnerColon() {
        assertEquals(List.of("Nvidia", "Quill:ai"),
                names("Nvidia agreed to acquire Quill:ai, a small software maker.", MentionType.ORGANIZATION));
    }

    @Test
    void sharesOfMarkOrganizationButNotNationality() {
        assertEquals(List.of("Pellucid Harbor"), names("Shares of Pellucid Harbor rose 5%.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("Shares of Japanese carmakers fell.", MentionType.ORGANIZATION));
    }

    @Test
    void aGivenNameOpeningARunWithAWordNoPersonIsNamedByIsNoPerson() {
        assertEquals(List.of("Maya Internet"), names("Shares of Maya Internet rose 4% on Tuesday.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("Shares of Maya Internet rose 4% on Tuesday.", MentionType.PERSON));
    }

    @Test
    void takeoverOrStakeObjectIsOrganizationButNotNationalityOrPlace() {
        assertEquals(List.of("Nvidia", "Quarrywell"),
                names("Nvidia completed its $900 million acquisition of Quarrywell.", MentionType.ORGANIZATION));
        assertEquals(List.of("Tencent", "Nokia"),
                names("Tencent bought a stake in Finnish telco Nokia.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("The plan needs a large investment in September.", MentionType.ORGANIZATION));
    }

    @Test
    void hyphenatedGivenNameCountsAsOneWordOfTheName() {
        assertEquals(List.of("Mei-Lin Tan"), names("The board met Mei-Lin Tan on Monday.", MentionType.PERSON));
    }

    @Test
    void skipsCapitalisedOpeningWordAndNumberedPlans() {
        assertEquals(List.of(), names("Leading AI firms have been investing in each other.", MentionType.ORGANIZATION));
        assertFalse(names("Under Grand Plan Part III, Nvidia and Intel agreed terms.", MentionType.ORGANIZATION)
                .contains("Grand Plan Part III"));
    }

    @Test
    void titleCaseIsOnlyForHeadlinesNotSentencesFullOfNames() {
        AnalysedArticle headline = analyser.analyse(Articles.of("Contoso Buys Northwind For a Big Sum"));
        assertTrue(WordLists.isTitleCase(headline.sentences().get(0).tokens()));
        assertEquals(List.of("Tovah Grimsdottir"),
                names("He met Prime Minister Tovah Grimsdottir on Monday.", MentionType.PERSON));
    }

    @Test
    void findsPersonAfterTitleAndComma() {
        assertEquals(List.of("Zephyrine Okonkwo"),
                names("The lab hired its CEO, Zephyrine Okonkwo, last year.", MentionType.PERSON));
    }

    @Test
    void findsSingleNameAfterCapitalisedTitle() {
        assertEquals(List.of("Vandermeer"), names("The deal was praised by President Vandermeer.", MentionType.PERSON));
    }

    @Test
    void keepsNameParticlesAndSplitHyphens() {
        assertEquals(List.of("Maelle de Villiers"),
                names("The fund's principal Maelle de Villiers cheered the sale.", MentionType.PERSON));
        assertEquals(List.of("Mei-Xu Zhang"), names("Rivals include Mei-Xu Zhang’s new lab.", MentionType.PERSON));
    }

    @Test
    void takesNamesListedWithPeople() {
        assertEquals(List.of("Priya Raman", "Tovald Quist", "Rurik Hallgrim"),
                names("Priya Raman, Tovald Quist, and Rurik Hallgrim joined the board.", MentionType.PERSON));
    }

    @Test
    void findsPersonInAppositionWithModifiedTitle() {
        assertEquals(List.of("Tovald Quist"),
                names("Tovald Quist, the founding chairman of Contoso Robotics, spoke.", MentionType.PERSON));
    }

    @Test
    void ambiguousNameCountsBeforePossessiveOfItsPeople() {
        assertEquals(List.of("Benchmark"), names("Benchmark's partners agreed.", MentionType.ORGANIZATION));
        assertEquals(List.of(), names("The benchmark results were strong.", MentionType.ORGANIZATION));
    }

    @Test
    void namesAnOpeningDescriptionWithNoNearbyAntecedentByTheHeadlinesOrganization() {
        String text = "Cohere opens an office in Seoul. Hiring began in spring. Rents there are high. Demand for engineers"
                + " is strong. Salaries have risen. Few offices are free. Training takes months. The company said it"
                + " plans to hire forty people.";
        List<String> descriptors = names(text, MentionType.DESCRIPTOR);
        assertEquals(List.of("Cohere"), descriptors);
    }

    /**
     * A person an apposition describes and "who" follows, a given name the tagger took for a verb before ", who", and
     * a field's chief before a name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tollan said Mara Quell, a designer who has worked on its phones since 2001, would lead the team.|Mara Quell",
        "In July, Ruoming Dai, who ran the team building its models, left for a rival.|Ruoming Dai",
        "The unit will report to services chief Tevaro Quist next year.|Tevaro Quist"})
    void findsPeopleThatContextAloneNames(String text, String person) {
        assertEquals(List.of(person), names(text, MentionType.PERSON));
    }

    @Test
    void takesAFieldsChiefBeforeANameForATitle() {
        assertEquals(List.of("services chief"), names("The unit will report to services chief Dario Venn next year.",
                MentionType.TITLE));
        assertEquals(List.of(), names("Tollan says chief Dario Venn will stay.", MentionType.TITLE).stream()
                .filter(n -> n.endsWith(" chief")).toList());
    }
}
