package org.dealgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** What a run of the job left under its output folder, read back. */
record JobOutput(Path folder) {

    /** Every part file's lines of {@code kind}, the files in name order. */
    List<String> lines(OutputKind kind) {
        Path parts = folder.resolve(kind.folder());
        if (!Files.isDirectory(parts)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(parts)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The graphs written, parsed into one dataset. */
    DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(String.join("\n", lines(OutputKind.GRAPHS)), Lang.NQUADS).parse(dataset);
        return dataset;
    }

    /** The lines of {@code kind}, each split at its tabs. */
    List<List<String>> rows(OutputKind kind) {
        return lines(kind).stream().map(line -> List.of(line.split("\t", -1))).toList();
    }
}
