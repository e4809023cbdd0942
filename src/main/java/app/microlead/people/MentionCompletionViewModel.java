package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.TaskRunner;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * {@code @} completion over the roster where the user writes, the {@code @Names} written that are
 * no one on the roster yet, with "Add to People", and the promises written as lines
 * ({@code !promise @Ana …}, see {@link PromiseLines}), with "Make it a promise".
 */
public final class MentionCompletionViewModel {

    /** At most this many names are offered at once. */
    public static final int MAX_OFFERED = 8;

    private final PeopleService service;
    private final TaskRunner tasks;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> unknown = FXCollections.observableArrayList();
    private final ObservableList<String> shared = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<PromiseOffer> promises = FXCollections.observableArrayList();
    private volatile Mentions mentions = new Mentions(List.of(), Map.of());
    private volatile Map<Long, String> everyone = Map.of();
    private volatile Map<String, Integer> sharedBy = Map.of(); // folded words of a name → how many people have it
    private List<Offered> offered = List.of();
    private volatile LocalDate day;
    private String lastText = "";
    private long checks;
    private Runnable promiseMade = () -> { };

    /** A promise written as a line of the day ({@link PromiseLines}), offered to be made. */
    public record PromiseOffer(PromiseLines.Offer line, String name, LocalDate day) {

        /** What the offer says: to whom, what and when it is due (and why then, when no day was written). */
        public String label() {
            if (line.sharedBy() > 0) {
                return t("people.promise.line.shared", line.unknown(), line.text(), line.sharedBy());
            }
            if (!line.ready()) {
                return t("people.promise.line.unknown", line.unknown(), line.text());
            }
            String due = DateTimeFormatter.ofPattern(t("people.promise.line.day"), I18n.locale()).format(line.due());
            return t(line.dueWritten() ? "people.promise.line.offer" : "people.promise.line.offer.default", name,
                    line.text(), due);
        }
    }

    public MentionCompletionViewModel(PeopleService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** The day shown on Today changed: promises written in its text are made on that day. */
    public void showDay(LocalDate shown) {
        day = shown;
        load();
    }

    /** A name offered for {@code @} completion, folded once when the roster is read, not at each keystroke. */
    private record Offered(String name, String folded) {
    }

    private record Loaded(List<String> names, List<Offered> offered) {
    }

    /** Reads the roster (Today shown, someone added). */
    public void load() {
        tasks.read(() -> {
            List<Person> all = service.repository().people(true);
            mentions = new Mentions(all, service.repository().aliases());
            everyone = all.stream().collect(Collectors.toUnmodifiableMap(Person::id, Person::name));
            sharedBy = all.stream().collect(Collectors.toUnmodifiableMap(p -> String.join(" ", Mentions.words(p.name())),
                    p -> 1, Integer::sum));
            List<String> current = all.stream().filter(p -> !p.archived()).map(Person::name).toList();
            Map<String, Offered> once = new LinkedHashMap<>(); // a name two people share is offered once
            current.forEach(n -> once.putIfAbsent(String.join(" ", Mentions.words(n)), new Offered(n, Mentions.fold(n))));
            return new Loaded(current, List.copyOf(once.values()));
        }, loaded -> {
            offered = loaded.offered();
            names.setAll(loaded.names());
            check(lastText);
        }, e -> message.set(t("people.error.failed", e.getMessage())));
    }

    /**
     * How {@code name} is shown in the completion list: the name, or for a name several people share, that
     * {@code @Name} counts for none of them ("Alex — 2 people have this name: it counts for neither").
     */
    public String label(String name) {
        int people = sharedBy.getOrDefault(String.join(" ", Mentions.words(name)), 1);
        return people > 1 ? t("people.mention.shared.label", name, people) : name;
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
        for (Offered o : offered) {
            if (o.folded().startsWith(q)) {
                first.add(o.name());
            } else if (!q.isEmpty() && (" " + o.folded()).contains(" " + q)) {
                inside.add(o.name());
            }
        }
        first.addAll(inside);
        return first.size() > MAX_OFFERED ? List.copyOf(first.subList(0, MAX_OFFERED)) : List.copyOf(first);
    }

    private record Checked(List<String> unknown, List<String> shared, List<PromiseOffer> promises) {
    }

    /**
     * Finds the {@code @Names} in {@code text} that are no one on the roster, and the promises written in
     * it that are not made yet (in the background).
     */
    public void check(String text) {
        lastText = text == null ? "" : text;
        String checked = lastText;
        LocalDate on = day == null ? service.today() : day;
        long asked = ++checks; // reads run side by side: only the latest answer counts (it knows the latest roster)
        tasks.read(() -> {
            List<Mentions.Unresolved> unresolved = mentions.unresolved(checked);
            return new Checked(unresolved.stream().filter(u -> u.sharedBy() == 0).map(Mentions.Unresolved::name).toList(),
                    unresolved.stream().filter(u -> u.sharedBy() > 0)
                            .map(u -> t("people.mention.shared", u.name(), u.sharedBy())).toList(),
                    offers(checked, on));
        }, found -> {
            if (asked == checks) {
                unknown.setAll(found.unknown());
                shared.setAll(found.shared());
                promises.setAll(found.promises());
            }
        }, e -> message.set(t("people.error.failed", e.getMessage())));
    }

    /** The promises written in {@code text} on {@code on}, without those already made (same person, day and text). */
    private List<PromiseOffer> offers(String text, LocalDate on) {
        List<PromiseLines.Offer> lines = PromiseLines.find(text, mentions, on);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Promise>> made = new HashMap<>();
        List<PromiseOffer> out = new ArrayList<>();
        for (PromiseLines.Offer o : lines) {
            if (o.ready() && made.computeIfAbsent(o.personId(), id -> service.repository().promises(id)).stream()
                    .anyMatch(p -> p.madeOn().equals(on) && p.text().equals(o.text()))) {
                continue;
            }
            out.add(new PromiseOffer(o, o.ready() ? everyone.getOrDefault(o.personId(), "") : o.unknown(), on));
        }
        return out;
    }

    /** Runs {@code then} after a promise is made from a line (Today's card shows the promises due). */
    public void onPromiseMade(Runnable then) {
        this.promiseMade = then;
    }

    /** Makes the promise a line offers; the line is not offered again. */
    public void makePromise(PromiseOffer offer) {
        if (offer == null || !offer.line().ready()) {
            return;
        }
        Promise made;
        try {
            made = Promise.open(offer.line().personId(), offer.line().text(), offer.day(), offer.line().due());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        tasks.write(() -> service.repository().savePromise(made), saved -> {
            message.set(t("people.promise.line.made", offer.name(), saved.text(), Agenda.day(saved.due())));
            check(lastText);
            promiseMade.run();
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

    /** What to do about each {@code @Name} written that several people share (it counts for none of them). */
    public ObservableList<String> shared() {
        return shared;
    }

    /** The promises written in the day's text, offered to be made. */
    public ObservableList<PromiseOffer> promises() {
        return promises;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
