package org.dealgraph.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dealgraph remove}: drops articles from the store, each with its whole graph. Entities and facts that
 * other articles also tell stay, with those articles' evidence, since every article graph holds its own copy.
 */
@Command(name = "remove",
        description = {"Removes articles from the store, named by the file they were ingested from (by its path, "
                + "or by the name it is stored under; a feed's file removes all its records, FILE#N one record) "
                + "or by their article or graph IRI.",
                "Everything the article told goes with it, except what other articles tell too. All named articles "
                + "are removed in one transaction; if any name matches no article, nothing is removed."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:removed", "1:some name matches no stored article (nothing removed), or no store",
                "2:bad usage"})
final class RemoveCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_IRI",
            description = "An ingested file (a path to it, or the name it is stored under), or an "
                    + "article or graph IRI.")
    private List<String> names;

    RemoveCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (ArticleStore opened = store.openExisting()) {
            List<StoredArticle> stored = opened.articles();
            Set<StoredArticle> chosen = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String name : names) {
                List<StoredArticle> matches = matches(stored, name);
                if (matches.isEmpty()) {
                    unknown.add(name);
                }
                chosen.addAll(matches);
            }
            if (!unknown.isEmpty()) {
                throw CommandError.failure("no stored article matches " + String.join(", ", unknown.stream()
                        .map(IngestRun::visible).toList()) + " (nothing was removed): give a file as it was "
                        + "ingested, or an article or graph IRI.");
            }
            opened.removeAll(chosen.stream().map(StoredArticle::graph).toList());
            chosen.forEach(a -> terminal.out().printf("removed %s (%s)%n", IngestRun.visible(a.source()),
                    a.graph().getURI()));
            terminal.out().printf("articles left: %d%n", opened.articleCount());
            terminal.out().flush();
            return ExitCodes.OK;
        }
    }

    /**
     * The stored articles {@code name} stands for: by IRI, by the source as recorded, else by the same file:
     * the same absolute path, or a path that ends with the stored name (ingests store a file under its path
     * from the folder given, not under an absolute path).
     */
    private static List<StoredArticle> matches(List<StoredArticle> stored, String name) {
        List<StoredArticle> byIri = stored.stream().filter(a -> isNamed(a.graph(), name) || isNamed(a.article(), name))
                .toList();
        if (!byIri.isEmpty()) {
            return byIri;
        }
        List<StoredArticle> bySource = stored.stream().filter(a -> a.readFrom(name)).toList();
        if (!bySource.isEmpty()) {
            return bySource;
        }
        String absolute = absolute(name);
        return absolute.isEmpty() ? List.of()
                : stored.stream().filter(a -> absolute(a.source()).equals(absolute) || absolute(a.file()).equals(absolute)
                        || endsWith(absolute, a.file())).toList();
    }

    /** Whether the path {@code absolute} ends with the relative path {@code stored}, part by part. */
    private static boolean endsWith(String absolute, String stored) {
        try {
            Path tail = Path.of(stored);
            return !tail.isAbsolute() && !stored.isEmpty() && Path.of(absolute).endsWith(tail.normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isNamed(Node node, String name) {
        String iri = name.startsWith("<") && name.endsWith(">") ? name.substring(1, name.length() - 1) : name;
        return node.isURI() && node.getURI().equals(iri);
    }

    /** The absolute, normalised form of a path, or "" for a string that is no path here. */
    private static String absolute(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }
}
