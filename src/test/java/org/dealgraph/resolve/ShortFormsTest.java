package org.dealgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dealgraph.analyse.OrganizationSuffixes;
import org.dealgraph.extract.Articles;
import org.dealgraph.extract.RuleExtractor;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.ResolvedArticle;
import org.junit.jupiter.api.Test;

class ShortFormsTest {

    private static final OrganizationSuffixes SUFFIXES = OrganizationSuffixes.load();
    private static final NameKeys KEYS = new NameKeys(SUFFIXES.keyWords());
    private static final ShortForms SHORT = new ShortForms(KEYS, SUFFIXES.shortWords());

    @Test
    void readsTheLastWordsOfANameOpenedByCapitalisedWordsAsThatName() {
        Map<String, String> longer = SHORT.longer(List.of("Bharti Quillmark", "Quillmark", "The Harbour Daily Times", "The Times"));
        assertEquals("bharti-quillmark", longer.get("quillmark"));
        assertEquals("harbour-daily-times", longer.get("times"));
    }

    @Test
    void readsTheFirstWordsAsTheNameOnlyWhenTheWordsLeftOffAreDroppable() {
        Map<String, String> longer = SHORT.longer(List.of("Talbrook Energy", "Talbrook", "Ostra Wave Global", "Ostra Wave"));
        assertEquals("talbrook-energy", longer.get("talbrook"));
        assertEquals("ostra-wave-global", longer.get("ostra-wave"));
        assertTrue(SHORT.longer(List.of("Talbrook Cloud", "Talbrook")).isEmpty(), "a unit stays apart from its owner");
        assertTrue(SHORT.longer(List.of("Talbrook Ventures", "Talbrook")).isEmpty());
    }

    @Test
    void readsAnAcronymOfEveryCapitalisedWordAsTheName() {
        Map<String, String> longer = SHORT.longer(List.of("Karim bin Saleh University of Applied Intelligence", "KSUAI",
                "KBSUAI", "Harbour Roads and Transit Authority", "HRTA", "HRA"));
        assertEquals("karim-bin-saleh-university-of-applied-intelligence", longer.get("ksuai"));
        assertEquals("karim-bin-saleh-university-of-applied-intelligence", longer.get("kbsuai"));
        assertEquals("harbour-roads-and-transit-authority", longer.get("hrta"));
        assertEquals(null, longer.get("hra"), "every capitalised word has its letter");
    }

    @Test
    void leavesNamesJoinedByALowerCaseWordAndAmbiguousShortNamesAlone() {
        assertTrue(SHORT.longer(List.of("Verda by Quillmark", "Quillmark")).isEmpty());
        assertTrue(SHORT.longer(List.of("Bank of Quillmark", "Quillmark")).isEmpty());
        assertTrue(SHORT.longer(List.of("Bharti Quillmark", "Sunil Quillmark", "Quillmark")).isEmpty());
    }

    @Test
    void keysAWebDomainNameAndAnAssociatesNameLikeTheBareName() {
        assertEquals(KEYS.organization("Vantelo"), KEYS.organization("Vantelo.ai"));
        assertEquals(KEYS.organization("Vantelo"), KEYS.organization("Vantelo.com"));
        assertEquals(KEYS.organization("K. Orrin Price"), KEYS.organization("K. Orrin Price Associates"));
    }

    @Test
    void givesAnArticlesShortNameTheLongNamesNode() {
        ResolvedArticle a = KeyResolver.load().resolve(RuleExtractor.load().extract(Articles.analysed(
                "Bharti Quillmark raised $500 million for its fibre arm from Corvane Capital. In 2023 Quillmark signed a"
                        + " cable deal with Orsini Networks.", LocalDate.of(2025, 4, 2))));
        List<String> orgs = a.entities().stream().filter(e -> e.key().kind() == EntityKind.ORGANIZATION)
                .map(e -> e.key().slug()).toList();
        assertTrue(orgs.contains("bharti-quillmark"), orgs.toString());
        assertTrue(!orgs.contains("quillmark"), orgs.toString());
        var whole = a.entities().stream().filter(e -> e.key().slug().equals("bharti-quillmark")).findFirst().orElseThrow();
        assertTrue(whole.aliases().contains("Quillmark"), whole.aliases().toString());
    }
}
