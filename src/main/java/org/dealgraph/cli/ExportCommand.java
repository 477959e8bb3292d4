package org.dealgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.dealgraph.export.CsvExporter;
import org.dealgraph.export.Exporter;
import org.dealgraph.export.Exporters;
import org.dealgraph.export.Neighbourhood;
import org.dealgraph.export.PropertyGraph;
import org.dealgraph.export.PropertyGraphReader;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dealgraph export}: the whole graph, or one organization's neighbourhood, in one format. */
@Command(name = "export",
        description = {"Writes the store's graph. RDF: trig and nq keep each article's named graph; ttl, jsonld "
                + "(compacted with dealgraph's context) and rdfxml write the union of the article graphs. Property "
                + "graph (organizations and people as nodes, facts as edges): graphml and gexf (both open in Gephi), "
                + "cyjs (Cytoscape.js JSON), and csv, which needs --out PREFIX and writes PREFIX-nodes.csv and "
                + "PREFIX-edges.csv. To standard output unless --out is given; a file is written whole or not at all.",
                "With --around NAME_OR_IRI only that organization's or person's neighbourhood is written: the nodes "
                + "at most --depth facts away, the facts between them, their amounts, evidence and articles."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:failure (no store at --store, cannot write --out, --around not found)",
                "2:bad usage"})
final class ExportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld, rdfxml, graphml, gexf, cyjs or csv.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write (replaced if it exists); for csv, the prefix of the two files.")
    private Path out;

    @Option(names = "--around", paramLabel = "NAME_OR_IRI",
            description = "Only the neighbourhood of this organization or person (a name, any case, or an IRI).")
    private String around;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "With --around: how many facts away to go (default: ${DEFAULT-VALUE}).")
    private int depth;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        boolean csv = CsvExporter.NAME.equals(format);
        Exporter exporter = csv ? null : Exporters.named(format).orElseThrow(() -> CommandError.usage("--format "
                + format + " is not a format dealgraph writes: choose one of " + String.join(", ", Exporters.names())
                + "."));
        if (csv && out == null) {
            throw CommandError.usage("--format csv writes two files: give --out PREFIX (PREFIX-nodes.csv and "
                    + "PREFIX-edges.csv are written).");
        }
        if (depth < 0) {
            throw CommandError.usage("--depth " + depth + " is negative: give 0 or more.");
        }
        try (ArticleStore opened = store.openToRead(terminal.err(), "export")) {
            Dataset dataset = scope(opened.dataset());
            if (csv) {
                writeCsv(PropertyGraphReader.read(dataset));
            } else if (out == null) {
                exporter.write(dataset, terminal.out());
                terminal.out().flush();
            } else {
                writeFile(out, file -> exporter.write(dataset, file));
            }
        }
        return ExitCodes.OK;
    }

    /** The whole store, or the neighbourhood --around names. */
    private Dataset scope(Dataset dataset) {
        if (around == null) {
            return dataset;
        }
        String center = PropertyGraphReader.find(dataset, around).orElseThrow(() -> CommandError.failure(
                "--around " + around + " names no organization or person in the store: give a name as stored "
                        + "(any case) or an IRI; 'dealgraph query queries/organizations.rq' lists them."));
        return Neighbourhood.around(dataset, center, depth);
    }

    private void writeCsv(PropertyGraph graph) {
        CsvExporter csv = new CsvExporter();
        String prefix = out.toString();
        writeFile(Path.of(prefix + CsvExporter.NODES), file -> csv.writeNodes(graph, file));
        writeFile(Path.of(prefix + CsvExporter.EDGES), file -> csv.writeEdges(graph, file));
    }

    /** Writes to a temporary file beside {@code path}, then moves it into place in one step. */
    private static void writeFile(Path path, Consumer<OutputStream> writer) {
        Path target = path.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw CommandError.failure("--out " + path + " is a directory: give the path of a file.");
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream file = Files.newOutputStream(temp)) {
                writer.accept(file);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw CommandError.failure("cannot write --out " + path + " (" + e + "): choose a file in a folder "
                    + "you can write to.");
        } finally {
            deleteLeftover(temp);
        }
    }

    private static void deleteLeftover(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary file " + temp, e);
        }
    }
}
