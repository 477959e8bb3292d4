package org.dealgraph.spark;

import java.util.List;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The Spark job: runs dealgraph's text pipeline over article files and writes, under the output folder,
 * {@code graphs/} (gzipped N-Quads, one named graph per article exactly as {@code dealgraph ingest} stores it),
 * {@code manifest/} (article IRI, content hash, graph IRI, source) and {@code rejected/} (source, reason).
 *
 * <p>The files are read whole, each by the reader its name picks, in partitions of the input listing; each
 * partition runs the stages on its own files and writes its own part files. Nothing is shuffled: an article's
 * graph depends on the article alone, since IRIs are minted from keys that do not depend on which article
 * names a thing, so partitions agree on every IRI without talking to each other.
 *
 * <pre>spark-submit --class org.dealgraph.spark.ArticleJob dealgraph-spark.jar --out OUT INPUT...</pre>
 */
public final class ArticleJob {

    /** What opening one file costs, counted in bytes of text, when partitions are cut. */
    static final long FILE_OPEN_COST_BYTES = 8 * 1024;

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
        try (JavaSparkContext spark = new JavaSparkContext(configured(new SparkConf().setAppName("dealgraph")))) {
            System.out.println(run(spark, settings).describe(settings.output()));
        }
    }

    /**
     * {@code conf} with what the job needs unless it says otherwise: Spark packs files into a partition up to a
     * byte size that counts an "open cost" for each file, 4 MB by default, meant for files that are cheap to read
     * but costly to open. Here each file's text is the cost (the stages take about a thousand times longer than
     * opening it), so the open cost is set to a few kilobytes and the partitions come out of about equal text,
     * as many as asked for; with the default, a whole folder of news articles fits one partition and one core.
     */
    public static SparkConf configured(SparkConf conf) {
        return conf.setIfMissing("spark.files.openCostInBytes", Long.toString(FILE_OPEN_COST_BYTES));
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
        if (inputs.listing().isPresent()) {
            // Folders are listed with their subfolders, as an ingest walks them.
            spark.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
            int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * spark.defaultParallelism();
            lines = lines.union(spark.binaryFiles(inputs.listing().get(), partitions)
                    .mapPartitionsToPair(new ArticleLines(settings, inputs, written, rejected)));
        }
        lines.saveAsHadoopFile(settings.output(), String.class, String.class, KindOutputFormat.class, GzipCodec.class);
        return new JobSummary(written.value(), rejected.value(), (System.nanoTime() - start) / 1e9);
    }
}
