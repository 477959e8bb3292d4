package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Status;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.Namespaces;
import org.dealgraph.resolve.KeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An article written to attack the server: names and text full of markup, quotes, path tricks, look-alike
 * letters and control characters, and a {@code javascript:} address. Resolved by the real key resolver,
 * mapped by the real mapper and served: every minted IRI stays under the base, and no page shows markup.
 */
class HostileTextTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final List<String> NAMES = List.of(SCRIPT, "../../etc/passwd Labs", "Evil#Corp?x=1/../admin",
            "\"Quoted\" & <b>Bold</b> Co.", "\u041epenAI", "Bad\u0000Name\u202Egnp.exe", "Space   Ship / Ltd");
    private static final String SENTENCE = "Acme & Sons said \"yes\" to " + SCRIPT + " <img src=x onerror=alert(2)> "
            + "and ../../etc/passwd Labs.";
    private static final ArticleId ID = new ArticleId("c0ffee00c0ffee00");
    private static ServedStore served;
    private static ResolvedArticle resolved;
    private static List<Quad> quads;

    @BeforeAll
    static void serveTheHostileArticle() {
        resolved = KeyResolver.load().resolve(hostileArticle(NAMES));
        served = new ServedStore();
        quads = served.mapper.quads(resolved);
        served.add(resolved).start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void everyMintedIriStaysUnderTheBaseAndIsValid() {
        Set<String> vocabularies = Namespaces.prefixes(new Iris(ServedStore.BASE)).getNsPrefixMap().values()
                .stream().filter(ns -> !ns.equals(ServedStore.BASE)).collect(Collectors.toSet());
        List<String> iris = quads.stream().flatMap(q -> Stream.of(q.getGraph(), q.getSubject(), q.getObject()))
                .filter(Node::isURI).map(Node::getURI).distinct().toList();
        for (String iri : iris) {
            if (vocabularies.stream().anyMatch(iri::startsWith)) {
                continue;
            }
            assertTrue(iri.startsWith(ServedStore.BASE), "outside the base: " + iri);
            String rest = iri.substring(ServedStore.BASE.length());
            assertTrue(rest.matches("[a-z]+(/[a-z0-9][a-z0-9.-]*)+") && !rest.contains(".."), "unsafe path: " + iri);
            assertTrue(IRIx.create(iri).isAbsolute(), iri);
        }
        assertFalse(iris.stream().anyMatch(i -> i.toLowerCase().startsWith("javascript")), iris.toString());
    }

    @Test
    void aLookAlikeNameDoesNotTakeTheRealOnesKey() {
        EntityKey lookAlike = resolved.entities().stream().filter(e -> e.name().equals("\u041epenAI"))
                .findFirst().orElseThrow().key();
        assertNotEquals("openai", lookAlike.slug());
    }

    @Test
    void aNameOfOnlyPathCharactersIsRejectedNotMinted() {
        assertThrows(IllegalArgumentException.class,
                () -> KeyResolver.load().resolve(hostileArticle(List.of("../", "#?/"))));
    }

    @Test
    void noPageShowsMarkupFromTheArticle() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/id/article/" + ID, "/void", "/"));
        resolved.entities().forEach(e -> paths.add(served.mapper.iris().entity(e.key()).getURI()
                .replace(ServedStore.BASE, "/id/")));
        quads.stream().map(Quad::getSubject).filter(Node::isURI).map(Node::getURI).distinct()
                .filter(i -> i.startsWith(ServedStore.BASE + "partnership/") || i.contains("/publisher/")
                        || i.contains("/author/"))
                .forEach(i -> paths.add(i.replace(ServedStore.BASE, "/id/")));
        for (String path : paths) {
            HttpResponse<String> page = served.get(path, "text/html");
            assertEquals(200, page.statusCode(), path);
            assertNoMarkup(path, page.body());
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        }
        String organization = served.get("/id/organization/" + key(SCRIPT), "text/html").body();
        assertTrue(organization.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), organization);
        assertTrue(organization.contains("Acme &amp; Sons said &quot;yes&quot; to &lt;script&gt;"), organization);
    }

    @Test
    void aJavascriptAddressIsShownButNeverLinked() throws Exception {
        String article = served.get("/id/article/" + ID, "text/html").body();
        assertTrue(article.contains("javascript:alert(3)"), article);
        assertFalse(article.toLowerCase().contains("href=\"javascript"), article);
        String organization = served.get("/id/organization/" + key(SCRIPT), "text/html").body();
        assertFalse(organization.toLowerCase().contains("href=\"javascript"), organization);
    }

    @Test
    void theGraphApiJsonHoldsNoMarkup() throws Exception {
        String search = served.get("/api/search?q=" + URLEncoder.encode("script", StandardCharsets.UTF_8), null).body();
        assertTrue(search.contains("\\u003Cscript\\u003E") || search.contains("\\u003cscript\\u003e"), search);
        assertNoMarkup("search", search);
        String iri = served.mapper.iris().entity(resolved.entities().get(0).key()).getURI();
        String around = served.get("/api/neighbourhood?depth=2&iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8),
                null).body();
        assertTrue(around.contains("\"elements\""), around);
        assertNoMarkup("neighbourhood", around);
    }

    @Test
    void pathTricksUnderIdReadNothingOutsideTheStore() throws Exception {
        for (String path : List.of("/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2F..%2Fetc%2Fpasswd",
                "/id/organization/..%2f..%2fpom.xml", "/id/%00", "/id/organization/" + key(SCRIPT) + "%3Cscript%3E")) {
            HttpResponse<String> response = served.get(path, "text/html");
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, path + " " + response.statusCode());
            assertFalse(response.body().contains("root:"), path);
            assertNoMarkup(path, response.body());
        }
    }

    private static void assertNoMarkup(String where, String body) {
        assertFalse(body.contains("<script>alert"), where + ": " + body);
        assertFalse(body.contains("<img src=x"), where + ": " + body);
        assertFalse(body.contains("<b>Bold"), where + ": " + body);
    }

    private static String key(String name) {
        return resolved.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().key().slug();
    }

    /** One sentence, and a partnership between each pair of neighbours in {@code names}. */
    private static ExtractedArticle hostileArticle(List<String> names) {
        String text = SENTENCE;
        Sentence sentence = new Sentence(0, new Span(0, text.length()), text, List.of());
        Article article = new Article(ID, "attack.md", "md", "<b>Breaking</b> & \"news\" " + SCRIPT, Optional.empty(),
                Optional.of("javascript:alert(3)"), Optional.of("<script>alert('publisher')</script>"),
                List.of("\"><img src=x onerror=alert(4)>"), text, "0".repeat(64), Map.of());
        Provenance evidence = new Provenance(ID, 0, new Span(0, text.length()), "test-rule", 0.5);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i + 1 < names.size(); i++) {
            facts.add(new Partnership(EntityRef.organization(names.get(i)), EntityRef.organization(names.get(i + 1)),
                    Status.ANNOUNCED, evidence));
        }
        return new ExtractedArticle(new AnalysedArticle(article, List.of(sentence), List.of()), facts);
    }
}
