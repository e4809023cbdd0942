package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Month ticks: on the first of a month, a dozen at most, read as month and year. */
class FxMonthAxisTest {

    private FxMonthAxis days;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // an axis is a control
    }

    @BeforeEach
    void axis() {
        days = FxMonthAxis.ofEpochDays(Locale.ENGLISH);
    }

    private static List<LocalDate> asDates(List<Number> ticks) {
        return ticks.stream().map(n -> LocalDate.ofEpochDay(n.longValue())).toList();
    }

    @Test
    void aHalfYearHasATickOnEveryFirstOfTheMonth() {
        List<Number> t = days.monthStarts(LocalDate.of(2026, 5, 20).toEpochDay(), LocalDate.of(2026, 11, 3).toEpochDay());
        assertThat(asDates(t)).containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(days.getTickLabelFormatter().toString(t.get(0))).isEqualTo("Jun 2026");
    }

    @Test
    void longerSpansThinToPairsQuartersOrYearsAndNeverRepeatALabel() {
        List<Number> twoYears = days.monthStarts(LocalDate.of(2024, 12, 15).toEpochDay(),
                LocalDate.of(2026, 12, 3).toEpochDay());
        assertThat(twoYears.size()).isLessThanOrEqualTo(12);
        assertThat(asDates(twoYears)).allMatch(d -> d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 2 == 0);
        List<Number> threeYears = days.monthStarts(LocalDate.of(2023, 12, 15).toEpochDay(),
                LocalDate.of(2026, 12, 3).toEpochDay());
        assertThat(threeYears.size()).isLessThanOrEqualTo(12);
        assertThat(asDates(threeYears)).allMatch(d -> d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0);
        List<Number> twenty = days.monthStarts(LocalDate.of(2006, 12, 3).toEpochDay(), LocalDate.of(2026, 12, 3).toEpochDay());
        assertThat(twenty.size()).isBetween(2, 12);
        assertThat(asDates(twenty)).allMatch(d -> d.getDayOfYear() == 1);
        List<String> labels = twoYears.stream().map(n -> days.getTickLabelFormatter().toString(n)).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }

    @Test
    void aYearInANarrowChartThinsItsMonthsSoThatNoTwoLabelsTouch() {
        double from = LocalDate.of(2026, 1, 1).toEpochDay();
        double to = LocalDate.of(2026, 12, 31).toEpochDay();
        // 60 px a label: February's 28 days need 2.2 px a day for a tick every month
        assertThat(asDates(days.ticks(from, to, 2.2, label -> 60))).hasSize(12);
        assertThat(asDates(days.ticks(from, to, 2.0, label -> 60))).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 1));
        assertThat(asDates(days.ticks(from, to, 0.5, label -> 60))).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 7, 1));
        // the widest month's label counts: one wider than the rest thins them all
        assertThat(days.ticks(from, to, 2.2, label -> label.startsWith("Sep") ? 70 : 40)).hasSize(6);
    }

    @Test
    void aSpanWithOneFirstOfAMonthIsMarkedByItsMondaysReadAsDays() {
        // a journal's first week on the mood chart: a fortnight either side of Monday 7 December
        double from = LocalDate.of(2026, 11, 23).toEpochDay();
        double to = LocalDate.of(2026, 12, 21).toEpochDay();
        List<Number> t = days.ticks(from, to, 20, label -> 50);
        assertThat(asDates(t)).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21));
        assertThat(days.getTickLabelFormatter().toString(t.get(2))).isEqualTo("7 Dec");
        // narrower: every other Monday
        assertThat(asDates(days.ticks(from, to, 5, label -> 50))).containsExactly(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 21));
        // two firsts of a month in the span: months again, read as months
        List<Number> months = days.ticks(LocalDate.of(2026, 10, 20).toEpochDay(), to, 20, label -> 50);
        assertThat(asDates(months)).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        assertThat(days.getTickLabelFormatter().toString(months.get(0))).isEqualTo("Nov 2026");
    }

    @Test
    void secondsAreReadInTheGivenZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        FxMonthAxis seconds = FxMonthAxis.ofEpochSeconds(Locale.GERMAN, berlin);
        double lower = LocalDate.of(2026, 2, 10).atStartOfDay(berlin).toEpochSecond();
        double upper = LocalDate.of(2026, 4, 10).atStartOfDay(berlin).toEpochSecond();
        List<Number> t = seconds.monthStarts(lower, upper);
        assertThat(t).containsExactly((double) LocalDate.of(2026, 3, 1).atStartOfDay(berlin).toEpochSecond(),
                (double) LocalDate.of(2026, 4, 1).atStartOfDay(berlin).toEpochSecond());
        assertThat(seconds.getTickLabelFormatter().toString(t.get(0))).startsWith("März").endsWith("2026");
    }
}
