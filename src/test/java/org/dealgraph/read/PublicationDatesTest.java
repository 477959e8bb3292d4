package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-20|2024-01-20",
        "2025-11-03T17:45:20|2025-11-03",
        "2026-02-10T14:00:00Z|2026-02-10",
        "2026-02-10T23:30:00-08:00|2026-02-10",
        "2024/01/20|2024-01-20",
        "March 5, 2024|2024-03-05",
        "Mar. 5 2024|2024-03-05",
        "Sept 30, 2023|2023-09-30",
        "5 March 2024|2024-03-05",
        "Tuesday, 5th March 2024|2024-03-05",
        "Tue, 05 Mar 2024 10:00:00 GMT|2024-03-05",
        "Published on June 13, 2025 at 9am|2025-06-13",
    })
    void readsCommonDateForms(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), PublicationDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2024-02-30", "Smarch 5, 2024", "13/13/2024", "20240120"})
    void givesNoDateForWhatItCannotRead(String text) {
        assertEquals(Optional.empty(), PublicationDates.parse(text));
    }
}
