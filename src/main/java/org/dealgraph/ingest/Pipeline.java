package org.dealgraph.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.dealgraph.analyse.Analyser;
import org.dealgraph.analyse.OpenNlpAnalyser;
import org.dealgraph.extract.Extractor;
import org.dealgraph.extract.RuleExtractor;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.Iris;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.resolve.KeyResolver;
import org.dealgraph.resolve.Resolver;

/**
 * The stages an ingest runs, in order: read files, analyse, extract, resolve, map to RDF. Immutable; the
 * stages are thread-safe, so one pipeline may serve several workers. An {@link Ingestor} maps under its
 * store's IRI base, whatever base {@code mapper} has ({@link #mintingUnder(Iris)}).
 */
public record Pipeline(ArticleFiles reader, Analyser analyser, Extractor extractor, Resolver resolver,
                       ArticleMapper mapper, ArticleBudget budget) {

    public Pipeline {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(analyser, "analyser");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(budget, "budget");
    }

    /** A pipeline of these stages with the {@linkplain ArticleBudget#defaults() default budget}. */
    public Pipeline(ArticleFiles reader, Analyser analyser, Extractor extractor, Resolver resolver,
                    ArticleMapper mapper) {
        this(reader, analyser, extractor, resolver, mapper, ArticleBudget.defaults());
    }

    /** The pipeline with dealgraph's own stages; loads the language models and lexicons. */
    public static Pipeline standard() {
        return standard(new ArticleFiles());
    }

    /** The standard pipeline, rejecting files larger than {@code maxBytes} (the default is 10 MB). */
    public static Pipeline standard(long maxBytes) {
        return standard(new ArticleFiles(maxBytes));
    }

    /**
     * The standard pipeline, rejecting files larger than {@code maxBytes}, following symbolic links that lead
     * outside the folders given only when {@code followLinks}.
     */
    public static Pipeline standard(long maxBytes, boolean followLinks) {
        return standard(new ArticleFiles(maxBytes, followLinks));
    }

    /** The standard pipeline as {@link #standard(long, boolean)}, with {@code budget} for each article. */
    public static Pipeline standard(long maxBytes, boolean followLinks, ArticleBudget budget) {
        return standard(new ArticleFiles(maxBytes, followLinks)).withBudget(budget);
    }

    private static Pipeline standard(ArticleFiles reader) {
        return new Pipeline(reader, OpenNlpAnalyser.load(), RuleExtractor.load(), KeyResolver.load(), new ArticleMapper());
    }

    /** This pipeline with its mapper minting under {@code iris}' base: this very one if it already does. */
    Pipeline mintingUnder(Iris iris) {
        return mapper.iris().base().equals(iris.base()) ? this
                : new Pipeline(reader, analyser, extractor, resolver, new ArticleMapper(iris), budget);
    }

    /** This pipeline with another budget for each article. */
    public Pipeline withBudget(ArticleBudget newBudget) {
        return new Pipeline(reader, analyser, extractor, resolver, mapper, newBudget);
    }

    /** The named graph {@code article} is stored in. */
    Node graphOf(Article article) {
        return mapper.graphName(article.id());
    }

    /**
     * Runs the text stages and the mapping for one article as an ingest does, for a run that writes the graphs
     * elsewhere than a store (the Spark job writes N-Quads). Touches no shared state, so it may run on any thread.
     *
     * @throws StageFailure naming the stage, when a stage fails on this article, or the limit it went over: the
     *                      reason an ingest rejects the article with
     */
    public MappedArticle process(Article article) {
        return process(article, new StageClock());
    }

    /**
     * Runs the text stages and the mapping for one article: everything an ingest does short of writing to
     * the store, adding the time of each stage to {@code clock}. Touches no shared state but the clock, so it
     * may run on any thread.
     *
     * @throws StageFailure naming the stage, when a stage fails on this article, or the limit it went over
     */
    MappedArticle process(Article article, StageClock clock) {
        long start = System.nanoTime();
        AnalysedArticle analysed = stage("analyse", Stage.ANALYSE, clock, () -> analyser.analyse(article));
        budget.overrun(analysed).ifPresent(reason -> {
            throw StageFailure.overBudget(reason);
        });
        withinTime(start, "analyse");
        ExtractedArticle extracted = stage("extract", Stage.EXTRACT, clock, () -> extractor.extract(analysed));
        withinTime(start, "extract");
        ResolvedArticle resolved = stage("resolve", Stage.RESOLVE, clock, () -> resolver.resolve(extracted));
        withinTime(start, "resolve");
        Node graph = graphOf(article);
        QuadCollector quads = new QuadCollector(graph);
        stage("rdf", Stage.MAP, clock, () -> {
            mapper.map(resolved, quads);
            return quads;
        });
        withinTime(start, "rdf");
        return new MappedArticle(article.source(), article.id(), graph, quads.quads(), factCounts(resolved));
    }

    private void withinTime(long start, String stage) {
        budget.overrun(Duration.ofNanos(System.nanoTime() - start), stage).ifPresent(reason -> {
            throw StageFailure.overBudget(reason);
        });
    }

    /** Runs one stage, naming it in any failure so that the rejection says where the article failed. */
    private static <T> T stage(String name, Stage stage, StageClock clock, Supplier<T> work) {
        return clock.time(stage, () -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                throw new StageFailure(name, e);
            }
        });
    }

    private static Map<FactKind, Integer> factCounts(ResolvedArticle resolved) {
        Map<FactKind, Integer> counts = new HashMap<>();
        for (ResolvedFact fact : resolved.facts()) {
            counts.merge(fact.key().kind(), 1, Integer::sum);
        }
        return counts;
    }
}
