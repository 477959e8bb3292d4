package org.dealgraph.cli;

import java.io.PrintStream;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;

/**
 * Draws the ingest's progress on one line of a terminal, redrawn in place at most a few times a second:
 * inputs done, the rate, rejections so far, inputs written but waiting for their transaction to commit, and
 * the input last done. Inputs are read as they are ingested, so there is no total to show.
 */
final class ProgressBar implements IngestListener {

    private static final int LINE = 100;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private long start;
    private long drawn;
    private int rejected;
    private int waiting;
    private int done;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started() {
        start = System.nanoTime();
        drawn = start;
        draw(0, "");
    }

    @Override
    public void finished(IngestOutcome outcome, int done) {
        if (outcome instanceof IngestOutcome.Rejected) {
            rejected++;
        }
        this.done = done;
        waiting = 0;
        redraw(outcome.source());
    }

    @Override
    public void waiting(int inputs) {
        waiting = inputs;
        redraw("");
    }

    private void redraw(String source) {
        long now = System.nanoTime();
        if (now - drawn >= REDRAW_NANOS) {
            drawn = now;
            draw(done, source);
        }
    }

    @Override
    public void ended(int done) {
        err.print("\r" + " ".repeat(LINE) + "\r");
        err.flush();
    }

    private void draw(int done, String source) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String rate = seconds < 1 ? "" : String.format(" (%.0f/s)", (done + waiting) / seconds);
        String line = String.format("%d inputs done%s%s%s  ", done, rate,
                rejected == 0 ? "" : ", " + rejected + " rejected",
                waiting == 0 ? "" : ", " + waiting + " more written, to commit");
        err.print("\r" + pad(line + shorten(source, LINE - line.length())));
        err.flush();
    }

    private static String shorten(String source, int room) {
        if (room <= 1) {
            return "";
        }
        return source.length() <= room ? source : "…" + source.substring(source.length() - room + 1);
    }

    private static String pad(String line) {
        return line.length() >= LINE ? line.substring(0, LINE) : line + " ".repeat(LINE - line.length());
    }
}
