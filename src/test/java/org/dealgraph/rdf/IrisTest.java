package org.dealgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Span;
import org.junit.jupiter.api.Test;

class IrisTest {

    private final Iris iris = new Iris();

    @Test
    void mintsEntityAndFactIrisUnderTheDefaultBase() {
        assertEquals("https://w3id.org/dealgraph/id/organization/northwind-labs",
                iris.entity(new EntityKey(EntityKind.ORGANIZATION, "northwind-labs")).getURI());
        assertEquals("https://w3id.org/dealgraph/id/person/ada-mercer",
                iris.entity(new EntityKey(EntityKind.PERSON, "ada-mercer")).getURI());
        assertEquals("https://w3id.org/dealgraph/id/round/northwind-labs-series-b",
                iris.fact(new FactKey(FactKind.FUNDING_ROUND, "northwind-labs-series-b")).getURI());
        assertEquals("https://w3id.org/dealgraph/id/ownership/helios-tessel",
                iris.fact(new FactKey(FactKind.SUBSIDIARY, "helios-tessel")).getURI());
    }

    @Test
    void mintsRolesFromPersonAndOrganization() {
        assertEquals("https://w3id.org/dealgraph/id/role/ada-mercer--northwind-labs",
                iris.role(new EntityKey(EntityKind.PERSON, "ada-mercer"),
                        new EntityKey(EntityKind.ORGANIZATION, "northwind-labs")).getURI());
        assertThrows(IllegalArgumentException.class, () -> iris.fact(new FactKey(FactKind.ROLE, "ada-mercer")));
    }

    @Test
    void mintsArticleGraphAndAmountIris() {
        ArticleId id = new ArticleId("a1b2c3d4e5f60718");
        assertEquals("https://example.org/kg/graph/a1b2c3d4e5f60718",
                new Iris("https://example.org/kg/").graph(id).getURI());
        assertEquals("https://w3id.org/dealgraph/id/article/a1b2c3d4e5f60718", iris.article(id).getURI());
        var deal = iris.fact(new FactKey(FactKind.DEAL, "x-y"));
        assertEquals("https://w3id.org/dealgraph/id/deal/x-y/value/usd-38000000000",
                iris.amount(deal, DG.value, Money.of("38e9", "USD")).getURI());
    }

    @Test
    void givesEqualProvenancesOneEvidenceNode() {
        ArticleId id = new ArticleId("a1b2c3d4e5f60718");
        Provenance p = new Provenance(id, 2, new Span(10, 20), "deal-signed", 0.9);
        assertEquals(iris.evidence(p), iris.evidence(new Provenance(id, 2, new Span(10, 20), "deal-signed", 0.9)));
        assertNotEquals(iris.evidence(p), iris.evidence(new Provenance(id, 2, new Span(10, 21), "deal-signed", 0.9)));
        assertTrue(iris.evidence(p).getURI().startsWith("https://w3id.org/dealgraph/id/evidence/a1b2c3d4e5f60718/"));
    }

    @Test
    void slugsFreeTextNamesSafely() {
        assertEquals("https://w3id.org/dealgraph/id/publisher/le-monde-diplomatique",
                iris.publisher("Le Monde <Diplomatique>").getURI());
        assertEquals("https://w3id.org/dealgraph/id/author/jose-alvarez", iris.author("José Álvarez").getURI());
        assertTrue(iris.author("山田").getURI().matches(".*/author/x[0-9a-f]{16}"));
    }

    @Test
    void acceptsOnlyWikidataItemIds() {
        assertEquals("http://www.wikidata.org/entity/Q95", iris.wikidata("Q95").getURI());
        assertThrows(IllegalArgumentException.class, () -> iris.wikidata("Q95> <x"));
    }

    @Test
    void makesIrisOnlyOfWebAddresses() {
        assertEquals(Optional.of("https://news.example.com/a?b=c"),
                iris.webPage("https://news.example.com/a?b=c").map(n -> n.getURI()));
        assertEquals(Optional.empty(), iris.webPage("javascript:alert(1)"));
        assertEquals(Optional.empty(), iris.webPage("https://bad host/"));
    }

    @Test
    void rejectsABaseThatIsNotAnAbsoluteIriEndingInASlash() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/kg"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("kg/"));
    }

    @Test
    void namesAmountNodesAfterTheirProperty() {
        var round = iris.fact(new FactKey(FactKind.FUNDING_ROUND, "r"));
        assertNotEquals(iris.amount(round, DG.amount, Money.of("5", "USD")),
                iris.amount(round, DG.valuation, Money.of("5", "USD")));
    }
}
