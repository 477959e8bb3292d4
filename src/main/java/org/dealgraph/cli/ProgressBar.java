package org.dealgraph.cli;

import java.io.PrintStream;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;

/** Draws the ingest's progress on one line of a terminal, redrawn in place. */
final class ProgressBar implements IngestListener {

    private static final int WIDTH = 30;
    private static final int LINE = 100;

    private final PrintStream err;
    private int rejected;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int total) {
        draw(0, total, "");
    }

    @Override
    public void finished(IngestOutcome outcome, int done, int total) {
        if (outcome instanceof IngestOutcome.Rejected) {
            rejected++;
        }
        draw(done, total, outcome.source());
        if (done == total) {
            err.print("\r" + " ".repeat(LINE) + "\r");
            err.flush();
        }
    }

    private void draw(int done, int total, String source) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = String.format("[%s%s] %d/%d%s  %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done,
                total, rejected == 0 ? "" : " (" + rejected + " rejected)", shorten(source));
        err.print("\r" + pad(line));
        err.flush();
    }

    private static String shorten(String source) {
        int room = LINE - WIDTH - 30;
        return source.length() <= room ? source : "…" + source.substring(source.length() - room + 1);
    }

    private static String pad(String line) {
        int width = LINE;
        return line.length() >= width ? line.substring(0, width) : line + " ".repeat(width - line.length());
    }
}
