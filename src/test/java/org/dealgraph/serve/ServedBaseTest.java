package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.SampleArticles;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

/** A server describes the resources under the base its store records, and refuses to be told another. */
class ServedBaseTest {

    private static final Iris CUSTOM = new Iris("https://example.org/kg/");

    @Test
    void aServerToldAnotherBaseThanTheStoresIsRefused() {
        try (ArticleStore store = storeUnder(CUSTOM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DealgraphServer(
                    store.dataset(), ServerSettings.defaults().withPort(0).withBase(Iris.DEFAULT_BASE)));
            assertTrue(e.getMessage().contains(CUSTOM.base()) && e.getMessage().contains(Iris.DEFAULT_BASE),
                    e.getMessage());
        }
    }

    @Test
    void aServerToldNoBaseTakesTheStores() throws Exception {
        try (ArticleStore store = storeUnder(CUSTOM);
             DealgraphServer server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start()) {
            assertEquals(CUSTOM.base(), server.settings().base());
        }
    }

    private static ArticleStore storeUnder(Iris iris) {
        ArticleStore store = ArticleStore.inMemory(iris);
        ArticleMapper mapper = new ArticleMapper(store.iris());
        store.replace(mapper.graphName(SampleArticles.FIRST_ID), mapper.quads(SampleArticles.first()));
        return store;
    }
}
