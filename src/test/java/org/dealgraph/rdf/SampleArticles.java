package org.dealgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.Bound;
import org.dealgraph.model.Deal;
import org.dealgraph.model.Entity;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FactKey;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.model.Role;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Status;
import org.dealgraph.model.Subsidiary;

/**
 * Two small resolved articles about made-up companies, built by hand from the model records, for the
 * rdf and store tests. Both tell the Northwind–Helios cloud deal, under one fact key.
 */
public final class SampleArticles {

    public static final ArticleId FIRST_ID = new ArticleId("a1b2c3d4e5f60718");
    public static final ArticleId SECOND_ID = new ArticleId("0badcafe12345678");
    public static final ArticleId THIRD_ID = new ArticleId("feedface87654321");

    static final EntityRef NORTHWIND = EntityRef.organization("Northwind Labs");
    static final EntityRef HELIOS = EntityRef.organization("Helios Compute");
    static final EntityRef QUILLON = EntityRef.organization("Quillon Capital");
    static final EntityRef BRIGHTWATER = EntityRef.organization("Brightwater AI");
    static final EntityRef TESSEL = EntityRef.organization("Tessel Robotics");
    static final EntityRef MERCER = EntityRef.person("Ada Mercer");
    static final FactKey CLOUD_DEAL = new FactKey(FactKind.DEAL, "helios-compute-northwind-labs-2025");

    private static final List<String> FIRST_TEXT = List.of(
            "Northwind Labs signed a $2.5bn cloud deal with Helios Compute on Monday.",
            "Quillon Capital led a $400m Series B in Northwind Labs at a $3bn valuation, putting in $150m itself.",
            "Helios Compute agreed to buy Brightwater AI for about €120m.",
            "Ada Mercer, chief executive of Northwind Labs, said the deal runs for five years.",
            "Helios Compute's robotics unit Tessel Robotics has worked with Northwind Labs as a partner since 2023.");

    private static final List<String> SECOND_TEXT = List.of(
            "Helios Compute will supply chips to Northwind Labs under a $2.5bn agreement.");

    private static final List<String> THIRD_TEXT = List.of(
            "Brightwater AI is in talks with Quillon Capital about a data deal.");

    private SampleArticles() {
    }

    /** The first article: a deal, a round, an investment, an acquisition, a role, a subsidiary, a partnership. */
    public static ResolvedArticle first() {
        Builder b = new Builder(FIRST_ID, FIRST_TEXT, "news/northwind.md", "md",
                "Northwind Labs signs cloud deal", Optional.of(LocalDate.of(2025, 3, 3)),
                Optional.of("https://news.example.com/2025/northwind-helios"), Optional.of("Example News"),
                List.of("Jo Writer"));
        b.entity(NORTHWIND, "northwind-labs", List.of("Northwind"), Optional.of("Q4242"), Optional.of("company"));
        b.entity(HELIOS, "helios-compute", List.of(), Optional.empty(), Optional.empty());
        b.entity(QUILLON, "quillon-capital", List.of(), Optional.empty(), Optional.of("fund"));
        b.entity(BRIGHTWATER, "brightwater-ai", List.of(), Optional.empty(), Optional.empty());
        b.entity(TESSEL, "tessel-robotics", List.of(), Optional.empty(), Optional.empty());
        b.entity(MERCER, "ada-mercer", List.of(), Optional.empty(), Optional.empty());
        b.fact(CLOUD_DEAL, p -> new Deal(List.of(NORTHWIND, HELIOS), Optional.of(usd("2500000000")),
                Status.ANNOUNCED, Optional.of(FactDate.day(LocalDate.of(2025, 3, 3))), Optional.of("P5Y"), p),
                b.evidence(0, "Northwind Labs signed a $2.5bn cloud deal with Helios Compute", "deal-signed", 0.9),
                b.evidence(3, "the deal runs for five years", "deal-term", 0.6));
        b.fact(new FactKey(FactKind.FUNDING_ROUND, "northwind-labs-series-b"), p -> new FundingRound(NORTHWIND,
                        Optional.of(usd("400000000")), Optional.of(usd("3000000000")), List.of(QUILLON),
                        Optional.of("Series B"), Status.ANNOUNCED, Optional.empty(), p),
                b.evidence(1, "Quillon Capital led a $400m Series B in Northwind Labs at a $3bn valuation",
                        "round-led", 0.85));
        b.fact(new FactKey(FactKind.INVESTMENT, "quillon-capital-northwind-labs"), p -> new Investment(QUILLON,
                        NORTHWIND, Optional.of(usd("150000000")), Status.ANNOUNCED, Optional.empty(), p),
                b.evidence(1, "putting in $150m itself", "investment-own-share", 0.7));
        b.fact(new FactKey(FactKind.ACQUISITION, "helios-compute-brightwater-ai"), p -> new Acquisition(HELIOS,
                        BRIGHTWATER, Optional.of(new Money(new BigDecimal("120000000"), "EUR",
                        Bound.APPROXIMATE)), Status.ANNOUNCED, Optional.empty(), p),
                b.evidence(2, "Helios Compute agreed to buy Brightwater AI for about €120m", "acquire-agreed", 0.8));
        b.fact(new FactKey(FactKind.ROLE, "ada-mercer-northwind-labs"), p -> new Role(MERCER, NORTHWIND,
                        Optional.of("chief executive"), p),
                b.evidence(3, "Ada Mercer, chief executive of Northwind Labs", "title-of", 0.95));
        b.fact(new FactKey(FactKind.SUBSIDIARY, "helios-compute-tessel-robotics"), p -> new Subsidiary(HELIOS,
                        TESSEL, p),
                b.evidence(4, "Helios Compute's robotics unit Tessel Robotics", "unit-of", 0.9));
        b.fact(new FactKey(FactKind.PARTNERSHIP, "northwind-labs-tessel-robotics"), p -> new Partnership(TESSEL,
                        NORTHWIND, Status.COMPLETED, p),
                b.evidence(4, "Tessel Robotics has worked with Northwind Labs as a partner", "partner-of", 0.75));
        return b.build();
    }

    /** The second article: the same cloud deal, told in other words and dated by a bare year, under the same key. */
    public static ResolvedArticle second() {
        Builder b = new Builder(SECOND_ID, SECOND_TEXT, "news/chips.txt", "txt", "Chips for Northwind",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        b.entity(NORTHWIND, "northwind-labs", List.of(), Optional.of("Q4242"), Optional.empty());
        b.entity(HELIOS, "helios-compute", List.of(), Optional.empty(), Optional.empty());
        b.fact(CLOUD_DEAL, p -> new Deal(List.of(HELIOS, NORTHWIND), Optional.of(usd("2500000000")),
                        Status.ANNOUNCED, Optional.of(FactDate.year(2025)), Optional.empty(), p),
                b.evidence(0, "Helios Compute will supply chips to Northwind Labs under a $2.5bn agreement",
                        "deal-supply", 0.8));
        return b.build();
    }

    /** A third article: a deal still in talks, which yields no partnerOf shortcut. */
    public static ResolvedArticle inTalks() {
        Builder b = new Builder(THIRD_ID, THIRD_TEXT, "news/talks.html", "html", "", Optional.empty(),
                Optional.of("not a web address"), Optional.empty(), List.of());
        b.entity(QUILLON, "quillon-capital", List.of(), Optional.empty(), Optional.empty());
        b.entity(BRIGHTWATER, "brightwater-ai", List.of(), Optional.empty(), Optional.empty());
        b.fact(new FactKey(FactKind.DEAL, "brightwater-ai-quillon-capital"), p -> new Deal(
                        List.of(BRIGHTWATER, QUILLON), Optional.empty(), Status.IN_TALKS, Optional.empty(),
                        Optional.empty(), p),
                b.evidence(0, "Brightwater AI is in talks with Quillon Capital about a data deal", "deal-talks", 0.5));
        return b.build();
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** Builds one article: the text from its sentences, and the facts with their evidence. */
    private static final class Builder {

        private final Article article;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();
        private final Map<EntityRef, EntityKey> keys = new LinkedHashMap<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<ResolvedFact> resolved = new ArrayList<>();

        Builder(ArticleId id, List<String> lines, String source, String format, String title,
                Optional<LocalDate> published, Optional<String> url, Optional<String> publisher,
                List<String> authors) {
            String text = String.join(" ", lines);
            int at = 0;
            for (String line : lines) {
                int start = text.indexOf(line, at);
                sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length()), line, List.of()));
                at = start + line.length();
            }
            String hash = (id.value() + "0".repeat(64)).substring(0, 64);
            article = new Article(id, source, format, title, published, url, publisher, authors, text, hash, Map.of());
        }

        void entity(EntityRef ref, String slug, List<String> aliases, Optional<String> wikidata,
                    Optional<String> category) {
            EntityKey key = new EntityKey(ref.kind(), slug);
            keys.put(ref, key);
            entities.add(new Entity(key, ref.name(), aliases, wikidata, category));
        }

        Provenance evidence(int sentence, String words, String rule, double confidence) {
            Sentence s = sentences.get(sentence);
            int start = s.span().start() + s.text().indexOf(words);
            if (start < s.span().start()) {
                throw new IllegalArgumentException("not in sentence " + sentence + ": " + words);
            }
            return new Provenance(article.id(), sentence, new Span(start, start + words.length()), rule, confidence);
        }

        void fact(FactKey key, Function<Provenance, Fact> make, Provenance... evidence) {
            Fact fact = make.apply(evidence[0]);
            facts.add(fact);
            resolved.add(new ResolvedFact(key, fact, List.of(evidence)));
        }

        ResolvedArticle build() {
            AnalysedArticle analysed = new AnalysedArticle(article, sentences, List.of());
            return new ResolvedArticle(new ExtractedArticle(analysed, facts), entities, keys, resolved);
        }
    }
}
