package org.dealgraph.extract;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.DefinedFact;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.Role;
import org.dealgraph.model.Subsidiary;

/**
 * The line format of the extract golden files, one fact a line:
 * <pre>
 * deal A + B = 38000000000 USD ANNOUNCED        (parties sorted; "-" for no value)
 * partnership A + B                             (sorted)
 * investment A -> B = 4000000000 USD ANNOUNCED
 * round B = 300000000 USD at 5000000000 USD by A, C [Series B] ANNOUNCED
 * acquisition A -> B = - COMPLETED
 * subsidiary A -> B
 * role P @ O : title
 * lawsuit A -> B = - ANNOUNCED                  (a kind defined by a kind file: its roles in order)
 * </pre>
 * With provenance ({@link #withProvenance}), each line goes on with the rule that found the fact, its confidence
 * and the words that state it, quoted as the article has them:
 * <pre>
 * acquisition A -> B = - COMPLETED  # rule acquisition-verb 0.8 "A has agreed to acquire the startup B"
 * </pre>
 */
public final class FactLines {

    private FactLines() {
    }

    public static TreeSet<String> of(Collection<? extends Fact> facts) {
        return facts.stream().map(FactLines::line).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The lines of the facts, each with its provenance, read from {@code text} (the article's text). */
    public static TreeSet<String> withProvenance(Collection<? extends Fact> facts, String text) {
        return facts.stream().map(f -> withProvenance(f, text)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The fact's line, then its rule id, confidence and the stated words at its span, quoted on one line. */
    public static String withProvenance(Fact fact, String text) {
        Provenance p = fact.provenance();
        String stated = p.span().of(text).replaceAll("\\s+", " ");
        return line(fact) + "  # rule " + p.rule() + " " + p.confidence() + " \"" + stated + "\"";
    }

    public static String line(Fact fact) {
        return fact.accept(LINE);
    }

    /** One line per kind of fact: a new kind is a compile error here until it has its line. */
    private static final Fact.Visitor<String> LINE = new Fact.Visitor<>() {
        @Override
        public String deal(Deal d) {
            return "deal " + d.parties().stream().map(EntityRef::name).sorted().collect(Collectors.joining(" + "))
                    + " = " + money(d.value()) + " " + d.status();
        }

        @Override
        public String partnership(Partnership p) {
            return "partnership " + new TreeSet<>(java.util.List.of(p.first().name(), p.second().name())).stream()
                    .collect(Collectors.joining(" + "));
        }

        @Override
        public String investment(Investment i) {
            return "investment " + i.investor().name() + " -> " + i.investee().name() + " = " + money(i.amount()) + " " + i.status();
        }

        @Override
        public String fundingRound(FundingRound r) {
            return "round " + r.investee().name() + " = " + money(r.amount())
                    + r.valuation().map(v -> " at " + money(Optional.of(v))).orElse("")
                    + (r.investors().isEmpty() ? "" : " by " + r.investors().stream().map(EntityRef::name).collect(Collectors.joining(", ")))
                    + r.series().map(s -> " [" + s + "]").orElse("") + " " + r.status();
        }

        @Override
        public String acquisition(Acquisition a) {
            return "acquisition " + a.acquirer().name() + " -> " + a.target().name() + " = " + money(a.price()) + " " + a.status();
        }

        @Override
        public String subsidiary(Subsidiary s) {
            return "subsidiary " + s.parent().name() + " -> " + s.subsidiary().name();
        }

        @Override
        public String role(Role r) {
            return "role " + r.person().name() + " @ " + r.organization().name() + r.title().map(t -> " : " + t).orElse("");
        }

        @Override
        public String defined(DefinedFact d) {
            return d.kind().id() + " " + d.byRole().values().stream()
                    .map(refs -> refs.stream().map(EntityRef::name).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining(" -> ")) + " = " + money(d.money()) + " " + d.status();
        }
    };

    private static String money(Optional<Money> m) {
        return m.map(x -> x.amount().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + " " + x.currency()).orElse("-");
    }

}
