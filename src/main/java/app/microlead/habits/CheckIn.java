package app.microlead.habits;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;

/** One day's mark for a habit: done, or skipped ("no opportunity today"), with an optional note. */
public record CheckIn(long habitId, LocalDate date, State state, String note) {

    public enum State { DONE, SKIPPED }

    public static final int MAX_NOTE = 500;

    public CheckIn {
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(t("habits.error.note.too.long", MAX_NOTE));
        }
    }
}
