package app.microlead.review;

import static app.microlead.insights.Fixtures.doneOn;
import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.insights.CoachingContext;
import app.microlead.insights.DayMood;
import app.microlead.insights.Fixtures;
import app.microlead.review.WeeklyReviewData.HabitCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class WeeklyReviewDataTest {

    private static final LocalDate MON = LocalDate.parse("2026-03-02");
    private static final LocalDate SUN = MON.plusDays(6);
    private static final LocalDate TODAY = SUN.plusDays(2);

    @Test
    void theWeekEndsOnTheChosenReviewDay() {
        LocalDate wed = MON.plusDays(2);
        assertThat(WeeklyReviewData.weekEnd(wed, DayOfWeek.SUNDAY)).isEqualTo(SUN);
        assertThat(WeeklyReviewData.weekEnd(SUN, DayOfWeek.SUNDAY)).isEqualTo(SUN);
        assertThat(WeeklyReviewData.weekEnd(wed, DayOfWeek.FRIDAY)).isEqualTo(MON.plusDays(4));
        assertThat(WeeklyReviewData.weekEnd(MON.plusDays(5), DayOfWeek.FRIDAY)).isEqualTo(MON.plusDays(11));
    }

    @Test
    void daysWrittenMicroActionsDoneMoodsAndFocus() {
        HabitStats a = Fixtures.real(habit(1, Pillar.TRUST, MON.minusDays(10)), TODAY,
                doneOn(List.of(MON.minusDays(1), MON, MON.plusDays(1), MON.plusDays(2), SUN.plusDays(1))));
        HabitStats b = Fixtures.real(habit(2, Pillar.EMPOWERMENT, MON.minusDays(10)), TODAY, doneOn(List.of(SUN)));
        HabitStats archived = Fixtures.real(habit(3, Pillar.TRUST, MON).withArchived(true), TODAY, doneOn(List.of(MON)));
        HabitStats later = Fixtures.real(habit(4, Pillar.TRUST, SUN.plusDays(1)), TODAY, Map.of());
        HabitStats newThisWeek = Fixtures.real(habit(0, Pillar.PROFESSIONALISM, MON.plusDays(3)), TODAY, Map.of());
        List<DayMood> written = List.of(new DayMood(MON.minusDays(1), 1, 1), new DayMood(MON, 4, 3),
                new DayMood(MON.plusDays(2), null, null), new DayMood(SUN, 2, 5), new DayMood(SUN.plusDays(1), 5, 5));
        CoachingContext focus = new CoachingContext(Pillar.EMPOWERMENT, "it scored lowest", null, "", "");

        WeeklyReviewData w = WeeklyReviewData.compute(SUN, written, List.of(b, archived, later, a, newThisWeek), focus);

        assertThat(w.from()).isEqualTo(MON);
        assertThat(w.to()).isEqualTo(SUN);
        assertThat(w.daysWritten()).isEqualTo(3);
        assertThat(w.habits()).extracting(h -> h.habit().id(), HabitCount::done)
                .containsExactly(Tuple.tuple(1L, 3), Tuple.tuple(2L, 1),
                        Tuple.tuple(0L, 0));
        assertThat(w.totalDone()).isEqualTo(4);
        assertThat(w.days()).hasSize(7).extracting(DayMood::mood).containsExactly(4, null, null, null, null, null, 2);
        assertThat(w.days().get(6).energy()).isEqualTo(5);
        assertThat(w.focus()).isEqualTo(Pillar.EMPOWERMENT);
        assertThat(w.focusReason()).isEqualTo("it scored lowest");
        assertThat(WeeklyReviewData.compute(SUN, List.of(), List.of(), null).focus()).isNull();
    }

    @Test
    void theWeeksMicroActionsNameTheFirstFiveAndCountTheRest() {
        List<HabitCount> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(new HabitCount(habit(i, Pillar.TRUST, MON), i <= 6 ? 2 : 0));
        }
        WeeklyReviewData w = new WeeklyReviewData(MON, SUN, 3, seven, List.of(), null, "");
        // six done, twelve times: five named (ten), "one more" for the sixth; the one not done not counted
        assertThat(WeeklyReviewDialog.actionsDone(w)).startsWith("12 done: ").endsWith(" 2× and one more micro-action")
                .doesNotContain(seven.get(5).habit().name());
        WeeklyReviewData five = new WeeklyReviewData(MON, SUN, 3, seven.subList(0, 5), List.of(), null, "");
        assertThat(WeeklyReviewDialog.actionsDone(five)).startsWith("10 done: ").endsWith(" 2×");
    }
}
