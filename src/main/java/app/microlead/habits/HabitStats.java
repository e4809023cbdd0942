package app.microlead.habits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Everything the views show about one habit, computed at once. */
public record HabitStats(Habit habit, DayStates days, double[] strengthCurve, double strength, Streak current,
                         Streak best, List<Streak> bestFive, OptionalDouble rate30, OptionalDouble rate365) {

    public static HabitStats compute(Habit habit, Map<LocalDate, CheckIn.State> checkIns, LocalDate today) {
        return compute(habit, DayStates.of(habit.startDate(), today, checkIns));
    }

    public static HabitStats compute(Habit habit, CheckInLog checkIns, LocalDate today) {
        return compute(habit, checkIns.dayStates(habit.startDate(), today));
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
