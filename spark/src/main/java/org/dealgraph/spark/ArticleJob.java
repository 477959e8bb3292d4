package org.dealgraph.spark;

import java.util.List;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.dealgraph.read.ArticleFiles;
import scala.Tuple2;

/**
 * The Spark job: runs dealgraph's text pipeline over article files and writes, under the output folder,
 * {@code graphs/} (gzipped N-Quads, one named graph per article exactly as {@code dealgraph ingest} stores it),
 * {@code manifest/} (article IRI, content hash, graph IRI, source) and {@code rejected/} (source, reason).
 *
 * <p>The driver lists the files to read and packs them into as many groups as partitions asked for, of about equal
 * bytes ({@link FileGroups}), since the stages take time in proportion to the text; each partition opens its
 * group's files through their Hadoop file system, reads each whole by the reader its name picks, runs the stages
 * on them and writes its own part files. Nothing is shuffled: an article's graph depends on the article alone,
 * since IRIs are minted from keys that do not depend on which article names a thing, so partitions agree on every
 * IRI without talking to each other.
 *
 * <pre>spark-submit --class org.dealgraph.spark.ArticleJob dealgraph-spark.jar --out OUT INPUT...</pre>
 */
public final class ArticleJob {

    private ArticleJob() {
    }

    public static void main(String[] args) {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dealgraph spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("dealgraph"))) {
            System.out.println(run(spark, settings).describe(settings.output()));
        }
    }

    /** Runs the job on {@code spark}; the output folder must not exist yet. */
    public static JobSummary run(JavaSparkContext spark, JobSettings settings) {
        long start = System.nanoTime();
        GivenInputs inputs = GivenInputs.expand(settings.inputs(), spark.hadoopConfiguration());
        LongAccumulator written = spark.sc().longAccumulator("articles written");
        LongAccumulator rejected = spark.sc().longAccumulator("inputs rejected");
        List<Tuple2<String, String>> missing = inputs.missing().stream()
                .map(m -> new Tuple2<>(OutputKind.REJECTED.name(), Tsv.line(m.source(), m.reason()))).toList();
        rejected.add(missing.size());
        JavaPairRDD<String, String> lines = spark.parallelizePairs(missing, 1);
        List<ListedFile> files = inputs.files(spark.hadoopConfiguration(), new ArticleFiles(settings.maxBytes()));
        if (!files.isEmpty()) {
            int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * spark.defaultParallelism();
            // As many groups as partitions: each partition takes exactly one group.
            lines = lines.union(spark.parallelize(FileGroups.pack(files, partitions, settings.maxBytes()), partitions)
                    .mapPartitionsToPair(new ArticleLines(settings,
                            new ShippedConfiguration(spark.hadoopConfiguration()), written, rejected)));
        }
        lines.saveAsHadoopFile(settings.output(), String.class, String.class, KindOutputFormat.class, GzipCodec.class);
        return new JobSummary(written.value(), rejected.value(), (System.nanoTime() - start) / 1e9);
    }
}
