package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What Today shows about the people the user leads: the nudge of the day (at most one, with its
 * reason; snooze it or turn nudges about that person off) and the open promises due today or earlier,
 * which can be marked kept, broken or dropped where they are shown.
 */
public final class TodayPeopleViewModel {

    /** How long "Snooze" keeps quiet about a person. */
    public static final int SNOOZE_DAYS = 7;

    /** An open promise that is due, with the person it was made to. */
    public record DuePromise(Person person, Promise promise) {

        public String text() {
            return t("people.today.promise", person.name(), promise.text());
        }
    }

    private record Loaded(Optional<Nudges.Nudge> nudge, List<DuePromise> due) {
    }

    private final PeopleService service;
    private final TaskRunner tasks;
    private final BooleanSupplier nudgesOn;
    private final ObjectProperty<Nudges.Nudge> nudge = new SimpleObjectProperty<>();
    private final ObservableList<DuePromise> due = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /** @param nudgesOn whether nudges are on in Settings (read at every load) */
    public TodayPeopleViewModel(PeopleService service, TaskRunner tasks, BooleanSupplier nudgesOn) {
        this.service = service;
        this.tasks = tasks;
        this.nudgesOn = nudgesOn;
    }

    /** Reads the nudge of the day and the promises due (Today shown, a day opened, Settings changed). */
    public void load() {
        boolean withNudge = nudgesOn.getAsBoolean();
        tasks.read(() -> new Loaded(withNudge ? service.nudgeToday() : Optional.empty(),
                service.promisesDue().stream().map(e -> new DuePromise(e.getKey(), e.getValue())).toList()), l -> {
                    nudge.set(l.nudge().orElse(null));
                    due.setAll(l.due());
                }, this::failed);
    }

    /** No nudges about the person of today's nudge for {@link #SNOOZE_DAYS} days. */
    public void snooze() {
        Nudges.Nudge n = nudge.get();
        if (n != null) {
            LocalDate until = service.today().plusDays(SNOOZE_DAYS);
            quiet(n.person().withNudges(false, until), t("people.today.snoozed", n.person().name(), SNOOZE_DAYS));
        }
    }

    /** Never again a nudge about the person of today's nudge (Settings of their page turns it back on). */
    public void turnOffForPerson() {
        Nudges.Nudge n = nudge.get();
        if (n != null) {
            quiet(n.person().withNudges(true, n.person().snoozedUntil()), t("people.today.off", n.person().name()));
        }
    }

    private void quiet(Person changed, String said) {
        tasks.write(() -> {
            service.repository().update(changed);
            return changed;
        }, p -> {
            nudge.set(null);
            message.set(said);
        }, this::failed);
    }

    /** Marks a due promise kept, broken or dropped today; it leaves the list. */
    public void close(DuePromise d, Promise.State state) {
        Promise closed = d.promise().close(state, service.today());
        tasks.write(() -> service.repository().savePromise(closed), saved -> {
            due.remove(d);
            message.set(t("people.today.promise.marked", d.person().name(), saved.state().label()));
        }, this::failed);
    }

    private void failed(Throwable e) {
        message.set(t("people.error.failed", e.getMessage() == null ? "" : e.getMessage()));
    }

    public ObjectProperty<Nudges.Nudge> nudgeProperty() {
        return nudge;
    }

    public ObservableList<DuePromise> due() {
        return due;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
