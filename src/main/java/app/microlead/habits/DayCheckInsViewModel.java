package app.microlead.habits;

import app.microlead.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The micro-actions of one day on the Today view: Done, Skipped or empty, with a note. */
public final class DayCheckInsViewModel {

    private final HabitService service;
    private final TaskRunner tasks;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<HabitRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public DayCheckInsViewModel(HabitService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<HabitRow> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Shows the active habits for a day. */
    public void show(LocalDate d) {
        day.set(d);
        reload();
    }

    public void reload() {
        LocalDate d = day.get();
        if (d == null) {
            return;
        }
        tasks.read(() -> asOf(service.rows(false), d), (List<HabitRow> loaded) -> {
            if (d.equals(day.get())) {
                rows.setAll(loaded);
            }
        }, e -> message.set(e.getMessage()));
    }

    /**
     * The lines of a day, with each habit's numbers (streaks) as they stood at the end of that day
     * (today's rows already are). A habit added later is listed too (its line shows that it had not
     * started), but has nothing to count and nothing to mark on a day before it was tracked.
     */
    static List<HabitRow> asOf(List<HabitRow> rows, LocalDate d) {
        return rows.stream().map(r -> r.habit().startDate().isAfter(d) || endsOn(r.stats(), d) ? r
                : new HabitRow(r.habit(), HabitStats.compute(r.habit(), r.checkIns(), d), r.checkIns())).toList();
    }

    private static boolean endsOn(HabitStats stats, LocalDate d) {
        return stats.days().length() > 0 && stats.days().date(stats.days().length() - 1).equals(d);
    }

    /**
     * Whether the habit can be marked on {@code d}: a day before its start cannot (the line shows it as not
     * applicable, its buttons and note disabled).
     */
    public static boolean markable(HabitRow row, LocalDate d) {
        return d != null && !row.habit().startsAfter(d);
    }

    /** Whether {@code d} is before the habit's start: nothing is written and the message says why. */
    private boolean refused(HabitRow row, LocalDate d) {
        if (markable(row, d)) {
            return false;
        }
        message.set(d == null ? "" : row.habit().beforeStartRefusal());
        return true;
    }

    /** Sets the shown day's mark for a habit (null leaves the day empty), keeping the note. */
    public void set(HabitRow row, CheckIn.State state) {
        LocalDate d = day.get();
        set(row, d, state, row.noteOn(d));
    }

    /**
     * Sets a day's mark for a habit (null leaves the day empty) with the note as the user sees it; the
     * day is the one the line was showing, even if another day is being loaded.
     */
    public void set(HabitRow row, LocalDate d, CheckIn.State state, String note) {
        if (refused(row, d)) {
            return;
        }
        tasks.write(() -> {
            service.mark(row.habit(), d, state, note);
            return null;
        }, ok -> {
            message.set("");
            reload();
        }, e -> message.set(e.getMessage()));
    }

    /** Saves a note for the shown day; a day without a mark is marked Done. */
    public void note(HabitRow row, String note) {
        note(row, day.get(), note);
    }

    /**
     * Saves a note for a day; a day without a mark is marked Done. Nothing happens when it is unchanged, or
     * when only spaces are typed on a day without a mark (a space marked the micro-action Done).
     */
    public void note(HabitRow row, LocalDate d, String typed) {
        String note = typed.strip();
        if (note.equals(row.noteOn(d)) || refused(row, d) || (note.isEmpty() && row.stateOn(d) == null)) {
            return;
        }
        CheckIn.State state = row.stateOn(d) == null ? CheckIn.State.DONE : row.stateOn(d);
        tasks.write(() -> {
            service.mark(row.habit(), d, state, note);
            return null;
        }, ok -> reload(), e -> message.set(e.getMessage()));
    }
}
