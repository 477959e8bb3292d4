package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dealgraph.model.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule's example sentence, run through the extractor, yields a fact by that rule. */
class RuleExamplesTest {

    private static final RuleExtractor EXTRACTOR = RuleExtractor.load();

    @TestFactory
    Stream<DynamicTest> everyExampleYieldsAFactByItsRule() {
        return EXTRACTOR.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            var analysed = Articles.analysed(rule.example(), LocalDate.of(2026, 2, 3));
            List<Fact> facts = EXTRACTOR.extract(analysed).facts();
            assertTrue(facts.stream().anyMatch(f -> f.provenance().rule().equals(rule.id())),
                    rule.source() + ": the example of " + rule.id() + " yields no fact by it, only:\n"
                            + String.join("\n", FactLines.withProvenance(facts, analysed.article().text())));
        }));
    }

    @Test
    void everyRuleFileIsRead() {
        for (String file : RuleBook.FILES) {
            assertTrue(EXTRACTOR.rules().stream().anyMatch(r -> r.source().startsWith(file + " ")), file);
        }
    }
}
