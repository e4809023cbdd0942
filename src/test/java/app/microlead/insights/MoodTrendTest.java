package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.insights.MoodTrend.Week;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MoodTrendTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void weeklyAveragesOfTheRatedDaysInRange() {
        List<DayMood> days = List.of(
                new DayMood(d("2026-01-06"), 1, 1),       // before the range
                new DayMood(d("2026-01-07"), 3, 4),
                new DayMood(d("2026-01-09"), 5, null),
                new DayMood(d("2026-01-10"), null, null), // written, not rated
                new DayMood(d("2026-01-20"), 2, 2),
                new DayMood(d("2026-01-21"), 5, 5));      // after the range
        MoodTrend t = MoodTrend.weekly(days, d("2026-01-07"), d("2026-01-20"));
        assertThat(t.weeks()).containsExactly(
                new Week(d("2026-01-05"), OptionalDouble.of(4), 2, OptionalDouble.of(4), 1),
                new Week(d("2026-01-12"), OptionalDouble.empty(), 0, OptionalDouble.empty(), 0),
                new Week(d("2026-01-19"), OptionalDouble.of(2), 1, OptionalDouble.of(2), 1));
        assertThat(t.isEmpty()).isFalse();
    }

    @Test
    void noRatingsIsEmpty() {
        MoodTrend t = MoodTrend.weekly(List.of(new DayMood(d("2026-01-07"), null, null)), d("2026-01-01"),
                d("2026-01-31"));
        assertThat(t.weeks()).hasSize(5);
        assertThat(t.isEmpty()).isTrue();
        assertThat(MoodTrend.weekly(List.of(), d("2026-02-01"), d("2026-01-01")).weeks()).isEmpty();
    }
}
