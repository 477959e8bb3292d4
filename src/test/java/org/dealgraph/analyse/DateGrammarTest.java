package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.FactDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateGrammarTest {

    private static final DateGrammar GRAMMAR = new DateGrammar();
    /** A Wednesday. */
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2024, 3, 27));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The deal closed on March 5, 2024.|March 5, 2024|2024-03-05",
        "The deal closed on 5 March 2024.|5 March 2024|2024-03-05",
        "The filing is dated 2023-11-30.|2023-11-30|2023-11-30",
        "The fund launched in Sept. 2021.|Sept. 2021|2021-09",
        "The talks began in December.|December|2023-12",
        "The talks began in March.|March|2024-03",
        "It was announced on Monday.|Monday|2024-03-25",
        "It was announced on Wednesday.|Wednesday|2024-03-27",
        "Revenue doubled last year.|last year|2023",
        "Revenue will double this year.|this year|2024",
        "Shares fell last month.|last month|2024-02",
        "Shares fell yesterday.|yesterday|2024-03-26",
        "Shares rose today.|today|2024-03-27",
        "It has invested since 2019.|2019|2019",
        "It was signed on April 2.|April 2|2023-04-02",
    })
    void resolvesAgainstPublicationDate(String text, String written, String date) {
        List<DateGrammar.Found> found = GRAMMAR.find(text, PUBLISHED);
        assertEquals(1, found.size(), () -> "dates in " + text + ": " + found);
        assertEquals(written, found.get(0).span().of(text));
        assertEquals(FactDate.parse(date), found.get(0).date(), "a date as precise as the text states it");
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutPublicationDate() {
        List<DateGrammar.Found> found = GRAMMAR.find("It was announced on Monday, not on June 3, 2022.", Optional.empty());
        assertEquals(2, found.size());
        assertEquals(Optional.empty(), found.get(0).date());
        assertEquals(Optional.of(FactDate.day(LocalDate.of(2022, 6, 3))), found.get(1).date());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The company may raise more money.",
        "It has 2024 employees.",
        "Troops will march on.",
    })
    void ignoresWordsThatOnlyLookLikeDates(String text) {
        assertTrue(GRAMMAR.find(text, PUBLISHED).isEmpty(), () -> "found " + GRAMMAR.find(text, PUBLISHED));
    }
}
