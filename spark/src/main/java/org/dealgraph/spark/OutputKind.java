package org.dealgraph.spark;

/** The three outputs of the job, each a folder of part files under the output folder. */
enum OutputKind {
    /** Gzipped N-Quads: every article's named graph, whole, in one part file. */
    GRAPHS("graphs", ".nq"),
    /** One line per article written: article IRI, content hash, graph IRI, source; tab-separated. */
    MANIFEST("manifest", ".tsv"),
    /** One line per input rejected: source, reason; tab-separated. */
    REJECTED("rejected", ".tsv");

    private final String folder;
    private final String extension;

    OutputKind(String folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    String folder() {
        return folder;
    }

    /** The path, under the output folder, of the part file a task names {@code part}. */
    String file(String part) {
        return folder + "/" + part + extension;
    }
}
