package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PillarStrengthTest {

    private static final LocalDate START = LocalDate.parse("2026-01-26");
    private static final LocalDate TODAY = START.plusDays(9);
    private static final double M = Math.pow(0.5, 1.0 / 13);

    private static Habit habit(long id, Pillar pillar, LocalDate start, boolean archived) {
        return new Habit(id, null, "Habit " + id, "", pillar, Schedule.daily(), (int) id, archived, start, "");
    }

    private static Map<LocalDate, CheckIn.State> doneFrom(LocalDate from) {
        Map<LocalDate, CheckIn.State> m = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(TODAY); d = d.plusDays(1)) {
            m.put(d, CheckIn.State.DONE);
        }
        return m;
    }

    private final HabitStats perfectTrust = HabitStats.compute(habit(1, Pillar.TRUST, START, false), doneFrom(START), TODAY);
    private final HabitStats idleTrustFromDay5 =
            HabitStats.compute(habit(2, Pillar.TRUST, START.plusDays(5), false), Map.of(), TODAY);
    private final HabitStats archivedTrust = HabitStats.compute(habit(3, Pillar.TRUST, START, true), doneFrom(START), TODAY);
    private final HabitStats noPillar = HabitStats.compute(habit(4, null, START, false), doneFrom(START), TODAY);
    private final HabitStats perfectEmpowerment =
            HabitStats.compute(habit(5, Pillar.EMPOWERMENT, START, false), doneFrom(START), TODAY);
    private final List<HabitStats> all = List.of(perfectTrust, idleTrustFromDay5, archivedTrust, noPillar, perfectEmpowerment);

    @Test
    void todayIsTheMeanOfThePillarsActiveHabits() {
        double tenPerfectDays = 1 - Math.pow(M, 10);
        Map<Pillar, OptionalDouble> today = PillarStrength.today(all);
        // archived and pillar-less habits do not count; the idle habit pulls Trust down to half
        assertThat(today.get(Pillar.TRUST).getAsDouble()).isCloseTo(tenPerfectDays / 2, within(1e-12));
        assertThat(today.get(Pillar.EMPOWERMENT).getAsDouble()).isCloseTo(tenPerfectDays, within(1e-12));
        assertThat(today.get(Pillar.PROFESSIONALISM)).isEmpty();
    }

    @Test
    void aHabitAddedTodayCountsOnlyOnceItIsMarked() {
        double tenPerfectDays = 1 - Math.pow(M, 10);
        HabitStats addedToday = HabitStats.compute(habit(6, Pillar.EMPOWERMENT, TODAY, false), Map.of(), TODAY);
        List<HabitStats> withNew = List.of(perfectEmpowerment, addedToday);
        assertThat(PillarStrength.today(withNew).get(Pillar.EMPOWERMENT).getAsDouble())
                .isCloseTo(tenPerfectDays, within(1e-12));
        double[] s = PillarStrength.series(withNew, Pillar.EMPOWERMENT, TODAY, TODAY);
        assertThat(s[0]).isCloseTo(tenPerfectDays, within(1e-12));

        HabitStats doneToday = HabitStats.compute(habit(6, Pillar.EMPOWERMENT, TODAY, false), doneFrom(TODAY), TODAY);
        assertThat(PillarStrength.today(List.of(perfectEmpowerment, doneToday)).get(Pillar.EMPOWERMENT).getAsDouble())
                .isCloseTo((tenPerfectDays + 1 - M) / 2, within(1e-12));
        // a pillar whose only habit is new today has no strength yet, rather than 0 %
        assertThat(PillarStrength.today(List.of(addedToday)).get(Pillar.EMPOWERMENT)).isEmpty();
    }

    @Test
    void seriesAveragesOnlyTheHabitsThatExistedThatDay() {
        double[] s = PillarStrength.series(all, Pillar.TRUST, START.minusDays(1), TODAY.plusDays(1));
        assertThat(s).hasSize(12);
        assertThat(s[0]).isNaN();                                                      // before any habit
        assertThat(s[1]).isCloseTo(1 - M, within(1e-12));                              // day 0: only habit 1
        assertThat(s[5]).isCloseTo(1 - Math.pow(M, 5), within(1e-12));                 // day 4
        assertThat(s[6]).isCloseTo((1 - Math.pow(M, 6)) / 2, within(1e-12));           // day 5: habit 2 joins at 0
        assertThat(s[10]).isCloseTo((1 - Math.pow(M, 10)) / 2, within(1e-12));         // today
        assertThat(s[11]).isNaN();                                                     // after today: unknown
        assertThat(PillarStrength.series(all, Pillar.PROFESSIONALISM, START, TODAY)).containsOnly(Double.NaN);
    }
}
