package org.dealgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dealgraph.export.Exporter;
import org.dealgraph.export.Exporters;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dealgraph export}: the whole graph in one RDF format. */
@Command(name = "export",
        description = {"Writes the store's graph as RDF. trig and nq keep each article's named graph; ttl, jsonld "
                + "and rdfxml write the union of the article graphs. To standard output unless --out is given; "
                + "a file is written whole or not at all."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:failure (no store at --store, cannot write --out)", "2:bad usage"})
final class ExportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld or rdfxml.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path out;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Exporter exporter = Exporters.named(format).orElseThrow(() -> CommandError.usage("--format " + format
                + " is not a format dealgraph writes: choose one of "
                + Exporters.all().stream().map(Exporter::name).collect(Collectors.joining(", ")) + "."));
        try (ArticleStore opened = store.openExisting()) {
            if (out == null) {
                exporter.write(opened.dataset(), terminal.out());
                terminal.out().flush();
            } else {
                writeFile(exporter, opened);
            }
        }
        return ExitCodes.OK;
    }

    /** Writes to a temporary file beside {@code out}, then moves it into place in one step. */
    private void writeFile(Exporter exporter, ArticleStore opened) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw CommandError.failure("--out " + out + " is a directory: give the path of a file.");
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream file = Files.newOutputStream(temp)) {
                exporter.write(opened.dataset(), file);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw CommandError.failure("cannot write --out " + out + " (" + e + "): choose a file in a folder "
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
