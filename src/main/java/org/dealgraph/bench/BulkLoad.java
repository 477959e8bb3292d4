package org.dealgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dealgraph.store.ArticleStore;

/** TDB2's own bulk loader, the reference for what storing quads costs, and dumping a store to N-Quads for it. */
final class BulkLoad {

    private BulkLoad() {
    }

    /** Writes every quad of {@code store} to {@code file} as N-Quads; returns the number written. */
    static long dump(ArticleStore store, Path file) {
        Dataset dataset = store.dataset();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            long[] count = {0};
            writer.start();
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(quad -> {
                writer.quad(quad);
                count[0]++;
            }));
            writer.finish();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Loads the N-Quads {@code files} with TDB2's phased bulk loader into a new database in {@code directory};
     * returns the quads loaded.
     */
    static long load(List<Path> files, Path directory) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            return loader.countQuads();
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }
}
