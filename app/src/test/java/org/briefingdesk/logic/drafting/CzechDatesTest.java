package org.briefingdesk.logic.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Czech date forms, resolved against the date of the release (here 5 February 2025, a Wednesday). */
class CzechDatesTest {
    private static final LocalDate RELEASE = LocalDate.of(2025, 2, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "se 31. března 2025 zúčastnil | 2025-03-31 | 2025-03-31",
        "ve dnech 4. a 5. prosince 2023 jednali | 2023-12-04 | 2023-12-05",
        "v pondělí 3. 2. hovořil | 2025-02-03 | 2025-02-03",
        "ve čtvrtek 13. a v pátek 14. června 2024 | 2024-06-13 | 2024-06-14",
        "dne 31. 3. 2025 | 2025-03-31 | 2025-03-31",
        "dne 31.03.2025 | 2025-03-31 | 2025-03-31",
        "ve dnech 10.–11. 10. 2024 | 2024-10-10 | 2024-10-11",
        "v úterý 14. května | 2024-05-14 | 2024-05-14",
        "1. února | 2025-02-01 | 2025-02-01"})
    void datesOfEvents(String written, LocalDate start, LocalDate end) {
        List<CzechDates.Mention> found = CzechDates.find(written, 0, written.length(), RELEASE);
        assertEquals(1, found.size(), () -> "found " + found);
        assertEquals(start, found.get(0).start());
        assertEquals(end, found.get(0).end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Novelu chceme schválit do konce roku | 2025-12-31",
        "do konce roku 2026 navýšíme počet policistů | 2026-12-31",
        "do konce letošního roku připravíme projekt | 2025-12-31",
        "do konce června připravíme plán | 2025-06-30",
        "do 30. června 2026 propojíme databáze | 2026-06-30",
        "do 30. 9. předložíme návrh | 2025-09-30",
        "letos spustíme program | 2025-12-31",
        "příští rok jejich počet zdvojnásobíme | 2026-12-31",
        "vyšleme policisty už v listopadu | 2025-11-30",
        "do poloviny roku předložíme návrh | 2025-06-30",
        "do ledna připravíme zákon | 2026-01-31"})
    void deadlines(String clause, LocalDate due) {
        assertEquals(Optional.of(due), CzechDates.deadline(clause, RELEASE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"co nejdříve schválíme novelu", "31. 2. 2025 neexistuje"})
    void noDeadlineWhereNoneIsNamed(String clause) {
        assertEquals(Optional.empty(), CzechDates.deadline(clause, RELEASE));
    }
}
