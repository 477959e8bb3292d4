package org.dealgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.dealgraph.rdf.Iris;
import org.dealgraph.store.ArticleGraphs;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.LoadOutcome;
import org.dealgraph.store.PartLoader;
import org.dealgraph.store.QuadParts;
import org.dealgraph.store.RemoteGraphStore;
import org.dealgraph.store.RemoteStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dealgraph load}: loads files of article graphs into the store, or into a remote graph store. */
@Command(name = "load",
        description = {"Loads N-Quads files of article graphs (.nq, .nquads, plain or .gz; files or folders of "
                + "parts), as 'dealgraph export --format nq' or a cluster run of the pipeline writes them: one "
                + "named graph per article, each with its content hash.",
                "Into --store: a store without articles is filled by TDB2's parallel bulk loader; a store with "
                + "articles takes one transaction per file. Articles whose content hash is stored are skipped.",
                "With --to: each article graph is PUT to a SPARQL Graph Store Protocol endpoint instead.",
                "A file is read and checked whole before any of it is written: a bad one (unreadable, not "
                + "N-Quads, a graph without its content hash, another IRI base) is listed with its reason and the "
                + "others load. Ends with a summary: files, graphs written, unchanged, files rejected, seconds."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every file loaded",
                "1:failure (bad --store, a bad --auth-file or login, no files in the paths given)",
                "2:bad usage",
                "3:some files were rejected (each listed with its reason), the rest were loaded"})
final class LoadCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Mixin
    private BaseOption base;

    @Mixin
    private RemoteOptions remote;

    @Parameters(arity = "1..*", paramLabel = "PARTS", description = "N-Quads files, or folders of them.")
    private List<Path> paths;

    LoadCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<Path> files = QuadParts.files(paths);
        if (files.isEmpty()) {
            throw CommandError.failure("found no N-Quads files in " + paths + ": dealgraph loads .nq and .nquads "
                    + "files, plain or .gz.");
        }
        long start = System.nanoTime();
        List<LoadOutcome> outcomes = new ArrayList<>();
        if (remote.given()) {
            RemoteGraphStore target = remote.open(System.getenv());
            Iris iris = base.given().orElseGet(Iris::new);
            Map<Node, String> putBefore = new HashMap<>();
            files.forEach(file -> outcomes.add(put(target, file, iris, putBefore)));
        } else {
            try (ArticleStore opened = store.openOrCreate(base.given())) {
                outcomes.addAll(new PartLoader(opened).load(files));
            }
        }
        printSummary(outcomes, (System.nanoTime() - start) / 1e9);
        return outcomes.stream().anyMatch(o -> o.rejected().isPresent()) ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    /**
     * Writes the graphs of {@code file} to {@code target}, but for those an earlier file of this load put with the
     * same content hash ({@code putBefore}, which it extends): as a local store keeps the first of two such copies,
     * and takes the later when the content differs. A graph refused for good rejects the file's rest.
     */
    static LoadOutcome put(RemoteGraphStore target, Path file, Iris iris, Map<Node, String> putBefore) {
        ArticleGraphs read;
        try {
            read = QuadParts.read(file, iris);
        } catch (IllegalArgumentException e) {
            return LoadOutcome.rejected(file.toString(), e.getMessage());
        }
        int written = 0;
        int unchanged = 0;
        for (Node graph : read.graphs().keySet()) {
            String hash = read.hashes().get(graph);
            if (hash.equals(putBefore.get(graph))) {
                unchanged++;
                continue;
            }
            try {
                target.put(graph, read.graphs().get(graph));
                putBefore.put(graph, hash);
                written++;
            } catch (RemoteStoreException e) {
                return LoadOutcome.rejected(file.toString(), e.getMessage() + " (" + written + " of its "
                        + read.graphs().size() + " graphs were written before)");
            }
        }
        return LoadOutcome.loaded(file.toString(), written, unchanged);
    }

    private void printSummary(List<LoadOutcome> outcomes, double seconds) {
        var out = terminal.out();
        List<LoadOutcome> rejected = outcomes.stream().filter(o -> o.rejected().isPresent()).toList();
        out.printf("files read:     %d%n", outcomes.size());
        out.printf("graphs written: %d%n", outcomes.stream().mapToInt(LoadOutcome::written).sum());
        out.printf("unchanged:      %d%n", outcomes.stream().mapToInt(LoadOutcome::unchanged).sum());
        out.printf("rejected files: %d%n", rejected.size());
        rejected.forEach(r -> out.printf("  %s: %s%n", IngestRun.visible(r.file()), r.rejected().orElseThrow()));
        out.printf("seconds:        %.1f%n", seconds);
        out.flush();
    }
}
