package app.microlead.bench;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import app.microlead.habits.PillarStrength;
import app.microlead.habits.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: the time to compute every habit's strength curve, streaks and rates (and the pillar
 * strengths) for 30 habits with 20 years of check-ins, once the check-ins are in memory.
 */
public final class HabitMathBenchmark {

    private HabitMathBenchmark() {
    }

    public static void main(String[] args) {
        int habits = 30;
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        LocalDate today = LocalDate.of(2026, 11, 28);
        LocalDate start = today.minusYears(years);
        Random r = new Random(11);
        Schedule[] kinds = {Schedule.daily(), Schedule.perWeek(3), Schedule.perMonth(4),
            Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Schedule.perWeek(1)};
        List<Habit> list = new ArrayList<>();
        List<Map<LocalDate, CheckIn.State>> checkIns = new ArrayList<>();
        long total = 0;
        for (int h = 0; h < habits; h++) {
            Schedule s = kinds[h % kinds.length];
            list.add(new Habit(h + 1, null, "Habit " + h, "", Pillar.values()[h % 3], s, h, false, start, ""));
            Map<LocalDate, CheckIn.State> m = new HashMap<>();
            for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
                double roll = r.nextDouble();
                if (roll < 0.7 * Math.min(1, s.frequency() * 1.4)) {
                    m.put(d, CheckIn.State.DONE);
                } else if (roll > 0.98) {
                    m.put(d, CheckIn.State.SKIPPED);
                }
            }
            total += m.size();
            checkIns.add(m);
        }
        long[] times = new long[60];
        for (int round = -20; round < times.length; round++) {
            long t0 = System.nanoTime();
            List<HabitStats> all = new ArrayList<>(habits);
            for (int h = 0; h < habits; h++) {
                all.add(HabitStats.compute(list.get(h), checkIns.get(h), today));
            }
            for (Pillar p : Pillar.values()) {
                PillarStrength.series(all, p, today.minusDays(364), today);
            }
            long t = System.nanoTime() - t0;
            if (round >= 0) {
                times[round] = t;
            }
        }
        Arrays.sort(times);
        System.out.printf("habits=%d years=%d check-ins=%,d  all stats: median=%.2f ms  p95=%.2f ms  min=%.2f ms%n",
                habits, years, total, times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6,
                times[0] / 1e6);
    }
}
