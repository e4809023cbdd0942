package app.microlead.today;

import app.microlead.common.I18n;
import app.microlead.journal.EntryEditorViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The end-of-day screen: which day is shown, and moving between days. It drives the journal's
 * editor and any other part of the screen (habit check-ins) that follows the day.
 */
public final class TodayViewModel {

    private final EntryEditorViewModel editor;
    private final Clock clock;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateNotice = new SimpleStringProperty("");
    private final List<Consumer<LocalDate>> dayFollowers = new ArrayList<>();
    private final BooleanBinding canGoForward;
    private final BooleanBinding showingToday;

    public TodayViewModel(EntryEditorViewModel editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
        canGoForward = Bindings.createBooleanBinding(() -> date.get() != null && date.get().isBefore(today()), date);
        showingToday = Bindings.createBooleanBinding(() -> today().equals(date.get()), date);
    }

    public EntryEditorViewModel editor() {
        return editor;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanBinding canGoForwardProperty() {
        return canGoForward;
    }

    public BooleanBinding showingTodayProperty() {
        return showingToday;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Another part of the screen that shows the same day (the habit check-ins). */
    public void follow(Consumer<LocalDate> follower) {
        dayFollowers.add(follower);
        if (date.get() != null) {
            follower.accept(date.get());
        }
    }

    /** Lets the followers reload the day shown (their data may have changed elsewhere). */
    public void refreshFollowers() {
        if (date.get() != null) {
            dayFollowers.forEach(f -> f.accept(date.get()));
        }
    }

    /** Why the day asked for is not the one shown (a day still to come), or empty. */
    public ReadOnlyStringProperty dateNoticeProperty() {
        return dateNotice;
    }

    /** Shows a day; a future day shows today instead, and {@link #dateNoticeProperty()} says why. */
    public void open(LocalDate day) {
        boolean future = day != null && day.isAfter(today());
        LocalDate target = day == null || future ? today() : day;
        dateNotice.set(future ? I18n.t("today.date.future", DateTimeFormatter
                .ofPattern(I18n.t("today.date.picker"), I18n.locale())
                .format(day)) : "");
        date.set(target);
        editor.load(target);
        dayFollowers.forEach(f -> f.accept(target));
    }

    public void previousDay() {
        open(date.get().minusDays(1));
    }

    public void nextDay() {
        if (canGoForward.get()) {
            open(date.get().plusDays(1));
        }
    }

    public void goToday() {
        open(today());
    }

    /** Saves what is pending (leaving the view, closing the window). */
    public void flush() {
        editor.flush();
    }
}
