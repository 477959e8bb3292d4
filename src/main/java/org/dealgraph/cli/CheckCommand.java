package org.dealgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph check}: whether every article graph in the store is whole. */
@Command(name = "check",
        description = {"Checks that the store is consistent: every article graph whole, with its article node and "
                + "content hash, every fact with its evidence and every evidence node cited in the same graph, "
                + "nothing outside the article graphs.",
                "An interrupted ingest never leaves a partial article: each graph is written in one transaction. "
                + "Run this after a crash to see it."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:consistent", "1:problems found (each listed), or no store at --store", "2:bad usage"})
final class CheckCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> problems;
        long articles;
        try (ArticleStore opened = store.openExisting()) {
            problems = opened.check();
            articles = opened.articleCount();
        }
        if (problems.isEmpty()) {
            terminal.out().printf("consistent: %d article graphs, each whole%n", articles);
            terminal.out().flush();
            return ExitCodes.OK;
        }
        terminal.err().printf("dealgraph check: %d problems in %s:%n", problems.size(), store.directory());
        problems.forEach(problem -> terminal.err().printf("  %s%n", IngestRun.visible(problem)));
        terminal.err().flush();
        return ExitCodes.FAILURE;
    }
}
