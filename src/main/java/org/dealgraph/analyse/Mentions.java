package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Money;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;

/** Building mentions, and settling overlaps between the mentions that different finders propose. */
final class Mentions {

    private Mentions() {
    }

    static Mention of(MentionType type, String text, Sentence sentence, Span span, String name, String rule,
                      double confidence) {
        return new Mention(type, span, span.of(text), sentence.index(), name, Optional.empty(), Optional.empty(),
                Optional.empty(), rule, confidence);
    }

    static Mention organization(String text, Sentence sentence, Span span, GazetteerEntry entry, String rule,
                                double confidence) {
        return new Mention(MentionType.ORGANIZATION, span, span.of(text), sentence.index(), entry.canonical(),
                entry.wikidata(), Optional.empty(), Optional.empty(), rule, confidence);
    }

    static Mention money(String text, Sentence sentence, Span span, Money money) {
        String name = money.amount().toPlainString() + " " + money.currency();
        return new Mention(MentionType.MONEY, span, span.of(text), sentence.index(), name, Optional.empty(),
                Optional.of(money), Optional.empty(), "money-grammar", 0.95);
    }

    static Mention date(String text, Sentence sentence, Span span, Optional<FactDate> date, String rule,
                        double confidence) {
        String name = date.map(FactDate::lexical).orElse(span.of(text));
        return new Mention(MentionType.DATE, span, span.of(text), sentence.index(), name, Optional.empty(),
                Optional.empty(), date, rule, confidence);
    }

    /** The same mention under another name (a later "Altman" named as "Sam Altman"). */
    static Mention renamed(Mention m, String name, Optional<String> wikidata) {
        return new Mention(m.type(), m.span(), m.text(), m.sentence(), name, wikidata, m.money(), m.date(), m.rule(),
                m.confidence());
    }

    /**
     * Keeps, of mentions that overlap, the one proposed first (callers pass the more trusted finders first),
     * and orders the survivors by position. In time n log n: the kept spans do not overlap one another, so
     * only the kept span that starts last before a proposed one ends can overlap it (an article of tens of
     * thousands of mentions used to take minutes here).
     */
    static List<Mention> settle(List<Mention> proposed) {
        List<Mention> kept = new ArrayList<>();
        TreeMap<Integer, Integer> keptEnds = new TreeMap<>();
        List<Span> keptEmpty = new ArrayList<>();
        for (Mention m : proposed) {
            Span span = m.span();
            Map.Entry<Integer, Integer> before = keptEnds.lowerEntry(span.end());
            boolean overlaps = before != null && before.getValue() > span.start()
                    || keptEmpty.stream().anyMatch(e -> e.overlaps(span));
            if (!overlaps) {
                kept.add(m);
                if (span.length() == 0) {
                    keptEmpty.add(span);
                } else {
                    keptEnds.put(span.start(), span.end());
                }
            }
        }
        kept.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return kept;
    }

    /** Whether {@code span} overlaps any of {@code mentions}. */
    static boolean overlapsAny(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
