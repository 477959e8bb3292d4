package org.dealgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.dealgraph.ingest.MappedArticle;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.ingest.StageFailure;
import org.dealgraph.model.Article;
import org.dealgraph.read.FileContent;
import org.dealgraph.read.ReadResult;
import scala.Tuple2;

/**
 * What one partition's group of files comes to, as lines keyed by their {@link OutputKind}: for each article, its
 * graph as N-Quads and its manifest line; for each input rejected, its report line with the reason an ingest
 * gives. Each file is opened through its Hadoop file system, read and taken through the stages one at a time, as
 * the output is written, so a partition's memory holds one file's articles. A bad file (over the size limit,
 * gone, unreadable) is a line of the report, never a failed task.
 */
final class ArticleLines implements PairFlatMapFunction<Iterator<List<ListedFile>>, String, String> {

    private final JobSettings settings;
    private final ShippedConfiguration hadoop;
    private final LongAccumulator written;
    private final LongAccumulator rejected;

    ArticleLines(JobSettings settings, ShippedConfiguration hadoop, LongAccumulator written,
            LongAccumulator rejected) {
        this.settings = settings;
        this.hadoop = hadoop;
        this.written = written;
        this.rejected = rejected;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<List<ListedFile>> groups) {
        Pipeline pipeline = ExecutorPipeline.of(settings);
        Stream<List<ListedFile>> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false);
        return stream.flatMap(List::stream).flatMap(file -> lines(pipeline, file)).iterator();
    }

    private Stream<Tuple2<String, String>> lines(Pipeline pipeline, ListedFile file) {
        Path path = new Path(file.uri());
        FileContent content = FileContent.of(() -> path.getFileSystem(hadoop.get()).open(path), file.bytes());
        List<ReadResult> results = pipeline.reader().read(content, file.source());
        return results.stream().flatMap(result -> result instanceof ReadResult.Read read
                ? article(pipeline, read.article())
                : Stream.of(rejection(result.source(), ((ReadResult.Rejected) result).reason())));
    }

    private Stream<Tuple2<String, String>> article(Pipeline pipeline, Article article) {
        MappedArticle mapped;
        try {
            mapped = pipeline.process(article);
        } catch (StageFailure failure) {
            return Stream.of(rejection(article.source(), failure.getMessage()));
        }
        written.add(1);
        String manifest = Tsv.line(pipeline.mapper().iris().article(article.id()).getURI(), article.contentHash(),
                mapped.graph().getURI(), article.source());
        return Stream.of(new Tuple2<>(OutputKind.GRAPHS.name(), nquads(mapped)),
                new Tuple2<>(OutputKind.MANIFEST.name(), manifest));
    }

    private Tuple2<String, String> rejection(String source, String reason) {
        rejected.add(1);
        return new Tuple2<>(OutputKind.REJECTED.name(), Tsv.line(source, reason));
    }

    /** The article's graph as N-Quads lines, without the last line break (the output adds one). */
    private static String nquads(MappedArticle mapped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, mapped.quads().iterator());
        String text = out.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
