package org.dealgraph.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the text of synthetic articles: a headline, then paragraphs of three to five sentences until the
 * body has the words asked for. About a third of the sentences state a fact (a deal, an investment, a
 * funding round, an acquisition, a role, a subsidiary or a partnership), most about the article's lead
 * company; the others are filler. Amounts come in several currencies and notations, dates in several forms.
 */
final class ArticleComposer {

    private static final String[] NUMBERS = {"two", "three", "four", "five", "seven", "ten"};
    private static final String[] SERIES = {"A", "B", "C", "D", "E"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 2500;

    private final CorpusWords words;
    private final NamePool names;
    private final long seed;
    private final int targetWords;

    ArticleComposer(CorpusWords words, NamePool names, long seed, int targetWords) {
        this.words = words;
        this.names = names;
        this.seed = seed;
        this.targetWords = targetWords;
    }

    SyntheticArticle compose(int index) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Cast cast = new Cast(names.company(random), names.company(random));
        String title = capitalise(fill(pick(random, words.shapes("headline")), cast, random, published));
        List<String> paragraphs = new ArrayList<>();
        int count = 0;
        while (count < targetWords) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 3 + random.nextInt(3);
            for (int i = 0; i < sentences && count < targetWords; i++) {
                String sentence = sentence(random, cast, published);
                count += sentence.split(" ").length;
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
            }
            paragraphs.add(paragraph.toString());
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new SyntheticArticle(index, title, published, "https://example.org/bench/" + index + "-" + slug,
                pick(random, words.outlets), names.person(random), paragraphs, count);
    }

    private String sentence(SplittableRandom random, Cast lead, LocalDate published) {
        boolean fact = random.nextInt(3) == 0;
        String kind = fact ? words.factKinds.get(random.nextInt(words.factKinds.size())) : "filler";
        Cast cast = random.nextInt(4) == 0 ? new Cast(names.company(random), names.company(random))
                : new Cast(lead.first, random.nextBoolean() ? lead.second : names.company(random));
        return capitalise(fill(pick(random, words.shapes(kind)), cast, random, published));
    }

    private String fill(String shape, Cast cast, SplittableRandom random, LocalDate published) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (int open = shape.indexOf('{'); open >= 0; open = shape.indexOf('{', at)) {
            int close = shape.indexOf('}', open);
            text.append(shape, at, open).append(value(shape.substring(open + 1, close), cast, random, published));
            at = close + 1;
        }
        return text.append(shape.substring(at)).toString();
    }

    private String value(String slot, Cast cast, SplittableRandom random, LocalDate published) {
        return switch (slot) {
            case "A" -> cast.first;
            case "B" -> cast.second.equals(cast.first) ? names.company(random) : cast.second;
            case "I", "J" -> names.investor(random);
            case "P" -> names.person(random);
            case "T" -> pick(random, words.titles);
            case "M", "V" -> Amounts.money(random);
            case "D" -> date(random, published);
            case "S" -> SERIES[random.nextInt(SERIES.length)];
            case "N" -> NUMBERS[random.nextInt(NUMBERS.length)];
            default -> throw new IllegalStateException("sentences.tsv uses an unknown slot {" + slot + "}");
        };
    }

    private static String date(SplittableRandom random, LocalDate published) {
        LocalDate day = published.minusDays(random.nextInt(20));
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (random.nextInt(4)) {
            case 0 -> "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 1 -> "on " + month + " " + day.getDayOfMonth();
            case 2 -> "on " + day.getDayOfMonth() + " " + month + " " + day.getYear();
            default -> "in " + month + " " + day.getYear();
        };
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalise(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The two companies a sentence is about. */
    private record Cast(String first, String second) {
    }
}
