package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalStreaksTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @ParameterizedTest(name = "{0} → current {1}, best {2}")
    @CsvSource(delimiter = '|', value = {
        "''|0|0",
        "2026-03-10|1|1",
        "2026-03-09|1|1",
        "2026-03-08|0|1",
        "2026-03-08 2026-03-09 2026-03-10|3|3",
        "2026-03-07 2026-03-08 2026-03-09|3|3",
        "2026-02-27 2026-02-28 2026-03-01 2026-03-02 2026-03-05 2026-03-10|1|4",
        "2025-12-31 2026-01-01|0|2"
    })
    void streaks(String days, int current, int best) {
        List<LocalDate> dates = days.isBlank() ? List.of() : Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        JournalStreaks s = JournalStreaks.of(dates, TODAY);
        assertThat(s.current()).isEqualTo(current);
        assertThat(s.best()).isEqualTo(best);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-10 2026-01-05 2026-02-28 2026-03-01 2026-03-10|2|4"
    })
    void countsDaysThisMonthAndYear(String days, int month, int year) {
        List<LocalDate> dates = Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        JournalStreaks s = JournalStreaks.of(dates, TODAY);
        assertThat(s.daysThisMonth()).isEqualTo(month);
        assertThat(s.daysThisYear()).isEqualTo(year);
    }
}
