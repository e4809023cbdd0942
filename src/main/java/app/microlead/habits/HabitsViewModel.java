package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.Pillar;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.common.UndoWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Habits view: habits grouped by pillar with today's state, a week strip, streak and strength;
 * the selected habit's detail; adding, editing, reordering, archiving and deleting (with undo).
 */
public final class HabitsViewModel {

    public static final Duration UNDO_WINDOW = Duration.ofSeconds(8);

    private final HabitService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Catalogue catalogue;

    private final ObservableList<HabitRow> rows = FXCollections.observableArrayList();
    /** Whether a load has finished: until then no rows says nothing about whether there are habits. */
    private final ReadOnlyBooleanWrapper firstLoadDone = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding noHabits = firstLoadDone.and(Bindings.isEmpty(rows));
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<HabitRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>();
    private final IntegerProperty heatmapYear = new SimpleIntegerProperty();
    private final ObjectProperty<Map<Pillar, OptionalDouble>> pillarStrength = new SimpleObjectProperty<>(Map.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final UndoWindow undo;

    public HabitsViewModel(HabitService service, Catalogue catalogue, TaskRunner tasks, Scheduler scheduler,
                           DialogService dialogs) {
        this.service = service;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = new UndoWindow(scheduler, UNDO_WINDOW);
        selectedDay.set(service.today());
        heatmapYear.set(service.today().getYear());
        showArchived.addListener((o, a, b) -> load());
    }

    // --- state ---------------------------------------------------------------------------------

    public ObservableList<HabitRow> rows() {
        return rows;
    }

    /** True once the habits have been loaded (the first time); the view shows neither rows nor "none" before. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return firstLoadDone.getReadOnlyProperty();
    }

    /** True when a finished load found no habits: the time for the "not tracking anything" state. */
    public BooleanBinding noHabitsProperty() {
        return noHabits;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<HabitRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> selectedDayProperty() {
        return selectedDay;
    }

    public IntegerProperty heatmapYearProperty() {
        return heatmapYear;
    }

    public ObjectProperty<Map<Pillar, OptionalDouble>> pillarStrengthProperty() {
        return pillarStrength;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty undoAvailableProperty() {
        return undo.availableProperty();
    }

    public StringProperty undoTextProperty() {
        return undo.textProperty();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public LocalDate today() {
        return service.today();
    }

    // --- loading -------------------------------------------------------------------------------

    public void load() {
        load(() -> { });
    }

    /** As {@link #load()}; {@code shown} runs once the rows read are shown (not when reading fails). */
    private void load(Runnable shown) {
        boolean archived = showArchived.get();
        tasks.read(() -> service.rows(archived), loaded -> {
            show(loaded);
            shown.run();
        }, this::failed);
    }

    private void show(List<HabitRow> loaded) {
        Long keep = selected.get() == null ? null : selected.get().habit().id();
        rows.setAll(loaded);
        firstLoadDone.set(true);
        pillarStrength.set(PillarStrength.today(loaded.stream().map(HabitRow::stats).toList()));
        HabitRow again = keep == null ? null
                : loaded.stream().filter(r -> r.habit().id() == keep).findFirst().orElse(null);
        selected.set(again != null ? again : loaded.isEmpty() ? null : loaded.get(0));
    }

    private void change(Callable<?> work, String done) {
        change(work, done, () -> { });
    }

    /** As {@link #change(Callable, String)}; {@code shown} runs once the list read after the change is shown. */
    private void change(Callable<?> work, String done, Runnable shown) {
        tasks.write(work, ok -> {
            message.set(done);
            load(shown);
        }, this::failed);
    }

    private void failed(Throwable t) {
        message.set(t.getMessage());
    }

    // --- check-ins -----------------------------------------------------------------------------

    /**
     * Whether {@code day} is before the habit's start: nothing is written and the message says why (the grid
     * shows such a day as not applicable, but the detail's buttons act on any day picked in the year map).
     * Leaving a day empty ({@code next} null) is never refused. (A row holds no mark before its start: one that
     * sync brings moves the start that counts to it, see {@link HabitRow}.)
     */
    private boolean refused(HabitRow row, LocalDate day, CheckIn.State next) {
        if (next != null && row.habit().startsAfter(day)) {
            message.set(row.habit().beforeStartRefusal());
            return true;
        }
        return false;
    }

    /** Space: Done, or back to empty when it was Done. Refused (with a message) before the habit's start. */
    public void toggleDone(HabitRow row, LocalDate day) {
        CheckIn.State now = row.stateOn(day);
        CheckIn.State next = now == CheckIn.State.DONE ? null : CheckIn.State.DONE;
        if (refused(row, day, next)) {
            return;
        }
        change(() -> {
            service.mark(row.habit(), day, next, row.noteOn(day));
            return null;
        }, "");
    }

    /** S: Skipped ("no opportunity"), or back to empty when it was Skipped. Refused before the habit's start. */
    public void toggleSkipped(HabitRow row, LocalDate day) {
        CheckIn.State now = row.stateOn(day);
        CheckIn.State next = now == CheckIn.State.SKIPPED ? null : CheckIn.State.SKIPPED;
        if (refused(row, day, next)) {
            return;
        }
        change(() -> {
            service.mark(row.habit(), day, next, row.noteOn(day));
            return null;
        }, "");
    }

    /** A note for a day; a day without a mark is marked Done (a note tells what happened). */
    public void saveNote(HabitRow row, LocalDate day, String note) {
        if (note.equals(row.noteOn(day)) || refused(row, day, CheckIn.State.DONE)) {
            return;
        }
        CheckIn.State state = row.stateOn(day) == null ? CheckIn.State.DONE : row.stateOn(day);
        if (note.strip().length() > CheckIn.MAX_NOTE) {
            message.set(t("habits.error.note.too.long", CheckIn.MAX_NOTE));
            return;
        }
        change(() -> {
            service.mark(row.habit(), day, state, note);
            return null;
        }, t("habits.message.note.saved"));
    }

    // --- managing habits -----------------------------------------------------------------------

    public void add(Habit draft) {
        change(() -> service.repository().add(draft), t("habits.message.added", draft.name()));
    }

    public void addFromCatalogue(Catalogue.MicroAction a) {
        add(new Habit(0, a.id(), a.name(), a.why(), a.pillar(), a.schedule(), 0, false, today(), ""));
    }

    /** Stores an edited habit; a start moved past its first marked day is refused with a message. */
    public void update(Habit edited) {
        change(() -> {
            service.edit(edited);
            return null;
        }, t("habits.message.saved", edited.name()));
    }

    public void setArchived(HabitRow row, boolean archived) {
        setArchived(row, archived, () -> { });
    }

    /** As {@link #setArchived(HabitRow, boolean)}; {@code shown} runs once the list without it (or with it) is shown. */
    public void setArchived(HabitRow row, boolean archived, Runnable shown) {
        change(() -> {
            service.setArchived(row.habit().id(), archived);
            return null;
        }, archived ? t("habits.message.archived", row.habit().name())
                : t("habits.message.restored", row.habit().name()), shown);
    }

    public void moveUp(HabitRow row) {
        move(row, -1);
    }

    public void moveDown(HabitRow row) {
        move(row, +1);
    }

    private void move(HabitRow row, int delta) {
        List<Long> ids = new ArrayList<>(rows.stream().map(r -> r.habit().id()).toList());
        int i = ids.indexOf(row.habit().id());
        int j = i + delta;
        if (i < 0 || j < 0 || j >= ids.size()) {
            return;
        }
        ids.set(i, ids.get(j));
        ids.set(j, row.habit().id());
        change(() -> {
            service.repository().reorder(ids);
            return null;
        }, "");
    }

    /** Asks, deletes the habit and its check-ins; undo brings both back for a few seconds. */
    public void delete(HabitRow row) {
        if (!dialogs.confirmDestructive(t("habits.delete.title"), t("habits.delete.text", row.habit().name(),
                row.checkIns().size()), t("habits.delete.confirm"))) {
            return;
        }
        tasks.write(() -> service.repository().delete(row.habit().id()), removed -> {
            undo.offer(t("habits.message.deleted", removed.habit().name()), () -> change(() -> {
                service.repository().restore(removed);
                return null;
            }, t("habits.message.restored", removed.habit().name())));
            load();
        }, this::failed);
    }

    public void undoDelete() {
        undo.undo();
    }
}
