package app.microlead.habits;

import static app.microlead.common.I18n.t;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A habit with its numbers and its check-ins, as the lists show it. The habit starts as it counts
 * ({@link Habit#startingBy} its first check-in): no check-in of a row is on a day before its habit's start.
 */
public record HabitRow(Habit habit, HabitStats stats, CheckInLog checkIns) {

    public HabitRow {
        habit = habit.startingBy(checkIns.first());
    }

    public CheckIn.State stateOn(LocalDate day) {
        return checkIns.stateOn(day);
    }

    public String noteOn(LocalDate day) {
        return checkIns.noteOn(day);
    }

    /** The check-ins from {@code from} to {@code to} inclusive, oldest first. */
    public List<CheckIn> checkInsBetween(LocalDate from, LocalDate to) {
        return checkIns.between(habit.id(), from, to);
    }

    /**
     * The current streak as its line shows it on {@code day}: "3 weeks"; for an X-per-week or per-month habit
     * with no streak yet, what its period holds so far ("1 of 3 this week": a "–" right after Done read as if
     * the check-in did not count); "–" when there is nothing yet.
     */
    public String streakShown(LocalDate day) {
        Streak current = stats.current();
        Schedule schedule = habit.schedule();
        boolean weeks = schedule.kind() == Schedule.Kind.PER_WEEK;
        if (current.length() > 0 || day == null || !(weeks || schedule.kind() == Schedule.Kind.PER_MONTH)) {
            return current.describe();
        }
        LocalDate from = weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        long done = checkInsBetween(from, day).stream().filter(c -> c.state() == CheckIn.State.DONE).count();
        return done == 0 ? current.describe()
                : t(weeks ? "habits.streak.so.far.week" : "habits.streak.so.far.month", done, schedule.times());
    }
}
