package app.microlead.habits;

import java.time.LocalDate;

/** One habit on one day: the key of a check-in, or of what belongs to one (a note, the people it names). */
public record HabitDay(long habitId, LocalDate day) {
}
