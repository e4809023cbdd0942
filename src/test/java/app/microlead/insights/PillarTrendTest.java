package app.microlead.insights;

import static app.microlead.insights.Fixtures.assessed;
import static app.microlead.insights.Fixtures.constant;
import static app.microlead.insights.Fixtures.curve;
import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.insights.PillarTrend.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PillarTrendTest {

    private static final LocalDate WED = LocalDate.parse("2026-01-07"); // a Wednesday
    private static final LocalDate MON = LocalDate.parse("2026-01-05");

    @Test
    void weeksAreMondayToSundayAndAverageTheDaysThatHadData() {
        // Trust habit from Wednesday, strength i/100 on day i; a second one at 0.30 from the next Monday
        LocalDate today = MON.plusWeeks(2).plusDays(1); // Tuesday of the third week: day index 13 of habit 1
        HabitStats rising = curve(habit(1, Pillar.TRUST, WED), today, i -> i / 100.0);
        HabitStats flat = constant(habit(2, Pillar.TRUST, MON.plusWeeks(1)), today, 0.30);
        PillarTrend t = PillarTrend.compute(List.of(rising, flat), List.of(), Range.ALL, today);

        assertThat(t.from()).isEqualTo(WED);
        assertThat(t.weekStarts()).containsExactly(MON, MON.plusWeeks(1), MON.plusWeeks(2));
        double[] trust = t.of(Pillar.TRUST);
        assertThat(trust[0]).isCloseTo(2.0, within(1e-9));          // Wed..Sun = days 0..4, mean 2 %
        assertThat(trust[1]).isCloseTo((8 + 30) / 2.0, within(1e-9)); // days 5..11 mean 8 %, averaged with 30 % daily
        assertThat(trust[2]).isCloseTo((12.5 + 30) / 2.0, within(1e-9)); // Mon, Tue only (today): days 12, 13
        assertThat(Arrays.stream(t.of(Pillar.EMPOWERMENT)).allMatch(Double::isNaN)).isTrue();
        assertThat(t.isEmpty()).isFalse();
    }

    @Test
    void realStrengthIsShownInPointsNotAsAFraction() {
        LocalDate today = MON.plusDays(7);
        List<LocalDate> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            done.add(MON.plusDays(i));
        }
        HabitStats s = Fixtures.real(habit(1, Pillar.PROFESSIONALISM, MON), today, Fixtures.doneOn(done));
        double m = Math.pow(0.5, 1.0 / 13);
        double expected = 0;
        for (int k = 1; k <= 7; k++) {
            expected += 100 * (1 - Math.pow(m, k)) / 7;
        }
        PillarTrend t = PillarTrend.compute(List.of(s), List.of(), Range.ALL, today);
        assertThat(t.of(Pillar.PROFESSIONALISM)[0]).isCloseTo(expected, within(1e-9)); // about 20.9
    }

    @Test
    void threeMonthsStartInTheWeekThreeMonthsAgoAndKeepOnlyAssessmentsInRange() {
        LocalDate today = LocalDate.parse("2026-06-17"); // Wednesday
        HabitStats s = constant(habit(1, Pillar.TRUST, LocalDate.parse("2025-01-01")), today, 0.5);
        AssessmentPoint before = assessed(LocalDate.parse("2026-03-16"), 10, 10, 10);
        AssessmentPoint inside = assessed(LocalDate.parse("2026-04-01"), 60, 50, 40);
        AssessmentPoint future = assessed(LocalDate.parse("2026-06-18"), 90, 90, 90);
        PillarTrend t = PillarTrend.compute(List.of(s), List.of(future, inside, before), Range.THREE_MONTHS, today);

        assertThat(t.from()).isEqualTo(LocalDate.parse("2026-03-17"));
        assertThat(t.weekStarts().get(0)).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(t.weekStarts()).hasSize(14).last().isEqualTo(LocalDate.parse("2026-06-15"));
        assertThat(t.of(Pillar.TRUST)).containsOnly(50.0);
        assertThat(t.assessments()).containsExactly(inside);
        assertThat(t.assessments().get(0).score(Pillar.TRUST)).hasValue(60);
    }

    @Test
    void oneYearAndAllDifferInWhereTheyStart() {
        LocalDate today = LocalDate.parse("2026-06-17");
        HabitStats old = constant(habit(1, Pillar.TRUST, LocalDate.parse("2024-02-05")), today, 0.5);
        AssessmentPoint older = assessed(LocalDate.parse("2023-12-20"), 50, 50, 50);
        PillarTrend year = PillarTrend.compute(List.of(old), List.of(older), Range.ONE_YEAR, today);
        PillarTrend all = PillarTrend.compute(List.of(old), List.of(older), Range.ALL, today);

        assertThat(year.weekStarts().get(0)).isEqualTo(LocalDate.parse("2025-06-16"));
        assertThat(year.assessments()).isEmpty();
        assertThat(all.from()).isEqualTo(LocalDate.parse("2023-12-20"));
        assertThat(all.weekStarts().get(0)).isEqualTo(LocalDate.parse("2023-12-18"));
        assertThat(all.of(Pillar.TRUST)[0]).isNaN(); // an assessment before any habit
        assertThat(all.assessments()).containsExactly(older);
    }

    @Test
    void aYoungJournalsYearStartsWithItsFirstDataNotMonthsOfNothingBefore() {
        LocalDate today = LocalDate.parse("2026-12-08"); // a Tuesday
        HabitStats young = constant(habit(1, Pillar.TRUST, LocalDate.parse("2026-12-02")), today, 0.5);
        PillarTrend year = PillarTrend.compute(List.of(young), List.of(), Range.ONE_YEAR, today);
        PillarTrend quarter = PillarTrend.compute(List.of(young), List.of(), Range.THREE_MONTHS, today);
        assertThat(year.from()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(year.weekStarts()).containsExactly(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-07"));
        assertThat(quarter.weekStarts()).isEqualTo(year.weekStarts());
        assertThat(year.of(Pillar.TRUST)).doesNotContain(Double.NaN);
    }

    @Test
    void archivedHabitsDoNotCountAndNothingToShowIsEmpty() {
        LocalDate today = LocalDate.parse("2026-06-17");
        HabitStats archived = constant(habit(1, Pillar.TRUST, MON).withArchived(true), today, 0.9);
        PillarTrend t = PillarTrend.compute(List.of(archived), List.of(), Range.ALL, today);
        assertThat(t.weekStarts()).containsExactly(LocalDate.parse("2026-06-15"));
        assertThat(t.isEmpty()).isTrue();
        assertThat(PillarTrend.compute(List.of(), List.of(assessed(today, 1, 2, 3)), Range.ALL, today).isEmpty())
                .isFalse();
    }
}
