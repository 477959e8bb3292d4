package org.dealgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Iris;

/**
 * N-Quads files of article graphs, as {@code dealgraph export --format nq} or a distributed run of the
 * pipeline writes them: one named graph per article, each with its article node's content hash
 * ({@code dg:contentHash}), plain or gzipped ({@code .gz}), given as files or folders of parts.
 */
public final class QuadParts {

    private QuadParts() {
    }

    /**
     * The files among {@code paths}: a file as given, a folder as its N-Quads files ({@code .nq},
     * {@code .nquads}, either with {@code .gz}) at any depth, in name order. Names starting with {@code _} or
     * {@code .} (markers and checksums a cluster job leaves beside its parts) are passed over; a path that
     * does not exist is listed, for reading to reject it by name.
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(QuadParts::isPart).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
        return files;
    }

    private static boolean isPart(Path file) {
        String name = file.getFileName().toString();
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return !name.startsWith("_") && !name.startsWith(".") && (plain.endsWith(".nq") || plain.endsWith(".nquads"));
    }

    /**
     * The article graphs of one file, in the order they come, for a store minting under {@code iris}. A graph the
     * file gives more than once is kept once, as {@code ingest} keeps an article two inputs hold ({@link GraphCopies}).
     *
     * @throws IllegalArgumentException saying what is wrong with the file (unreadable, not N-Quads, a triple
     *                                  outside the article graphs, a graph without its content hash, copies of a
     *                                  graph that cannot be told apart, another IRI base); nothing of it is to
     *                                  be loaded then
     */
    public static ArticleGraphs read(Path file, Iris iris) {
        GraphCopies copies = new GraphCopies();
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                take(quad, iris, copies);
            }
        };
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(sink);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        } catch (RiotException e) {
            throw new IllegalArgumentException("is not N-Quads: " + e.getMessage(), e);
        }
        return copies.kept();
    }

    private static void take(Quad quad, Iris iris, GraphCopies copies) {
        if (BaseRecord.isRecord(quad)) {
            String base = quad.getSubject().isURI() ? quad.getSubject().getURI() : quad.getSubject().toString();
            if (!base.equals(iris.base())) {
                throw new IllegalArgumentException("its IRIs are minted under " + base + ", the store's under "
                        + iris.base() + ": load it into a store with --base " + base);
            }
            return;
        }
        if (quad.isDefaultGraph() || quad.isTriple()) {
            throw new IllegalArgumentException("it holds a triple outside the article graphs: " + quad);
        }
        copies.take(quad);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
