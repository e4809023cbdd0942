package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * {@code @} completion over the roster where the user writes, and the {@code @Names} written that are
 * no one on the roster yet, with "Add to People".
 */
public final class MentionCompletionViewModel {

    /** At most this many names are offered at once. */
    public static final int MAX_OFFERED = 8;

    private final PeopleService service;
    private final TaskRunner tasks;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> unknown = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private volatile Mentions mentions = new Mentions(List.of(), Map.of());
    private String lastText = "";

    public MentionCompletionViewModel(PeopleService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Reads the roster (Today shown, someone added). */
    public void load() {
        tasks.read(() -> {
            mentions = service.mentions();
            return service.repository().people(false).stream().map(Person::name).toList();
        }, n -> {
            names.setAll(n);
            check(lastText);
        }, e -> message.set(t("people.error.failed", e.getMessage())));
    }

    /**
     * The names to offer for what follows an {@code @}: those whose name, or a word of it, starts with
     * {@code query} (case- and accent-insensitive), names that start with it first. A query that ends
     * with a space after a whole name ("Ana ", just inserted) offers nothing more.
     */
    public List<String> candidates(String query) {
        String q = Mentions.fold(query == null ? "" : query);
        if (q.startsWith(" ")) {
            return List.of();
        }
        List<String> first = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        for (String name : names) {
            String f = Mentions.fold(name);
            if (f.startsWith(q)) {
                first.add(name);
            } else if (!q.isEmpty() && (" " + f).contains(" " + q)) {
                inside.add(name);
            }
        }
        first.addAll(inside);
        return first.size() > MAX_OFFERED ? List.copyOf(first.subList(0, MAX_OFFERED)) : List.copyOf(first);
    }

    /** Finds the {@code @Names} in {@code text} that are no one on the roster (in the background). */
    public void check(String text) {
        lastText = text == null ? "" : text;
        String checked = lastText;
        tasks.read(() -> List.copyOf(mentions.unknownMentions(checked)), found -> {
            if (checked.equals(lastText)) {
                unknown.setAll(found);
            }
        }, e -> message.set(t("people.error.failed", e.getMessage())));
    }

    /** Adds someone mentioned but not on the roster yet. */
    public void add(String name) {
        Optional<String> clean = Optional.ofNullable(name).map(String::strip).filter(s -> !s.isEmpty());
        if (clean.isEmpty()) {
            return;
        }
        tasks.write(() -> service.repository().add(Person.named(clean.get(), service.today())), p -> {
            message.set(t("people.added", p.name()));
            load();
        }, e -> message.set(t("people.error.failed", e.getMessage())));
    }

    public ObservableList<String> names() {
        return names;
    }

    public ObservableList<String> unknown() {
        return unknown;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
