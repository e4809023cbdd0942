package app.microlead.habits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Everything the views show about one habit, computed at once. */
public record HabitStats(Habit habit, DayStates days, double[] strengthCurve, double strength, Streak current,
                         Streak best, List<Streak> bestFive, OptionalDouble rate30, OptionalDouble rate365) {

    /**
     * The numbers of {@code habit} with its check-ins up to {@code today}, counted from the day it starts as it
     * counts ({@link Habit#startingBy} its first check-in); that is also the habit of the stats.
     */
    public static HabitStats compute(Habit habit, Map<LocalDate, CheckIn.State> checkIns, LocalDate today) {
        Habit counted = habit.startingBy(checkIns.keySet().stream().min(LocalDate::compareTo).orElse(null));
        return compute(counted, DayStates.of(counted.startDate(), today, checkIns));
    }

    /** As {@link #compute(Habit, Map, LocalDate)}, from the habit's compact log. */
    public static HabitStats compute(Habit habit, CheckInLog checkIns, LocalDate today) {
        Habit counted = habit.startingBy(checkIns.first());
        return compute(counted, checkIns.dayStates(counted.startDate(), today));
    }

    /** The numbers from the habit's day states (from its start date to today). */
    private static HabitStats compute(Habit habit, DayStates days) {
        double[] curve = HabitMath.strengthCurve(habit.schedule(), days);
        List<Streak> all = HabitMath.streaks(habit.schedule(), days);
        List<Streak> top = HabitMath.best(all, 5);
        Streak current = all.get(all.size() - 1);
        Streak best = top.isEmpty() ? Streak.none(current.unit()) : top.get(0);
        return new HabitStats(habit, days, curve, curve.length == 0 ? 0 : curve[curve.length - 1], current, best, top,
                HabitMath.completionRate(habit.schedule(), days, 30),
                HabitMath.completionRate(habit.schedule(), days, 365));
    }
}
