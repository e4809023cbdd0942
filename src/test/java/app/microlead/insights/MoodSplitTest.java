package app.microlead.insights;

import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import app.microlead.habits.Schedule;
import app.microlead.insights.MoodSplit.Comparison;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MoodSplitTest {

    private static final LocalDate START = LocalDate.parse("2026-01-05"); // a Monday
    private static final LocalDate TODAY = START.plusDays(59);             // 60 days tracked

    /** A daily habit done on even days (0, 2, … 58); today (day 59) is still empty. */
    private static HabitStats evenDays(Map<LocalDate, CheckIn.State> extra) {
        Map<LocalDate, CheckIn.State> m = new HashMap<>();
        for (int i = 0; i < 60; i += 2) {
            m.put(START.plusDays(i), CheckIn.State.DONE);
        }
        m.putAll(extra);
        return HabitStats.compute(habit(1, Pillar.TRUST, START), m, TODAY);
    }

    /** Mood 4 / energy 5 on the first {@code doneRated} done days, mood 2 / energy 3 on days 1, 3, … 39. */
    private static List<DayMood> moods(int doneRated) {
        List<DayMood> out = new ArrayList<>();
        for (int k = 0; k < doneRated; k++) {
            out.add(new DayMood(START.plusDays(2L * k), 4, 5));
        }
        for (int k = 0; k < 20; k++) {
            out.add(new DayMood(START.plusDays(2L * k + 1), 2, 3));
        }
        return out;
    }

    @Test
    void thirteenRatedDaysOnOneSideAreTooFewToShow() {
        MoodSplit split = MoodSplit.compute(List.of(evenDays(Map.of())), moods(13), TODAY);
        assertThat(split.isEmpty()).isTrue();
        assertThat(split.emptyReason()).isEqualTo(MoodSplit.empty());
    }

    @Test
    void fourteenOnEachSideAreShownWithTheirCounts() {
        MoodSplit split = MoodSplit.compute(List.of(evenDays(Map.of())), moods(14), TODAY);
        assertThat(split.habits()).hasSize(1);
        Comparison mood = split.habits().get(0).mood();
        assertThat(mood.done()).isEqualTo(new MoodSplit.Side(OptionalDouble.of(4), 14));
        assertThat(mood.notDone()).isEqualTo(new MoodSplit.Side(OptionalDouble.of(2), 20));
        assertThat(mood.difference()).hasValue(2);
        assertThat(split.habits().get(0).energy().difference()).hasValue(2);
        assertThat(split.emptyReason()).isEmpty();
        assertThat(MoodSplit.note()).contains("not what causes what");
    }

    @Test
    void moodAndEnergyAreJudgedSeparately() {
        List<DayMood> days = new ArrayList<>(moods(14));
        days.replaceAll(d -> d.date().equals(START) ? new DayMood(START, 4, null) : d); // one done day without energy
        Comparison energy = MoodSplit.compute(List.of(evenDays(Map.of())), days, TODAY).habits().get(0).energy();
        assertThat(energy.done().days()).isEqualTo(13);
        assertThat(energy.enough()).isFalse();
        assertThat(energy.difference()).isEmpty();
    }

    @Test
    void skippedDaysAndTodayWhileEmptyAreNeitherSide() {
        List<DayMood> days = new ArrayList<>(moods(14));
        days.add(new DayMood(START.plusDays(41), 1, 1)); // skipped: no opportunity
        days.add(new DayMood(START.plusDays(43), 1, 1)); // skipped
        days.add(new DayMood(TODAY, 1, 1));              // today, not checked yet
        Map<LocalDate, CheckIn.State> skips = Map.of(START.plusDays(41), CheckIn.State.SKIPPED,
                START.plusDays(43), CheckIn.State.SKIPPED);
        Comparison mood = MoodSplit.compute(List.of(evenDays(skips)), days, TODAY).habits().get(0).mood();
        assertThat(mood.notDone()).isEqualTo(new MoodSplit.Side(OptionalDouble.of(2), 20));
    }

    @Test
    void aWeekdayHabitCountsOnlyItsScheduledDays() {
        Habit h = habit(1, Pillar.EMPOWERMENT, null, "Mon-Wed-Fri", START,
                Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        LocalDate today = START.plusDays(104); // a Sunday: 15 whole weeks
        Map<LocalDate, CheckIn.State> done = new HashMap<>();
        List<DayMood> days = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(today); d = d.plusDays(1)) {
            DayOfWeek w = d.getDayOfWeek();
            if (w == DayOfWeek.MONDAY) {
                done.put(d, CheckIn.State.DONE);
            }
            int mood = w == DayOfWeek.MONDAY ? 5 : (w == DayOfWeek.WEDNESDAY || w == DayOfWeek.FRIDAY) ? 3 : 1;
            days.add(new DayMood(d, mood, null));
        }
        MoodSplit split = MoodSplit.compute(List.of(HabitStats.compute(h, done, today)), days, today);
        Comparison mood = split.habits().get(0).mood();
        assertThat(mood.done()).isEqualTo(new MoodSplit.Side(OptionalDouble.of(5), 15));
        assertThat(mood.notDone()).isEqualTo(new MoodSplit.Side(OptionalDouble.of(3), 30));
        assertThat(split.habits().get(0).energy().done().days()).isZero();
    }

    @Test
    void aHabitNeedsThirtyDaysOfTrackingAndMustBeActive() {
        // done on even days from the start, every day rated; today (last day) done when the count is odd
        for (int tracked : new int[] {29, 30}) {
            LocalDate start = TODAY.minusDays(tracked - 1L);
            Map<LocalDate, CheckIn.State> m = new HashMap<>();
            List<DayMood> days = new ArrayList<>();
            for (int i = 0; i < tracked; i++) {
                if (i % 2 == 0) {
                    m.put(start.plusDays(i), CheckIn.State.DONE);
                }
                days.add(new DayMood(start.plusDays(i), i % 2 == 0 ? 5 : 1, null));
            }
            Habit h = habit(1, Pillar.TRUST, start);
            MoodSplit split = MoodSplit.compute(List.of(HabitStats.compute(h, m, TODAY)), days, TODAY);
            if (tracked == 29) {
                assertThat(split.isEmpty()).as("29 days").isTrue();
            } else {
                assertThat(split.habits().get(0).mood().done().days()).isEqualTo(15);
                assertThat(split.habits().get(0).mood().notDone().days()).isEqualTo(14);
                MoodSplit archived = MoodSplit.compute(
                        List.of(HabitStats.compute(h.withArchived(true), m, TODAY)), days, TODAY);
                assertThat(archived.isEmpty()).isTrue();
            }
        }
    }
}
