package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The add/edit form of a habit, with its validation. */
public final class HabitFormViewModel {

    private final Habit original;
    private final LocalDate today;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final ObjectProperty<Pillar> pillar = new SimpleObjectProperty<>();
    /** The first day the habit counts; days before it cannot be marked. */
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    /** What is typed as the start when it is no date (the field keeps its last day meanwhile), or empty. */
    private final StringProperty startUnread = new SimpleStringProperty("");
    /** The habit's earliest marked day, or null: its start cannot move past it. */
    private final LocalDate firstMark;
    private final ObjectProperty<Schedule.Kind> kind = new SimpleObjectProperty<>(Schedule.Kind.DAILY);
    private final IntegerProperty times = new SimpleIntegerProperty(3);
    private final ObservableSet<DayOfWeek> days = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    private final StringBinding error;
    private final BooleanProperty edited = new SimpleBooleanProperty();
    private final StringBinding shownError;

    /** @param original the habit being edited, or null for a new one */
    public HabitFormViewModel(Habit original, LocalDate today) {
        this(original, today, null);
    }

    /**
     * @param original  the habit being edited, or null for a new one
     * @param firstMark the edited habit's earliest marked day, null when it has none
     */
    public HabitFormViewModel(Habit original, LocalDate today, LocalDate firstMark) {
        this.original = original;
        this.today = today;
        this.firstMark = firstMark;
        start.set(original == null ? today : original.startDate());
        if (original != null) {
            name.set(original.name());
            description.set(original.description());
            plan.set(original.ifThenPlan());
            pillar.set(original.pillar());
            kind.set(original.schedule().kind());
            times.set(original.schedule().times());
            days.addAll(original.schedule().days());
        }
        // "on chosen weekdays" starts with the working week chosen, to be changed: with none chosen, the form said
        // at once that one must be, in red, before the days could be seen
        kind.addListener((o, was, now) -> {
            if (now == Schedule.Kind.WEEKDAYS && days.isEmpty()) {
                days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            }
        });
        error = Bindings.createStringBinding(() -> problem().orElse(""), name, description, kind, times, days, plan,
                start, startUnread);
        InvalidationListener touched = o -> edited.set(true);
        for (Observable field : new Observable[] {name, description, plan, pillar, kind, times, days, start, startUnread}) {
            field.addListener(touched);
        }
        shownError = Bindings.createStringBinding(() -> edited.get() ? error.get() : "", edited, error);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public ObjectProperty<Pillar> pillarProperty() {
        return pillar;
    }

    /** The first day the habit counts: today for a new one; earlier to fill in days kept before it was added. */
    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    /**
     * What is typed as the start while it is no date (empty when it is one): Save waits for a day, so that a
     * mistyped start cannot close the form as if it were cancelled, the other changes lost.
     */
    public StringProperty startUnreadProperty() {
        return startUnread;
    }

    public LocalDate today() {
        return today;
    }

    public ObjectProperty<Schedule.Kind> kindProperty() {
        return kind;
    }

    public IntegerProperty timesProperty() {
        return times;
    }

    public ObservableSet<DayOfWeek> days() {
        return days;
    }

    /** What is wrong with the form (empty when it can be saved). */
    public StringBinding errorProperty() {
        return error;
    }

    /**
     * The problem to show beside the form: none until the user has changed something (a new form is not
     * yet wrong, only empty); Save stays disabled by {@link #errorProperty()} all the same.
     */
    public StringBinding shownErrorProperty() {
        return shownError;
    }

    public boolean isEditing() {
        return original != null;
    }

    private Optional<String> problem() {
        if (name.get().isBlank()) {
            return Optional.of(t("habits.form.error.no.name"));
        }
        if (name.get().strip().length() > 200) {
            return Optional.of(t("habits.form.error.name.too.long"));
        }
        if (description.get().length() > 1000 || plan.get().length() > 1000) {
            return Optional.of(t("habits.form.error.too.long"));
        }
        try {
            schedule();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!startUnread.get().isBlank()) {
            return Optional.of(t("habits.form.error.start.unreadable", startUnread.get().strip()));
        }
        if (start.get() == null) {
            return Optional.of(t("habits.form.error.no.start"));
        }
        if (start.get().isAfter(today)) {
            return Optional.of(t("habits.form.error.start.future"));
        }
        return original == null ? Optional.empty() : habit().startRefusal(original, firstMark);
    }

    /** The habit as entered (the form without a problem). */
    private Habit habit() {
        if (original == null) {
            return new Habit(0, null, name.get(), description.get(), pillar.get(), schedule(), 0, false, start.get(),
                    plan.get());
        }
        return new Habit(original.id(), original.catalogueId(), name.get(), description.get(), pillar.get(),
                schedule(), original.sortOrder(), original.archived(), start.get(), plan.get());
    }

    private Schedule schedule() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        chosen.addAll(days);
        return new Schedule(kind.get(), times.get(), kind.get() == Schedule.Kind.WEEKDAYS ? chosen : Set.of());
    }

    /** The habit as entered, or empty (with {@link #errorProperty()} saying why). */
    public Optional<Habit> result() {
        if (problem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(habit());
    }
}
