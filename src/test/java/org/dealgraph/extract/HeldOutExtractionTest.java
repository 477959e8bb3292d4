package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealgraph.analyse.OpenNlpAnalyser;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.dealgraph.resolve.KeyResolver;
import org.junit.jupiter.api.Test;

/**
 * A check against over-fitting: articles written for this test only (never used to tune a rule) under
 * {@code heldout/articles/}, each with the facts a careful reader takes from it in {@code heldout/expected/}
 * (same base name, {@code .txt}, one fact a line in the format of {@link FactLines}; a line starting with
 * {@code ?} is optional: finding it is not wrong, missing it is no miss; {@code #} starts a comment).
 *
 * <p>Read, analyse, extract and resolve each article, then compare as the corpus scorer does: names ignoring
 * case and corporate suffixes; a deal by its parties and value, an investment or acquisition by its pair and
 * amount, a round by who raised and how much, a role by person and organization; statuses, titles, a round's
 * valuation, series and investors (each is an investment too) are not compared. Prints precision and recall
 * per kind and every miss and extra, and holds a floor just under what the rules reach, so that a change that
 * makes them generalize worse fails here.
 */
class HeldOutExtractionTest {

    private static final Path ROOT = Path.of("src/test/resources/heldout");
    /**
     * Just under the pooled F1 the rules reach on the held-out articles; raise it as they improve. On 2026-12-04
     * the set grew from 9 to 30 articles (21 new ones in styles the tuning articles lack), and the floor was
     * re-measured once, from 0.85 to just under the 0.608 then reached; from here it only goes up. On
     * 2026-12-05, after general work driven by the development articles only (these were not read): 0.644, and
     * later that day 0.667, then 0.671; on 2026-12-06, 0.679, then 0.688 once a plural owner's bare apostrophe
     * ("the founders' shares") was split off as "'s" is, and later that day 0.738 after general work on names,
     * roles, rounds told across sentences, amounts in words and deal values in apposition; on 2026-12-07, 0.765,
     * then 0.772 after work driven by our own practice articles about real deals (these still not read); on
     * 2026-12-08, 0.780 after a fourth batch of practice articles, and later that day 0.785 after a fifth (kept
     * whole: capitalised words joined by hyphens).
     */
    private static final double FLOOR = 0.78;
    private static final Pattern SUFFIX = Pattern.compile(
            ",?\\s+(inc|corp|corporation|ltd|llc|plc|gmbh|ag|sa|group|holdings|co)\\.?(?=\\s|,|$)");
    private static final Pattern VALUED = Pattern.compile("^((?:deal|investment|acquisition) .+ = (?:-|\\d+ [A-Z]{3}))(?=\\s|$).*$");
    private static final Pattern ROUND = Pattern.compile("^(round .+? = (?:-|\\d+ [A-Z]{3}))(?=\\s|$).*$");

    /** Found, expected and optional facts of one kind, pooled over the articles. */
    private static final class Tally {
        int found;
        int right;
        int expected;
    }

    @Test
    void heldOutArticlesKeepTheirFloor() throws IOException {
        OpenNlpAnalyser analyser = OpenNlpAnalyser.load();
        RuleExtractor extractor = RuleExtractor.load();
        KeyResolver resolver = KeyResolver.load();
        List<ReadResult> read = new ArticleFiles().read(List.of(ROOT.resolve("articles"))).toList();
        assertTrue(read.size() >= 30, "held-out articles: " + read.size());
        Map<String, Tally> tallies = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        for (ReadResult r : read) {
            assertTrue(r instanceof ReadResult.Read, "unreadable held-out article: " + r);
            ReadResult.Read article = (ReadResult.Read) r;
            String name = Path.of(article.source()).getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            List<String> lines = Files.readAllLines(ROOT.resolve("expected").resolve(name + ".txt"));
            TreeSet<String> actual = new TreeSet<>();
            resolver.resolve(extractor.extract(analyser.analyse(article.article()))).facts().stream()
                    .map(ResolvedFact::fact).map(FactLines::line).map(HeldOutExtractionTest::scored).forEach(actual::add);
            compare(name, lines, actual, tallies, report);
        }
        double[] total = summarize(tallies, report);
        System.out.println(report);
        assertTrue(total[2] >= FLOOR, String.format(Locale.ROOT, "held-out F1 %.3f under the floor %.2f%n%s", total[2], FLOOR, report));
    }

    @Test
    void comparesAsTheScorerDoes() {
        assertEquals("round acme = 5 usd", scored("round Acme Inc. = 5 USD at 9 USD by B, C [Series A] ANNOUNCED"));
        assertEquals("deal acme + beta = -", scored("deal Acme Holdings + Beta = - IN_TALKS"));
        assertEquals("role p q @ acme", scored("role P Q @ Acme Group : chief executive"));
    }

    private static void compare(String name, List<String> lines, Set<String> actual, Map<String, Tally> tallies,
                                StringBuilder report) {
        Set<String> required = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("?")) {
                optional.add(scored(l.substring(1).strip()));
            } else {
                required.add(scored(l));
            }
        }
        for (String e : required) {
            Tally t = tallies.computeIfAbsent(kind(e), k -> new Tally());
            t.expected++;
            if (!actual.contains(e)) {
                report.append("missed ").append(name).append(": ").append(e).append('\n');
            }
        }
        for (String a : actual) {
            if (optional.contains(a)) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(kind(a), k -> new Tally());
            t.found++;
            if (required.contains(a)) {
                t.right++;
            } else {
                report.append("wrong  ").append(name).append(": ").append(a).append('\n');
            }
        }
    }

    /** Appends the table; returns the pooled precision, recall and F1. */
    private static double[] summarize(Map<String, Tally> tallies, StringBuilder report) {
        int found = 0;
        int right = 0;
        int expected = 0;
        report.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %6s %6s %6s%n", "held-out", "found", "gold", "right", "P", "R", "F1"));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            double[] prf = prf(t.right, t.found, t.expected);
            report.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), t.found, t.expected, t.right,
                    prf[0], prf[1], prf[2]));
            found += t.found;
            right += t.right;
            expected += t.expected;
        }
        double[] total = prf(right, found, expected);
        report.append(String.format(Locale.ROOT, "held-out relations P %.3f R %.3f F1 %.3f%n", total[0], total[1], total[2]));
        return total;
    }

    private static double[] prf(int right, int found, int expected) {
        double p = found == 0 ? 0 : (double) right / found;
        double r = expected == 0 ? 0 : (double) right / expected;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static String kind(String scoredLine) {
        return scoredLine.substring(0, scoredLine.indexOf(' '));
    }

    /** A fact line as the scorer compares it: see the class comment. */
    static String scored(String line) {
        String l = line.strip();
        Matcher round = ROUND.matcher(l);
        Matcher valued = VALUED.matcher(l);
        if (round.matches()) {
            l = round.group(1);
        } else if (valued.matches()) {
            l = valued.group(1);
        } else if (l.startsWith("role ") && l.contains(" : ")) {
            l = l.substring(0, l.indexOf(" : "));
        }
        return SUFFIX.matcher(l.toLowerCase(Locale.ROOT)).replaceAll("").replace(".", "");
    }
}
