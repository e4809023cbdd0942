package app.microlead.habits;

import java.time.LocalDate;
import java.util.Map;

/** A habit with its numbers and recent check-ins, as the lists show it. */
public record HabitRow(Habit habit, HabitStats stats, Map<LocalDate, CheckIn> checkIns) {

    public CheckIn.State stateOn(LocalDate day) {
        CheckIn c = checkIns.get(day);
        return c == null ? null : c.state();
    }

    public String noteOn(LocalDate day) {
        CheckIn c = checkIns.get(day);
        return c == null ? "" : c.note();
    }
}
