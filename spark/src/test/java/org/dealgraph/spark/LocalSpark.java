package org.dealgraph.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the module's test classes one Spark context in local mode ({@code local[2]}): started when first asked
 * for and stopped when the last test class has run, since a JVM holds one context at a time and starting one
 * costs seconds. A test class takes it as a parameter of its {@code @BeforeAll} method.
 */
final class LocalSpark implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == JavaSparkContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(ExtensionContext.Namespace.create(LocalSpark.class))
                .getOrComputeIfAbsent(Started.class, key -> new Started(), Started.class).context();
    }

    /** The context, stopped by JUnit when the run ends. */
    private record Started(JavaSparkContext context) implements ExtensionContext.Store.CloseableResource {

        Started() {
            this(new JavaSparkContext(new SparkConf().setMaster("local[2]")
                    .setAppName("dealgraph-test").set("spark.ui.enabled", "false")));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
