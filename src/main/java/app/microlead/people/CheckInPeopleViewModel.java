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
    private Runnable personAdded = () -> { };

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
        message.set(""); // a failure said again is said again
        tasks.write(() -> {
            service.repository().setCheckInPeople(habitId, day, copy);
            return copy;
        }, saved -> message.set(""), this::failed);
    }

    /**
     * Why {@code typed} cannot be the name of someone added from a check-in ("A name needs at least one letter…"),
     * or null when it can; blank is no name yet, and says nothing.
     */
    public String nameProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            Person.named(typed.strip(), service.today());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Someone the check-in is for who is not in People yet (the picker of an empty roster): adds them to People and
     * names them on {@code habitId}'s check-in on {@code day} beside those already {@code picked}, in one write; a name
     * someone on the roster already has names that person instead of adding a second one. {@code then} is told who the
     * check-in names now (FX thread); a name that cannot be, or a failed write, is said in {@link #messageProperty}.
     */
    public void addAndPick(String typed, long habitId, LocalDate day, Set<Long> picked, Consumer<Set<Long>> then) {
        Person p;
        try {
            p = Person.named(typed == null ? "" : typed.strip(), service.today());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        Set<Long> now = new LinkedHashSet<>(picked);
        message.set(""); // a failure said again is said again
        // who has the name is asked of the whole journal (archived people and those added since the day was shown
        // count: @mentions find them too), in the write that adds and names them
        tasks.write(() -> service.repository().together(() -> {
            List<Person> known = Roster.namesakes(service.repository().people(true), p.name(), 0);
            if (known.size() > 1) {
                throw new IllegalArgumentException(t("people.checkin.add.shared", known.get(0).name(), known.size()));
            }
            if (known.size() == 1 && known.get(0).archived()) {
                throw new IllegalArgumentException(t("people.checkin.add.archived", known.get(0).name()));
            }
            Person named = known.isEmpty() ? service.repository().add(p) : known.get(0);
            now.add(named.id());
            service.repository().setCheckInPeople(habitId, day, now);
            return new Named(named, known.isEmpty());
        }), named -> {
            if (roster.stream().noneMatch(r -> r.id() == named.person().id())) {
                roster.add(named.person()); // the picker names only whom its roster holds
                load(); // in the roster's order
            }
            if (named.added()) {
                message.set(t("people.added", named.person().name()));
                personAdded.run();
            }
            then.accept(now); // once stored
        }, e -> {
            if (e instanceof IllegalArgumentException) {
                message.set(e.getMessage());
            } else {
                failed(e);
            }
        });
    }

    /** Who a check-in names from its picker, and whether they were added to People for it. */
    private record Named(Person person, boolean added) {
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

    /** Runs {@code then} (FX thread) when someone was added to People from a check-in (the mentions learn the name). */
    public void onPersonAdded(Runnable then) {
        this.personAdded = then;
    }

    /** What the last action said: someone added, a name that cannot be, or a failed write ("" for nothing). */
    public StringProperty messageProperty() {
        return message;
    }
}
