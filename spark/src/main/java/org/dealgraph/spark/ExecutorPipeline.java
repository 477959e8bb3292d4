package org.dealgraph.spark;

import org.dealgraph.ingest.Pipeline;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.Iris;
import org.dealgraph.read.ArticleFiles;

/**
 * The pipeline of one executor. The language models and lexicons load once per JVM, the first time a task asks
 * (the class-holder idiom: lazy, thread-safe, never reloaded), and every task of the executor shares them; the
 * stages are thread-safe. Each task takes them with its run's size limit and IRI base, which cost nothing to set.
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {
    }

    /** Loaded when first used. */
    private static final class Loaded {
        static final Pipeline STAGES = Pipeline.standard();
    }

    /** The loaded stages, reading files up to the settings' limit and minting under their base. */
    static Pipeline of(JobSettings settings) {
        Pipeline stages = Loaded.STAGES;
        return new Pipeline(new ArticleFiles(settings.maxBytes()), stages.analyser(), stages.extractor(),
                stages.resolver(), new ArticleMapper(new Iris(settings.base())), stages.budget());
    }
}
