package org.dealgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    private static final ArticleId ARTICLE = new ArticleId("0123456789abcdef");
    private static final Provenance EVIDENCE = new Provenance(ARTICLE, 0, new Span(0, 10), "test", 0.9);
    private static final EntityRef ACME = EntityRef.organization("Acme");
    private static final EntityRef GLOBEX = EntityRef.organization("Globex");

    @Test
    void moneyKeepsAmountsWithoutTrailingZeros() {
        assertEquals(new BigDecimal("38E+9"), Money.of("38000000000.00", "USD").amount());
    }

    @Test
    void moneyRejectsNegativeAmountsAndNonIsoCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("-1", "USD"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "usd"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "DOLLAR"));
    }

    @Test
    void spanRejectsEndBeforeStart() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }

    @Test
    void articleIdIsLowercaseHex() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleId("NotHex!"));
    }

    @Test
    void dealNeedsTwoDistinctParties() {
        assertThrows(IllegalArgumentException.class, () -> new Deal(List.of(ACME, ACME), Optional.empty(),
                Status.ANNOUNCED, Optional.empty(), Optional.empty(), EVIDENCE));
        assertThrows(IllegalArgumentException.class, () -> new Deal(List.of(ACME), Optional.empty(),
                Status.ANNOUNCED, Optional.empty(), Optional.empty(), EVIDENCE));
    }

    @Test
    void provenanceConfidenceStaysInUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Provenance(ARTICLE, 0, new Span(0, 1), "r", 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Provenance(ARTICLE, 0, new Span(0, 1), "r", Double.NaN));
    }

    @Test
    void sentenceTokensMustLieInsideTheSentence() {
        Token outside = new Token("x", new Span(20, 21), "NOUN");
        assertThrows(IllegalArgumentException.class, () -> new Sentence(0, new Span(0, 10), "0123456789", List.of(outside)));
    }

    @Test
    void resolvedArticleRefusesFactsWithUnresolvedEntities() {
        Article article = new Article(ARTICLE, "a.txt", "txt", "", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "Acme and Globex", "00", Map.of());
        Sentence sentence = new Sentence(0, new Span(0, 15), "Acme and Globex", List.of());
        AnalysedArticle analysed = new AnalysedArticle(article, List.of(sentence), List.of());
        Partnership p = new Partnership(ACME, GLOBEX, Status.ANNOUNCED, EVIDENCE);
        ExtractedArticle extracted = new ExtractedArticle(analysed, List.of(p));
        ResolvedFact fact = new ResolvedFact(new FactKey(FactKind.PARTNERSHIP, "acme--globex"), p, List.of(EVIDENCE));
        Map<EntityRef, EntityKey> onlyAcme = Map.of(ACME, new EntityKey(EntityKind.ORGANIZATION, "acme"));
        assertThrows(IllegalArgumentException.class,
                () -> new ResolvedArticle(extracted, List.of(), onlyAcme, List.of(fact)));
    }

    @Test
    void resolvedFactKindMustMatchItsKey() {
        Partnership p = new Partnership(ACME, GLOBEX, Status.ANNOUNCED, EVIDENCE);
        assertThrows(IllegalArgumentException.class,
                () -> new ResolvedFact(new FactKey(FactKind.DEAL, "acme--globex"), p, List.of(EVIDENCE)));
    }
}
