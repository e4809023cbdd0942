package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The people a habit check-in names: the roster to pick from, and reading and storing the picks. */
public final class CheckInPeopleViewModel {

    private final PeopleService service;
    private final TaskRunner tasks;
    private final ObservableList<Person> roster = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public CheckInPeopleViewModel(PeopleService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Reads the roster (Today shown). */
    public void load() {
        tasks.read(() -> service.repository().people(false), roster::setAll, this::failed);
    }

    /** The people {@code habitId}'s check-in on {@code day} names, told on the FX thread. */
    public void picked(long habitId, LocalDate day, Consumer<Set<Long>> then) {
        tasks.read(() -> service.repository().checkInPeople(habitId, day), then, this::failed);
    }

    /** Stores who the check-in names (the check-in must be marked done or skipped). */
    public void store(long habitId, LocalDate day, Set<Long> people) {
        Set<Long> copy = new LinkedHashSet<>(people);
        tasks.write(() -> {
            service.repository().setCheckInPeople(habitId, day, copy);
            return copy;
        }, saved -> message.set(""), this::failed);
    }

    /** The names of the given people in roster order ("Ana, Ben"). */
    public String names(Set<Long> ids) {
        return String.join(", ", namesOf(ids));
    }

    private List<String> namesOf(Set<Long> ids) {
        return roster.stream().filter(p -> ids.contains(p.id())).map(Person::name).toList();
    }

    /**
     * The picked people in the few characters a micro-action line has for them: the first one's first
     * name, and how many more ("Lukas", "Lukas +2"); empty when no one is picked. {@link #names} says them
     * all (tooltip, screen reader).
     */
    public String shortNames(Set<Long> ids) {
        List<String> names = namesOf(ids);
        if (names.isEmpty()) {
            return "";
        }
        String first = names.get(0).strip().split("\\s+")[0];
        return names.size() == 1 ? first : t("people.checkin.more", first, names.size() - 1);
    }

    private void failed(Throwable e) {
        message.set(t("people.error.failed", e.getMessage() == null ? "" : e.getMessage()));
    }

    public ObservableList<Person> roster() {
        return roster;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
