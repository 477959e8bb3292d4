package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.dealgraph.ingest.IngestOutcome;
import org.junit.jupiter.api.Test;

/** The ingest's progress line: articles of the total, percentage, rate, time left, and what waits to commit. */
class ProgressBarTest {

    @Test
    void showsTheArticlesOfTheTotalWithPercentRateAndTimeLeft() {
        assertEquals("[##########..........] 50/100 articles  50% · 5.0/s · 0:10 left · 50 to commit",
                ProgressBar.line(10, 50, 0, 0, OptionalInt.of(100)));
        assertEquals("[####################] 100/100 articles 100% · 2.0/s · 3 rejected",
                ProgressBar.line(50, 100, 100, 3, OptionalInt.of(100)));
    }

    @Test
    void saysWhenTheTotalIsStillBeingCountedAndGrowsALowCount() {
        assertEquals("7 articles (counting them…) · 3.5/s · 7 to commit", ProgressBar.line(2, 7, 0, 0, OptionalInt.empty()));
        assertTrue(ProgressBar.line(2, 12, 12, 0, OptionalInt.of(10)).contains("12/12 articles 100%"));
    }

    @Test
    void timeLeftReadsAsAClock() {
        assertEquals("0:07", ProgressBar.clock(6.2));
        assertEquals("12:05", ProgressBar.clock(725));
        assertEquals("2:00:01", ProgressBar.clock(7201));
    }

    @Test
    void theLineMovesWithInputsThroughTheTextStagesBeforeAnyCommitAndFitsItsWidth() throws Exception {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(drawn, true, StandardCharsets.UTF_8), 60,
                () -> OptionalInt.of(4));
        bar.started();
        for (int i = 1; i <= 3; i++) {
            Thread.sleep(250);
            bar.through(i);
        }
        String text = drawn.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("3/4 articles  75%") && !text.contains("[#"), "no room for the bar itself: " + text);
        for (String line : text.split("\r")) {
            assertTrue(line.length() < 60, "'" + line + "' is wider than the terminal");
        }
        bar.finished(new IngestOutcome.Unchanged("news/a-long-folder-name/that-goes-on/and-on/article.md"), 4);
    }
}
