package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.Debouncer;
import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A person's page: their details (edited in place), figures (last recognised, last 1:1, last mentioned,
 * micro-actions per pillar, promises kept), their timeline, a new 1:1 note, promises, and the agenda
 * for the next 1:1.
 */
public final class PersonViewModel {

    private final PeopleService service;
    private final TaskRunner tasks;
    /** Told of each write: the person as now stored (null: only their figures changed, a 1:1 saved). */
    private final Consumer<Person> rosterChanged;
    /** Where a write's outcome is said when its person's page is no longer shown (the roster's message). */
    private final Elsewhere elsewhere;
    private final DialogService dialogs;
    /** The shown person's 1:1s as last read (a timeline line opens one of them). */
    private List<OneOnOne> meetings = List.of();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final StringProperty hopes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Person.Cadence> cadence = new SimpleObjectProperty<>(Person.Cadence.NONE);
    private final BooleanProperty nudgesOff = new SimpleBooleanProperty(false);
    private final StringProperty figures = new SimpleStringProperty("");
    private final ObservableList<Timeline> timeline = FXCollections.observableArrayList();
    private List<Timeline> wholeTimeline = List.of();
    private final StringProperty timelineMore = new SimpleStringProperty("");
    private final ObservableList<Promise> promises = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final StringProperty talkingPoints = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty followUps = new SimpleStringProperty("");
    private final StringProperty promiseText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> promiseDue = new SimpleObjectProperty<>();
    private final StringProperty agenda = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** What the last failed save said on the page; a later failure to keep the page on disk is added under it. */
    private String saveFailure;
    private final BooleanProperty savingPdf = new SimpleBooleanProperty(false);
    private final BooleanProperty pdfAvailable = new SimpleBooleanProperty(false);
    private Agenda.PdfWriter pdfWriter;
    private Path dataFolder;
    /** What worked, said on the page for a while. */
    private final FadingMessage confirmations;

    /** Where the page says what concerns a person no longer shown: the roster's line. */
    @FunctionalInterface
    interface Elsewhere {
        /** Says {@code text} until something else is said. */
        void say(String text);

        /** Says what worked, for a while ({@link FadingMessage}). */
        default void confirm(String text) {
            say(text);
        }
    }

    PersonViewModel(PeopleService service, TaskRunner tasks, Scheduler scheduler, DialogService dialogs,
                    Consumer<Person> rosterChanged, Elsewhere elsewhere) {
        this.service = service;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.rosterChanged = rosterChanged;
        this.elsewhere = elsewhere;
        this.toDisk = new Debouncer(scheduler, KEEP_ON_DISK_AFTER, this::writeDrafts);
        this.confirmations = new FadingMessage(message, scheduler);
        form.forEach(f -> f.value().addListener((o, was, now) -> changedOnPage()));
    }

    private record Loaded(Attention attention, List<Timeline> timeline, List<Promise> promises, List<OneOnOne> meetings,
                          LocalDate today) {
    }

    /**
     * One field of a person's form: its value, what it holds for a person when nothing is typed in it, and
     * what storing makes of a value (text stripped as {@link Person}, {@link OneOnOne} and {@link Promise} do).
     * {@code counts}: whether something typed in it alone is worth keeping (the 1:1's date, which starts at
     * today, is not). {@code key} and {@code parse}: how it is kept on disk while unsaved (as text).
     */
    private record FormField<T>(String key, Property<T> value, Function<Person, T> blank, boolean counts,
                                UnaryOperator<T> asStored, Function<String, T> parse) {

        static FormField<String> text(String key, StringProperty value, Function<Person, String> blank,
                                      UnaryOperator<String> asStored) {
            return new FormField<>(key, value, blank, true, asStored, Function.identity());
        }

        static FormField<LocalDate> date(String key, ObjectProperty<LocalDate> value, Function<Person, LocalDate> blank,
                                         boolean counts) {
            return new FormField<>(key, value, blank, counts, UnaryOperator.identity(),
                    x -> x.isEmpty() ? null : LocalDate.parse(x));
        }

        /** A value of it as kept on disk ("" for no date). */
        static String asText(Object v) {
            return v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString();
        }

        /** Whether {@code a} and {@code b} would be stored as the same. */
        @SuppressWarnings("unchecked")
        boolean same(Object a, Object b) {
            return Objects.equals(asStored.apply((T) a), asStored.apply((T) b));
        }

        /** Whether it holds something other than {@code p}'s form with nothing typed (as it would be stored). */
        boolean typedFor(Person p) {
            return !same(value.getValue(), blank.apply(p));
        }

        void reset(Person p) {
            value.setValue(blank.apply(p));
        }

        @SuppressWarnings("unchecked")
        void restore(Object typed) {
            value.setValue((T) typed);
        }
    }

    /** "true" or "false", as kept on disk; anything else is not read. */
    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    /** A name as {@link Person} stores it: stripped, its runs of spaces as one. */
    private static String nameAsStored(String text) {
        return stripped(text).replaceAll("\\s+", " ");
    }

    // the keys are stored (person_draft): never rename one
    private final List<FormField<?>> details = List.of(
            FormField.text("name", name, Person::name, PersonViewModel::nameAsStored),
            FormField.text("role", role, Person::role, PersonViewModel::stripped),
            FormField.text("team", team, Person::team, PersonViewModel::stripped),
            FormField.text("hopes", hopes, Person::hopes, PersonViewModel::stripped),
            FormField.date("start-date", startDate, Person::startDate, true),
            new FormField<>("cadence", cadence, Person::cadence, true, UnaryOperator.identity(), Person.Cadence::valueOf),
            new FormField<>("nudges-off", nudgesOff, Person::nudgesOff, true, UnaryOperator.identity(),
                    PersonViewModel::strictBoolean));
    private final FormField<String> noteTalkingPoints = FormField.text("talking-points", talkingPoints, x -> "",
            PersonViewModel::stripped);
    private final FormField<String> noteNotes = FormField.text("notes", notes, x -> "", PersonViewModel::stripped);
    private final FormField<String> noteFollowUps = FormField.text("follow-ups", followUps, x -> "", PersonViewModel::stripped);
    private final List<FormField<?>> oneOnOneForm = List.of(FormField.date("meeting-date", meetingDate, x -> today(), false),
            noteTalkingPoints, noteNotes, noteFollowUps);
    private final FormField<String> promiseWords = FormField.text("promise", promiseText, x -> "", PersonViewModel::stripped);
    private final FormField<LocalDate> promiseDay = FormField.date("promise-due", promiseDue, x -> null, true);
    private final List<FormField<?>> promiseForm = List.of(promiseWords, promiseDay);
    private final List<FormField<?>> form = Stream.of(details, oneOnOneForm, promiseForm).flatMap(List::stream).toList();

    /**
     * What was typed on a person's page and not saved (only the fields typed in), kept while someone else's
     * page is shown and put back on theirs, over what is stored for them by then. Without it a half-written
     * 1:1 note stayed in the form under the next person's name, and saving it stored it as theirs.
     */
    private record Kept(Person person, Map<FormField<?>, Object> typed) {
    }

    private final Map<Long, Kept> drafts = new HashMap<>();

    /** Shows {@code p} (null: nobody selected); what was typed for the person shown before is kept for them. */
    public void show(Person p) {
        Person before = person.get();
        boolean someoneElse = p == null || before == null || before.id() != p.id();
        if (before != null && someoneElse) {
            keepDraft(before);
        }
        person.set(p);
        agenda.set("");
        message.set("");
        if (someoneElse) {
            // never someone else's lines under this name while theirs load (a long journal takes seconds)
            wholeTimeline = List.of();
            showTimeline(0);
            promises.clear();
            figures.set("");
        }
        if (p == null) {
            return; // the form is hidden; the next person shown fills it
        }
        Kept kept = someoneElse ? drafts.remove(p.id()) : null;
        form.forEach(f -> f.reset(p));
        if (kept != null) {
            kept.typed().forEach(FormField::restore);
            message.set(t("people.draft.back"));
        }
        reload();
    }

    private LocalDate today() {
        return service.today();
    }

    private boolean typedFor(Person p) {
        return form.stream().anyMatch(f -> f.counts() && f.typedFor(p));
    }

    /** Keeps what was typed on {@code p}'s page, if anything. */
    private void keepDraft(Person p) {
        toWrite.add(p.id());
        if (!typedFor(p)) {
            drafts.remove(p.id());
            return;
        }
        drafts.put(p.id(), new Kept(p, typedOnPage(p)));
    }

    /** What is typed on the page of {@code p}, who is shown: the fields typed in, with the 1:1's date as it is. */
    private Map<FormField<?>, Object> typedOnPage(Person p) {
        Map<FormField<?>, Object> typed = new HashMap<>();
        // with the 1:1's date as it is: a note kept over midnight keeps its day
        form.stream().filter(f -> !f.counts() || f.typedFor(p)).forEach(f -> typed.put(f, f.value().getValue()));
        return typed;
    }

    /**
     * How long after a change on a person's page what is unsaved on it is kept on disk (as Today's autosave):
     * a crash or a power cut then loses at most the last second of typing, however long one types on.
     */
    static final Duration KEEP_ON_DISK_AFTER = Duration.ofMillis(1000);
    private final Debouncer toDisk;
    /** People whose unsaved page changed since it was last written to disk. */
    private final Set<Long> toWrite = new HashSet<>();
    /**
     * What is on disk of each person's unsaved page as far as this page knows (written, or read at start): a page
     * written again as it is is not written (each write is forced to the disk, and counts as a change for sync).
     */
    private final Map<Long, Map<String, String>> onDisk = new HashMap<>();
    /** People whose last write failed: what is on disk of theirs is not known, so it is written again. */
    private final Set<Long> doubtful = new HashSet<>();
    private boolean draftsRead;

    private void changedOnPage() {
        Person p = person.get();
        if (p != null) {
            toWrite.add(p.id());
            if (!toDisk.isPending()) {
                toDisk.poke(); // a second after the first change, not the last: typing on does not put it off
            }
        }
    }

    /** What is typed and not saved for person {@code id} (on their page, shown, or kept for them); empty: nothing. */
    private Map<FormField<?>, Object> typedOf(long id) {
        Person shown = person.get();
        if (shown != null && shown.id() == id) {
            return typedFor(shown) ? typedOnPage(shown) : Map.of();
        }
        return drafts.containsKey(id) ? drafts.get(id).typed() : Map.of();
    }

    /** Leaves out of {@code typed} each field that still holds what a write {@code sent} (what was typed since stays). */
    private static void leaveOutStored(Map<FormField<?>, Object> typed, Map<FormField<?>, Object> sent) {
        sent.forEach((f, v) -> {
            if (typed.containsKey(f) && f.same(typed.get(f), v)) {
                typed.remove(f);
            }
        });
    }

    /**
     * A save on its way to the disk for person {@code id}'s page, the fields it {@code sent} (as sent), and whether
     * it {@code failed} (set on the writer thread, where every write after it runs).
     */
    private record Saving(long id, Map<FormField<?>, Object> sent, AtomicBoolean failed) {
    }

    private final List<Saving> saving = new ArrayList<>();

    /**
     * What is kept on disk of a person's unsaved page, made on the window thread and written on the writer thread:
     * what is {@code typed} but for what the {@code saves} on their way store (each in the same transaction as its
     * own row), decided when written, once each of them is stored or failed: a save that failed keeps its fields.
     */
    private record Row(Map<FormField<?>, Object> typed, List<Saving> saves) {

        static final Row NONE = new Row(Map.of(), List.of());

        /** As kept on disk (a field's key, its text; empty: nothing), with the saves that did not fail stored. */
        Map<String, String> fields() {
            Map<FormField<?>, Object> left = new HashMap<>(typed);
            saves.stream().filter(s -> !s.failed().get()).forEach(s -> leaveOutStored(left, s.sent()));
            Map<String, String> out = new HashMap<>();
            if (left.keySet().stream().anyMatch(FormField::counts)) {
                left.forEach((f, v) -> out.put(f.key(), FormField.asText(v)));
            }
            return out;
        }

        static Map<Long, Map<String, String>> fields(Map<Long, Row> rows) {
            Map<Long, Map<String, String>> out = new HashMap<>();
            rows.forEach((id, row) -> out.put(id, row.fields()));
            return out;
        }
    }

    /** Person {@code id}'s unsaved page as it is to be kept on disk (the saves on their way counted as stored). */
    private Row rowOf(long id) {
        return new Row(typedOf(id), saving.stream().filter(s -> s.id() == id).toList());
    }

    /**
     * Runs {@code work} (a save of what person {@code p}'s page {@code sent}) on the writer thread and, in the same
     * transaction, keeps on disk what stays unsaved of their page once it is stored: a crash or a power cut
     * between the two would otherwise bring a saved note back as unsaved, to be saved twice.
     */
    private <T> void saveFromPage(Person p, Map<FormField<?>, Object> sent, Supplier<T> work, Consumer<T> done) {
        long id = p.id();
        Saving s = new Saving(id, sent, new AtomicBoolean());
        saving.add(s);
        Map<Long, Row> row = Map.of(id, rowOf(id));
        known(row);
        tasks.write(() -> {
            try {
                return service.repository().together(() -> {
                    T stored = work.get();
                    service.repository().saveDrafts(Row.fields(row));
                    return stored;
                });
            } catch (RuntimeException | Error e) {
                s.failed().set(true); // before any write queued behind it runs
                throw e;
            }
        }, stored -> {
            saving.remove(s);
            done.accept(stored);
        }, e -> {
            saving.remove(s);
            doubtful.add(id); // nothing of it was stored: the page as typed is unsaved, and written again
            toWrite.add(id);
            failedFor(p, this::saveFailed).accept(e); // said first: keeping the page on disk may fail too, and adds to it
            writeDrafts();
        });
    }

    /** Writes what changed of the unsaved pages to disk now (a person's page, a page left, a page saved). */
    void writeDrafts() {
        toDisk.cancel();
        Map<Long, Row> rows = new HashMap<>();
        for (long id : toWrite) {
            Row row = rowOf(id);
            if (doubtful.contains(id) || !row.fields().equals(onDisk.getOrDefault(id, Map.of()))) {
                rows.put(id, row);
            }
        }
        toWrite.clear();
        write(rows);
    }

    /**
     * What is on disk once {@code rows} are written, known at once, not when written: a later write (queued after
     * them) then removes what they add. A save that fails marks its person's row doubtful, to be written again.
     */
    private void known(Map<Long, Row> rows) {
        rows.forEach((id, row) -> {
            doubtful.remove(id);
            Map<String, String> fields = row.fields();
            if (fields.isEmpty()) {
                onDisk.remove(id);
            } else {
                onDisk.put(id, fields);
            }
        });
    }

    private void write(Map<Long, Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        known(rows);
        tasks.write(() -> {
            service.repository().saveDrafts(Row.fields(rows)); // the saves before it stored or failed by now
            return rows;
        }, written -> { }, e -> {
            // not known what is on disk now (a saved note may still be there as unsaved): written again the next
            // time People shows or anything on a page changes, and given up at close
            doubtful.addAll(rows.keySet());
            toWrite.addAll(rows.keySet());
            draftFailed(e);
        });
    }

    /**
     * The app closes and what is unsaved was given up (the user was asked, or nothing was typed): what is kept on
     * disk of it goes too, or it would come back as unsaved next time.
     */
    void dropDrafts() {
        toDisk.cancel();
        Map<Long, Row> rows = new HashMap<>();
        Stream.of(onDisk.keySet(), doubtful, toWrite, drafts.keySet()).flatMap(Set::stream)
                .forEach(id -> rows.put(id, Row.NONE));
        toWrite.clear();
        write(rows);
    }

    /**
     * Reads what was typed on people's pages and not saved when the app last stopped (a crash, a power cut, the
     * window closed while asking): once, when the roster is first read. A page shown meanwhile gets its own back
     * unless something was typed on it since.
     */
    void readDrafts() {
        if (draftsRead) {
            return;
        }
        draftsRead = true;
        record Stored(Person person, Map<String, String> fields) {
        }
        tasks.read(() -> {
            List<Stored> out = new ArrayList<>();
            service.repository().drafts().forEach((id, fields) ->
                    service.repository().find(id).ifPresent(p -> out.add(new Stored(p, fields))));
            return out;
        }, stored -> {
            List<String> found = new ArrayList<>();
            for (Stored d : stored) {
                long id = d.person().id();
                onDisk.put(id, d.fields());
                Map<FormField<?>, Object> typed = new HashMap<>();
                for (FormField<?> f : form) {
                    String text = d.fields().get(f.key());
                    if (text != null) {
                        try {
                            typed.put(f, f.parse().apply(text));
                        } catch (RuntimeException unreadable) {
                            // a field this version cannot read (changed by hand, or by a later version) is left out
                        }
                    }
                }
                // a field that holds what is stored by now (saved just before a crash, or brought by sync) is not unsaved
                typed.entrySet().removeIf(e -> e.getKey().counts() && e.getKey().same(e.getValue(),
                        e.getKey().blank().apply(d.person())));
                if (typed.keySet().stream().noneMatch(FormField::counts) || drafts.containsKey(id)) {
                    toWrite.add(id); // what is on disk of it goes (or is replaced by what was typed in this run)
                    continue; // nothing worth keeping, or typed again in this run already (newer)
                }
                Person shown = person.get();
                if (shown != null && shown.id() == id) {
                    if (!typedFor(shown)) {
                        typed.forEach(FormField::restore);
                        message.set(t("people.draft.back"));
                    }
                } else {
                    drafts.put(id, new Kept(d.person(), typed));
                    found.add(t("people.unsaved.page", pageName(d.person())));
                }
            }
            if (!found.isEmpty()) { // said where the roster is: whose page to open
                elsewhere.say(t("people.draft.found", I18n.and(found.stream().sorted().toList())));
            }
            writeDrafts();
        }, e -> {
            draftsRead = false; // read again with the next roster
            failed(e);
        });
    }

    /**
     * After a write for person {@code id}'s page (which may no longer be the one shown): their page, or what is
     * kept of it, goes on from {@code stored} (null: the person as they were). A field the write {@code sent} is
     * emptied only if it still holds what was sent (not what was typed since); a detail the user did not touch
     * follows what is stored; what now equals what is stored is no longer unsaved. Returns whether their page
     * is the one shown.
     */
    private boolean settle(long id, Person stored, Map<FormField<?>, Object> sent) {
        try {
            return settleOnPage(id, stored, sent);
        } finally {
            toWrite.add(id);
            writeDrafts(); // what was just stored is no longer kept as unsaved, at once
        }
    }

    private boolean settleOnPage(long id, Person stored, Map<FormField<?>, Object> sent) {
        Person shown = person.get();
        if (shown != null && shown.id() == id) {
            Person was = shown;
            if (stored != null) {
                person.set(stored);
            }
            Person now = person.get();
            sent.forEach((f, v) -> {
                if (f.same(f.value().getValue(), v)) {
                    f.reset(now);
                }
            });
            details.stream().filter(f -> !f.typedFor(was) || !f.typedFor(now)).forEach(f -> f.reset(now));
            return true;
        }
        Kept kept = drafts.get(id);
        if (kept != null) {
            Person now = stored != null ? stored : kept.person();
            Map<FormField<?>, Object> left = new HashMap<>(kept.typed());
            leaveOutStored(left, sent);
            left.entrySet().removeIf(e -> e.getKey().counts() && e.getKey().same(e.getValue(), e.getKey().blank().apply(now)));
            if (left.keySet().stream().anyMatch(FormField::counts)) {
                drafts.put(id, new Kept(now, left));
            } else {
                drafts.remove(id);
            }
        }
        return false;
    }

    /** {@code p} was changed elsewhere (archived, brought back): their page or what is kept of it follows. */
    void stored(Person p) {
        settle(p.id(), p, Map.of());
    }

    /**
     * {@code id} was deleted: nothing typed for them is kept. Returns what brings it back (to run once they are
     * stored again: the deletion undone), kept on disk again too.
     */
    Runnable forget(long id) {
        Kept kept = drafts.remove(id);
        toWrite.remove(id);
        onDisk.remove(id); // their row went with them
        doubtful.remove(id);
        return () -> {
            if (kept != null && !drafts.containsKey(id)) {
                drafts.put(id, kept);
                toWrite.add(id);
                writeDrafts();
            }
        };
    }

    /** The names of the people whose page holds something typed and not saved: the one shown, then the others. */
    public List<String> unsavedPages() {
        List<String> out = new ArrayList<>();
        Person shown = person.get();
        if (shown != null && typedFor(shown)) {
            out.add(shown.name());
        }
        drafts.values().stream().map(k -> pageName(k.person())).sorted().forEach(out::add);
        return out;
    }

    /** A person's name as their page is named in a list of pages: marked when archived (not on the roster). */
    private static String pageName(Person p) {
        return p.archived() ? p.name() + " " + t("people.archived.mark") : p.name();
    }

    /**
     * Lines of the timeline shown at first, and added by each "show earlier": every line shown is a cell
     * the page lays out, and on a twenty-year journal one person had 5,832 lines.
     */
    static final int TIMELINE_PAGE = 200;

    /** Shows the newest {@code count} lines of the timeline, and says how many earlier ones there are. */
    private void showTimeline(int count) {
        List<Timeline> shown = wholeTimeline.subList(0, Math.min(count, wholeTimeline.size()));
        if (!shown.equals(timeline)) {
            timeline.setAll(shown);
        }
        int left = wholeTimeline.size() - shown.size();
        timelineMore.set(left == 0 ? "" : t("people.timeline.more", Math.min(left, TIMELINE_PAGE), left));
    }

    /** Shows more earlier lines of the timeline. */
    public void showEarlierTimeline() {
        showTimeline(timeline.size() + TIMELINE_PAGE);
    }

    /** "Show 200 earlier lines (5,632 not shown yet)", or empty when the whole timeline is shown. */
    public StringProperty timelineMoreProperty() {
        return timelineMore;
    }

    /** Reads the timeline, promises and figures of the person shown again. */
    void reload() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        tasks.read(() -> new Loaded(service.attention(p.id()), service.timeline(p.id()),
                service.repository().promises(p.id()), service.repository().oneOnOnes(p.id()), service.today()),
                loaded -> {
                    if (person.get() == null || person.get().id() != p.id()) {
                        return;
                    }
                    wholeTimeline = loaded.timeline();
                    meetings = loaded.meetings();
                    showTimeline(Math.max(TIMELINE_PAGE, timeline.size()));
                    promises.setAll(loaded.promises().stream().sorted(Promise.ON_PAGE).toList());
                    figures.set(figures(loaded));
                }, this::failed);
    }

    private static String figures(Loaded l) {
        Attention a = l.attention();
        String pillars = Stream.of(Pillar.values()).map(x -> x.label() + "\u00a0" + a.done(x)) // a count never on a line of its own
                .collect(Collectors.joining(" · "));
        PromiseStats month = PromiseStats.thisMonth(l.promises(), l.today());
        return t("people.figures", Agenda.shortDay(a.lastRecognised()), Agenda.shortDay(a.lastOneOnOne()),
                Agenda.shortDay(a.lastMentioned()), a.mentionDays(), pillars, month.keptOnTime(), month.counted());
    }

    /** Stores the edited details; a new name keeps the old one for old mentions. */
    public void save() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        Person changed;
        try {
            String typed = name.get() == null || name.get().strip().equals(p.name()) ? name.get() : Person.checkTyped(name.get());
            changed = new Person(p.id(), typed, role.get(), team.get(), startDate.get(), hopes.get(), cadence.get(),
                    p.archived(), p.addedOn(), nudgesOff.get(), p.snoozedUntil());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        boolean renamed = !changed.name().equals(p.name());
        Map<FormField<?>, Object> sent = new HashMap<>();
        details.forEach(f -> sent.put(f, f.value().getValue()));
        saveFromPage(p, sent, () -> {
            service.repository().update(changed);
            return renamed ? Roster.namesakes(service.repository().people(true), changed.name(), p.id()).size() : 0;
        }, namesakes -> {
            Person saved = changed;
            String said = namesakes == 0 ? t("people.saved", saved.name())
                    : t("people.saved.shared", saved.name(), namesakes + 1);
            if (settle(saved.id(), saved, Map.of())) {
                confirmations.confirm(said);
                reload();
            } else {
                elsewhere.confirm(said); // another person is shown by now: said where it is still seen
            }
            rosterChanged.accept(saved);
        });
    }

    /** Snoozes nudges about this person for four weeks. */
    public void snooze() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        LocalDate until = service.today().plusWeeks(4);
        Person changed = p.withNudges(p.nudgesOff(), until);
        tasks.write(() -> {
            service.repository().update(changed);
            return changed;
        }, saved -> {
            if (settle(saved.id(), saved, Map.of())) {
                confirmations.confirm(t("people.snoozed", saved.name(), Agenda.day(until)));
            }
            rosterChanged.accept(saved); // the roster's line holds them as now stored (archiving starts from it)
        }, failedFor(p));
    }

    /** Stores the 1:1 note written in the form and clears the form. */
    public void saveOneOnOne() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        if (talkingPoints.get().isBlank() && notes.get().isBlank() && followUps.get().isBlank()) {
            message.set(t("people.one.on.one.blank"));
            return;
        }
        OneOnOne m;
        try {
            m = new OneOnOne(0, p.id(), meetingDate.get() == null ? service.today() : meetingDate.get(),
                    talkingPoints.get(), notes.get(), followUps.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        // what was sent, to empty only what still holds it; the date stays for the next note of the same meeting
        Map<FormField<?>, Object> note = new HashMap<>();
        note.put(noteTalkingPoints, m.talkingPoints());
        note.put(noteNotes, m.notes());
        note.put(noteFollowUps, m.followUps());
        saveFromPage(p, note, () -> service.repository().saveOneOnOne(m), saved -> {
            if (settle(p.id(), null, note)) {
                confirmations.confirm(t("people.one.on.one.saved", Agenda.day(saved.date())));
                reload();
            }
            rosterChanged.accept(null);
        });
    }

    /** The shown person's 1:1 of id {@code id}, as last read (a line of the timeline opens it). */
    public Optional<OneOnOne> meeting(long id) {
        return meetings.stream().filter(m -> m.id() == id).findFirst();
    }

    /**
     * Stores {@code was} as changed (a 1:1 opened from the timeline): its day, talking points, notes and
     * follow-ups. Returns what is wrong with the change, said where it was made, or empty when it is being stored.
     */
    public Optional<String> changeOneOnOne(OneOnOne was, LocalDate day, String points, String meetingNotes,
                                           String follow) {
        Person p = person.get();
        if (p == null || p.id() != was.personId()) {
            return Optional.of(t("people.one.on.one.gone"));
        }
        if (stripped(points).isEmpty() && stripped(meetingNotes).isEmpty() && stripped(follow).isEmpty()) {
            return Optional.of(t("people.one.on.one.edit.blank"));
        }
        if (day == null) {
            return Optional.of(t("people.one.on.one.edit.no.day", Agenda.day(was.date())));
        }
        OneOnOne changed;
        try {
            changed = new OneOnOne(was.id(), was.personId(), day, points, meetingNotes, follow);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        tasks.write(() -> service.repository().together(() -> {
            // gone meanwhile (deleted on another computer, then synced): said, not "saved" over nothing
            if (service.repository().oneOnOnes(was.personId()).stream().noneMatch(m -> m.id() == was.id())) {
                throw new IllegalStateException(t("people.one.on.one.gone.stored", Agenda.day(was.date())));
            }
            return service.repository().saveOneOnOne(changed);
        }), saved -> {
            said(p, t("people.one.on.one.saved", Agenda.day(saved.date())));
            rosterChanged.accept(null);
        }, failedFor(p));
        return Optional.empty();
    }

    /** Whether changes typed in an opened 1:1 may be thrown away: asked (Cancel, Esc or the window's close). */
    public boolean mayDiscardOneOnOneChanges() {
        return dialogs.confirmDestructive(t("people.one.on.one.discard.title"), t("people.one.on.one.discard.text"),
                t("people.one.on.one.discard.confirm"));
    }

    /** Deletes a 1:1 opened from the timeline, once the user confirms it (its notes are gone for good). */
    public void deleteOneOnOne(OneOnOne m) {
        Person p = person.get();
        if (p == null || p.id() != m.personId()
                || !dialogs.confirmDestructive(t("people.one.on.one.delete.title"),
                        t("people.one.on.one.delete.text", Agenda.day(m.date()), p.name()),
                        t("people.one.on.one.delete.confirm"))) {
            return;
        }
        tasks.write(() -> {
            service.repository().deleteOneOnOne(m.id());
            return m;
        }, gone -> {
            said(p, t("people.one.on.one.deleted", Agenda.day(gone.date())));
            rosterChanged.accept(null);
        }, failedFor(p));
    }

    /** What worked for {@code p}: said on their page, read again, while it is shown; in the roster's line if not. */
    private void said(Person p, String text) {
        Person shown = person.get();
        if (shown != null && shown.id() == p.id()) {
            confirmations.confirm(text);
            reload();
        } else {
            elsewhere.confirm(text);
        }
    }

    /** Adds the promise written in the form. */
    public void addPromise() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        Promise made;
        try {
            made = Promise.open(p.id(), promiseText.get(), service.today(), promiseDue.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        Map<FormField<?>, Object> sent = new HashMap<>();
        sent.put(promiseWords, made.text());
        sent.put(promiseDay, promiseDue.get());
        saveFromPage(p, sent, () -> service.repository().savePromise(made), saved -> {
            if (settle(p.id(), null, sent)) {
                confirmations.confirm(t("people.promise.added"));
                reload();
            }
        });
    }

    /** Marks a promise kept, broken or dropped today (or opens it again). */
    public void close(Promise promise, Promise.State state) {
        Promise closed = promise.close(state, service.today());
        tasks.write(() -> service.repository().savePromise(closed), saved -> {
            Person shown = person.get();
            if (shown != null && shown.id() == saved.personId()) {
                confirmations.confirm(t("people.promise.marked", saved.state().label()));
                reload();
            }
        }, this::failed);
    }

    /** Builds the agenda for the next 1:1 from what happened since the last one. */
    public void prepare() {
        Person p = person.get();
        if (p == null) {
            return;
        }
        tasks.read(() -> Agenda.markdown(p, service.today(), service.timeline(p.id()),
                service.repository().oneOnOnes(p.id()), service.repository().promises(p.id())), agenda::set, this::failed);
    }

    /**
     * Lets the agenda be saved as a one-page PDF with {@code writer}, never to a file inside
     * {@code dataFolder} (the journal's own folder; null: no such guard).
     */
    void useAgendaPdf(Agenda.PdfWriter writer, Path dataFolder) {
        this.pdfWriter = writer;
        this.dataFolder = dataFolder;
        pdfAvailable.set(writer != null);
    }

    /**
     * At most this many bytes (UTF-8) of a name in a file name: a 200-character name made one longer than
     * the 255 bytes a file name may have, and it could not be saved.
     */
    static final int MAX_NAME_IN_FILE = 120;

    /** The file name offered for the agenda's PDF ("1-1 Ana Lima 2026-03-10.pdf"). */
    public String agendaFileName() {
        Person p = person.get();
        String who = p == null ? "" : p.name().replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", "-").strip();
        int end = 0;
        for (int bytes = 0; end < who.length(); end = who.offsetByCodePoints(end, 1)) {
            int cp = who.codePointAt(end);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > MAX_NAME_IN_FILE) {
                break;
            }
        }
        who = who.substring(0, end).strip();
        return t("people.agenda.pdf.file", who, service.today().toString());
    }

    /**
     * Builds the agenda afresh and saves it to {@code target} as a one-page PDF, in the background; the
     * file appears whole or not at all.
     */
    public void exportPdf(Path target) {
        Person p = person.get();
        if (p == null || pdfWriter == null || savingPdf.get()) {
            return;
        }
        if (dataFolder != null && DataFolder.inside(dataFolder, target)) {
            message.set(t("people.agenda.pdf.inside.data", dataFolder));
            return;
        }
        Agenda.PdfWriter writer = pdfWriter;
        savingPdf.set(true);
        message.set(t("people.agenda.pdf.saving"));
        tasks.read(() -> {
            writer.write(Agenda.sheet(p, service.today(), service.timeline(p.id()), service.repository().oneOnOnes(p.id()),
                    service.repository().promises(p.id())), target);
            return target;
        }, saved -> {
            savingPdf.set(false);
            message.set(t("people.agenda.pdf.saved", saved.toAbsolutePath()));
        }, e -> {
            savingPdf.set(false);
            message.set(t("people.agenda.pdf.failed", reason(e, target)));
        });
    }

    /** Why a file could not be written, in words. */
    private static String reason(Throwable e, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException) {
            return t("people.agenda.pdf.no.folder", folder);
        }
        if (e instanceof AccessDeniedException) {
            return t("people.agenda.pdf.denied", folder);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void failed(Throwable e) {
        message.set(t("people.error.failed", e.getMessage() == null ? "" : e.getMessage()));
    }

    /**
     * A save from the page that failed: what failed and what to do, kept said when keeping the page on disk fails
     * after it (the journal still locked, the disk still full): that failure is added under it.
     */
    private void saveFailed(Throwable e) {
        saveFailure = t("people.error.save.failed", cause(e));
        message.set(saveFailure);
    }

    /** Keeping what is unsaved on disk failed: added under a failed save's message while that is what the page says. */
    private void draftFailed(Throwable e) {
        String said = t("people.error.draft.failed", cause(e));
        String now = message.get();
        message.set(saveFailure != null && now != null && now.startsWith(saveFailure) ? saveFailure + "\n" + said : said);
    }

    /** A failure's words for a sentence that goes on after them: without a full stop of their own. */
    private static String cause(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    /** A write for {@code p} that failed: said on their page, or where it is seen if another page is shown by now. */
    private Consumer<Throwable> failedFor(Person p) {
        return failedFor(p, this::failed);
    }

    /** As {@link #failedFor(Person)}, said on their page by {@code onPage}. */
    private Consumer<Throwable> failedFor(Person p, Consumer<Throwable> onPage) {
        return e -> {
            Person shown = person.get();
            if (shown != null && shown.id() == p.id()) {
                onPage.accept(e);
            } else {
                elsewhere.say(t("people.error.failed.for", p.name(), e.getMessage() == null ? "" : e.getMessage()));
            }
        };
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty hopesProperty() {
        return hopes;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<Person.Cadence> cadenceProperty() {
        return cadence;
    }

    public BooleanProperty nudgesOffProperty() {
        return nudgesOff;
    }

    public StringProperty figuresProperty() {
        return figures;
    }

    public ObservableList<Timeline> timeline() {
        return timeline;
    }

    public ObservableList<Promise> promises() {
        return promises;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty talkingPointsProperty() {
        return talkingPoints;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty followUpsProperty() {
        return followUps;
    }

    public StringProperty promiseTextProperty() {
        return promiseText;
    }

    public ObjectProperty<LocalDate> promiseDueProperty() {
        return promiseDue;
    }

    public StringProperty agendaProperty() {
        return agenda;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True while the agenda's PDF is being written. */
    public BooleanProperty savingPdfProperty() {
        return savingPdf;
    }

    /** True when the agenda can be saved as PDF. */
    public BooleanProperty pdfAvailableProperty() {
        return pdfAvailable;
    }
}
