package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.common.UndoWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The People view: the roster with each person's last 1:1 and last recognition, adding, archiving and
 * deleting people (with confirmation and undo), and the page of the selected person.
 */
public final class PeopleViewModel {

    /** A line of the roster; {@code attention} is null while it is still being read from the journal. */
    public record Row(Person person, Attention attention) {

        /** Role and team (two people of the same name are told apart by them), then the last 1:1 and recognition. */
        public String summary() {
            String role = Stream.of(person.role(), person.team()).filter(x -> !x.isEmpty())
                    .map(x -> x + " · ").collect(Collectors.joining());
            return attention == null ? role + t("people.row.reading")
                    : role + t("people.row.summary", Agenda.shortDay(attention.lastOneOnOne()),
                    Agenda.shortDay(attention.lastRecognised()));
        }
    }

    private static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

    private final PeopleService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoWindow undo;
    private final PersonViewModel page;
    private final ObservableList<Row> roster = FXCollections.observableArrayList();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final BooleanProperty nobody = new SimpleBooleanProperty(false);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final FadingMessage confirmations;
    private long loads;

    public PeopleViewModel(PeopleService service, TaskRunner tasks, Scheduler scheduler, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = new UndoWindow(scheduler, UNDO_WINDOW);
        this.page = new PersonViewModel(service, tasks, scheduler, dialogs, this::rosterChanged, new PersonViewModel.Elsewhere() {
            @Override
            public void say(String text) {
                PeopleViewModel.this.say(text);
            }

            @Override
            public void confirm(String text) {
                PeopleViewModel.this.confirm(text);
            }
        });
        this.confirmations = new FadingMessage(message, scheduler);
        showArchived.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> {
            if (b == null) {
                page.show(null);
            } else if (a == null || a.person().id() != b.person().id()) {
                page.show(b.person());
            }
        });
    }

    /**
     * Lets a person's 1:1 agenda be saved as a one-page PDF, never inside {@code dataFolder} (the journal's
     * folder, where a chosen file could replace the journal itself).
     */
    public void useAgendaPdf(Agenda.PdfWriter writer, Path dataFolder) {
        page.useAgendaPdf(writer, dataFolder);
    }

    public PersonViewModel page() {
        return page;
    }

    public ObservableList<Row> roster() {
        return roster;
    }

    /** True once the roster was read and there is no one on it at all, archived people included. */
    public ReadOnlyBooleanProperty nobodyProperty() {
        return nobody;
    }

    /** The people one read of the roster shows, and whether there is no one at all. */
    private record Read(List<Person> people, boolean nobody) {
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** What the roster says; each message is set anew (empty first), so that one said twice is seen twice. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty undoAvailableProperty() {
        return undo.availableProperty();
    }

    public StringProperty undoTextProperty() {
        return undo.textProperty();
    }

    /**
     * Reads the roster again, keeping the selection: the people first, then what the journal says about
     * each (on a twenty-year journal that first read took seconds, and the roster said "No one yet").
     */
    public void load() {
        boolean archived = showArchived.get();
        long mine = ++loads; // only the latest load shows its rows (showing archived people may change meanwhile)
        tasks.read(() -> {
            List<Person> shown = service.repository().people(archived);
            return new Read(shown, shown.isEmpty() && (archived || service.repository().people(true).isEmpty()));
        }, read -> {
            if (mine != loads) {
                return;
            }
            List<Person> people = read.people();
            nobody.set(read.nobody());
            Map<Long, Attention> known = new HashMap<>();
            roster.forEach(r -> {
                if (r.attention() != null) {
                    known.put(r.person().id(), r.attention());
                }
            });
            show(people.stream().map(p -> new Row(p, known.get(p.id()))).toList());
            tasks.read(() -> {
                Map<Long, Attention> attention = service.attention();
                return people.stream().map(p -> new Row(p, attention.getOrDefault(p.id(), Attention.none(p.id()))))
                        .toList();
            }, rows -> {
                if (mine == loads) {
                    show(rows);
                }
            }, this::failed);
        }, this::failed);
        page.readDrafts(); // the first time: what was typed and not saved when the app last stopped
    }

    /**
     * A write on a person's page: their line holds them as now {@code stored} at once (opening them again before
     * the roster is read again must not show what they were), then everything is read again.
     */
    private void rosterChanged(Person stored) {
        if (stored != null) {
            for (int i = 0; i < roster.size(); i++) {
                Row r = roster.get(i);
                if (r.person().id() == stored.id()) {
                    Row fresh = new Row(stored, r.attention());
                    boolean wasSelected = selected.get() != null && selected.get().person().id() == stored.id();
                    roster.set(i, fresh);
                    if (wasSelected) {
                        selected.set(fresh);
                    }
                    break;
                }
            }
        }
        load();
    }

    private void show(List<Row> rows) {
        long keep = selected.get() == null ? -1 : selected.get().person().id();
        roster.setAll(rows);
        selected.set(rows.stream().filter(r -> r.person().id() == keep).findFirst().orElse(null));
        if (selected.get() != null) {
            page.stored(selected.get().person()); // changed elsewhere (Today, a sync): what was not typed follows
        }
        if (selected.get() != null && rows.stream().allMatch(r -> r.attention() != null)) {
            page.reload(); // the same person: what was written elsewhere since (a promise made on Today)
        }
    }

    /** Adds the person named in the add field and selects them. */
    public void add() {
        String name = newName.get() == null ? "" : newName.get().strip();
        Person p;
        try {
            p = Person.named(name, service.today());
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return;
        }
        // archived people count: mentions find them too (the roster shown may not hold them)
        tasks.read(() -> !Roster.namesakes(service.repository().people(true), p.name(), 0).isEmpty(), twin -> {
            if (!twin || dialogs.confirm(t("people.twin.title"), t("people.twin.text", p.name()), t("people.twin.confirm"))) {
                store(p);
            }
        }, this::failed);
    }

    private void store(Person p) {
        tasks.write(() -> service.repository().add(p), added -> {
            newName.set("");
            selected.set(new Row(added, Attention.none(added.id())));
            confirm(t("people.added", added.name())); // once their page is chosen: where a narrow window shows it
            load();
        }, this::failed);
    }

    /** Asks, then deletes the selected person; the journal's text stays, only the links go. Undo for a while. */
    public void deleteSelected() {
        Row r = selected.get();
        if (r == null) {
            return;
        }
        // how many days mention them, read again (the roster may not know it yet)
        tasks.read(() -> service.attention(r.person().id()).mentionDays(), days -> {
            if (dialogs.confirmDestructive(t("people.delete.title"), t("people.delete.text", r.person().name(), days),
                    t("people.delete.confirm"))) {
                delete(r);
            }
        }, this::failed);
    }

    private void delete(Row r) {
        tasks.write(() -> service.repository().delete(r.person().id()), removed -> {
            selected.set(null);
            Runnable typedBack = page.forget(r.person().id()); // what was typed on their page goes with them
            undo.offer(t("people.deleted", removed.person().name()), () -> tasks.write(() -> {
                service.repository().restore(removed);
                return removed;
            }, back -> {
                typedBack.run(); // and comes back with them
                load();
            }, this::failed));
            load();
        }, this::failed);
    }

    public void undoDelete() {
        undo.undo();
    }

    /** Archives the selected person (kept, hidden from the roster) or brings them back. */
    public void toggleArchived() {
        Row r = selected.get();
        if (r == null) {
            return;
        }
        Person changed = r.person().withArchived(!r.person().archived());
        tasks.write(() -> {
            service.repository().update(changed);
            return changed;
        }, p -> {
            confirm(t(p.archived() ? "people.archived" : "people.unarchived", p.name()));
            page.stored(p);
            if (p.archived() && !showArchived.get()) {
                selected.set(null);
            }
            load();
        }, this::failed);
    }

    private void failed(Throwable e) {
        say(t("people.error.failed", e.getMessage() == null ? "" : e.getMessage()));
    }

    /** Says {@code text} in the roster's message: each time, a change, even when the same words are said again. */
    private void say(String text) {
        message.set("");
        message.set(text);
    }

    /** As {@link #say}, for what worked: it goes away by itself after a while ({@link FadingMessage}). */
    private void confirm(String text) {
        message.set("");
        confirmations.confirm(text);
    }
}
