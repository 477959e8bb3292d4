package org.dealgraph.cli;

import java.util.concurrent.Callable;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph summarize}: rebuilds the summary of canonical facts from the article graphs. */
@Command(name = "summarize",
        description = {"Rebuilds the summary of canonical facts that the aggregate queries read (one node per fact, "
                + "with its parties, amounts in their currency and in US dollars, date, status and the number of "
                + "articles telling it) from the article graphs, in one write transaction. Ingest and remove keep "
                + "the summary in step by themselves; run this for a store written before it was kept, one filled "
                + "by another loader, one 'check' finds out of step, or after editing the rate table."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rebuilt", "1:failure, or no store at --store", "2:bad usage"})
final class SummarizeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    SummarizeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (ArticleStore opened = store.openExisting()) {
            long triples = opened.summarize();
            terminal.out().printf("summarized %s: %d triples in the summary of facts%n", store.directory(), triples);
            terminal.out().flush();
            return ExitCodes.OK;
        }
    }
}
