package org.dealgraph.cli;

import java.io.PrintStream;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;

/**
 * Draws the ingest's progress on one line of a terminal, redrawn in place at most a few times a second: a
 * bar, the articles through the text stages of the total, the percentage, the rate, the time left,
 * rejections so far, articles waiting for their transaction to commit, and the input last done. The total
 * is counted beside the ingest ({@link org.dealgraph.read.ArticleFiles#count}); until it is known the line
 * says so, and when the count was low the total grows to what was met.
 */
final class ProgressBar implements IngestListener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 20;
    /** On a terminal narrower than this, the bar itself is left out and the figures kept. */
    private static final int NARROW = 80;

    private final PrintStream err;
    private final int width;
    private final Supplier<OptionalInt> total;
    private long start;
    private long drawn;
    private int rejected;
    private int through;
    private int done;
    private String last = "";

    /** A bar on {@code err}, {@code width} characters wide, out of the total {@code total} gives once counted. */
    ProgressBar(PrintStream err, int width, Supplier<OptionalInt> total) {
        this.err = err;
        this.width = width;
        this.total = total;
    }

    @Override
    public void started() {
        start = System.nanoTime();
        drawn = start;
        draw();
    }

    @Override
    public void through(int inputs) {
        through = inputs;
        redraw();
    }

    @Override
    public void finished(IngestOutcome outcome, int done) {
        if (outcome instanceof IngestOutcome.Rejected) {
            rejected++;
        }
        this.done = done;
        last = outcome.source();
        redraw();
    }

    private void redraw() {
        long now = System.nanoTime();
        if (now - drawn >= REDRAW_NANOS) {
            drawn = now;
            draw();
        }
    }

    @Override
    public void ended(int done) {
        err.print("\r" + " ".repeat(width - 1) + "\r");
        err.flush();
    }

    private void draw() {
        String line = line((System.nanoTime() - start) / 1e9, Math.max(through, done), done, rejected, total.get());
        String head = (width < NARROW && line.startsWith("[") ? line.substring(BAR + 3) : line) + "  ";
        err.print("\r" + fit(head + tail(last, width - 1 - head.length()), width - 1));
        err.flush();
    }

    /**
     * The progress line without the input last done: {@code through} inputs through the text stages after
     * {@code seconds}, {@code done} of them committed, of {@code total} when counted.
     */
    static String line(double seconds, int through, int done, int rejected, OptionalInt total) {
        StringBuilder line = new StringBuilder();
        double rate = seconds >= 1 ? through / seconds : 0;
        if (total.isPresent()) {
            int all = Math.max(total.getAsInt(), through);
            double part = all == 0 ? 1 : (double) through / all;
            int filled = (int) Math.floor(part * BAR);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(through).append('/').append(all).append(" articles ")
                    .append(String.format("%3d%%", (int) Math.floor(part * 100)));
            if (rate > 0) {
                line.append(String.format(" · %.1f/s", rate));
                if (through < all) {
                    line.append(" · ").append(clock((all - through) / rate)).append(" left");
                }
            }
        } else {
            line.append(through).append(" articles (counting them…)");
            if (rate > 0) {
                line.append(String.format(" · %.1f/s", rate));
            }
        }
        if (rejected > 0) {
            line.append(" · ").append(rejected).append(" rejected");
        }
        if (through > done) {
            line.append(" · ").append(through - done).append(" to commit");
        }
        return line.toString();
    }

    /** A duration as {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** A file name cut to {@code room} characters from its start, which matters least. */
    private static String tail(String source, int room) {
        if (room <= 1) {
            return "";
        }
        return source.length() <= room ? source : "…" + source.substring(source.length() - room + 1);
    }

    /** {@code text} cut to {@code room} characters (its end replaced by an ellipsis), or padded to them. */
    static String fit(String text, int room) {
        if (text.length() > room) {
            return text.substring(0, Math.max(0, room - 1)) + "…";
        }
        return text + " ".repeat(room - text.length());
    }
}
