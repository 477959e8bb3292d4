package org.dealgraph.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the module's tests share: the Spark context in local mode, a folder per test, and runs of the job in it. */
@ExtendWith(LocalSpark.class)
abstract class LocalJobTest {

    @TempDir
    Path temp;

    private JavaSparkContext spark;

    @BeforeEach
    void takeSpark(JavaSparkContext context) {
        spark = context;
    }

    /** Runs the job over {@code inputs} into this test's folder {@code name}, and reads what it left. */
    JobOutput run(List<Path> inputs, String name) {
        Path out = temp.resolve(name);
        ArticleJob.run(spark, JobSettings.of(inputs.stream().map(Path::toString).toList(), out.toString()));
        return new JobOutput(out);
    }
}
