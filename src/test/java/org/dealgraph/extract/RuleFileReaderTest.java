package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule files are checked when read: each file under {@code broken-rules/} holds one mistake and, on its first
 * line ({@code # expect: ...}), the words the error must say (the file, the line, the value).
 */
class RuleFileReaderTest {

    private static final Path BROKEN = Path.of("src/test/resources/org/dealgraph/extract/broken-rules");
    private static final Set<Rule.TriggerKey> TRIGGERS = Set.of(new Rule.TriggerKey("acquisition", "verb"),
            new Rule.TriggerKey("deal", "noun"));
    private static final RuleFileReader READER = new RuleFileReader(TRIGGERS);

    @TestFactory
    Stream<DynamicTest> everyMistakeIsNamedWithItsFileLineAndValue() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(BROKEN)) {
            files = list.sorted().toList();
        }
        assertTrue(files.size() >= 10, "broken rule files: " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file);
            String expected = text.lines().findFirst().orElseThrow().replaceFirst("^# expect: ", "");
            RuleFileException e = assertThrows(RuleFileException.class,
                    () -> READER.read(file.getFileName().toString(), new StringReader(text)));
            assertTrue(e.getMessage().startsWith(expected), "message: " + e.getMessage() + "\nexpected: " + expected);
        }));
    }

    @Test
    void readsAFrameRuleWithItsAlternativesAndParameters() {
        String yaml = """
                kind: acquisition
                rules:
                  - id: acquisition-noun
                    triggers: [acquisition verb]
                    unless: [possessive]
                    target: {object: {preps: [of], count: one}}
                    acquirer: [{by-agent: {after: target, who: agents}}, subject]
                    money: amount-or-framing-deal
                    status: cues
                    confidence: 0.7
                    example: "The purchase of B by A."
                """;
        Rule r = READER.read("t.yaml", new StringReader(yaml)).get(0);
        assertEquals("acquisition-noun", r.id());
        assertEquals("t.yaml line 3", r.source());
        assertEquals(List.of("target", "acquirer"), List.copyOf(r.frame().keySet()));
        Argument.Call target = r.frame().get("target").alternatives().get(0);
        assertEquals(Operator.OBJECT, target.operator());
        assertEquals(Optional.of(Set.of("of")), target.preps());
        assertEquals(Argument.Count.ONE, target.count());
        List<Argument.Call> acquirer = r.frame().get("acquirer").alternatives();
        assertEquals(List.of(Operator.BY_AGENT, Operator.SUBJECT), acquirer.stream().map(Argument.Call::operator).toList());
        assertEquals(Optional.of("target"), acquirer.get(0).after());
        assertEquals(Argument.Who.AGENTS, acquirer.get(0).who());
        assertEquals(Rule.MoneyRole.AMOUNT_OR_FRAMING_DEAL, r.money());
        assertEquals(0.7, r.confidence());
        assertEquals(Operator.POSSESSIVE, r.unless().get(0).alternatives().get(0).operator());
    }

    @Test
    void anUnknownCallbackIsNamedWithItsFileAndLine() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.load("/org/dealgraph/extract/broken-books/",
                List.of("unknown-callback.yaml"), TRIGGERS, Map.of("deal-parties", (f, t, r) -> List.of())));
        assertTrue(e.getMessage().startsWith("unknown-callback.yaml line 3: unknown callback 'deal-partys'"), e.getMessage());
    }

    @Test
    void anIdGivenInTwoFilesIsAnError() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.load("/org/dealgraph/extract/broken-books/",
                List.of("first.yaml", "same-id.yaml"), TRIGGERS, Map.of()));
        assertTrue(e.getMessage().startsWith("same-id.yaml line 12: rule id 'acquisition-verb' is also given at first.yaml line 3"),
                e.getMessage());
    }

    @Test
    void aCallbackNoRuleNamesIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleBook.load("/org/dealgraph/extract/broken-books/",
                List.of("first.yaml"), TRIGGERS, Map.of("orphan", (f, t, r) -> List.of())));
        assertTrue(e.getMessage().contains("orphan"), e.getMessage());
    }
}
