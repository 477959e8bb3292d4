package org.dealgraph.cli;

import java.util.concurrent.Callable;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph compact}: gives back the disk space that earlier write transactions left behind. */
@Command(name = "compact",
        description = {"Compacts the store: TDB2 never overwrites data in place, so each ingest leaves the blocks it "
                + "replaced behind and the store grows beyond its data. This copies the current state into a new "
                + "generation and deletes the old one; the graph does not change.",
                "Safe to interrupt: the new generation is written aside and moved into place whole. Needs free disk "
                + "space for one copy of the data."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compacted", "1:failure, or no store at --store", "2:bad usage"})
final class CompactCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    CompactCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (ArticleStore opened = store.openExisting()) {
            ArticleStore.Compaction sizes = opened.compact();
            terminal.out().printf("compacted %s: %.1f MB on disk before, %.1f MB after%n", store.directory(),
                    sizes.bytesBefore() / 1e6, sizes.bytesAfter() / 1e6);
            terminal.out().flush();
            return ExitCodes.OK;
        }
    }
}
