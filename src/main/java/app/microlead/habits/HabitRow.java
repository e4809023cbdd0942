package app.microlead.habits;

import java.time.LocalDate;
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
}
