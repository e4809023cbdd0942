package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.common.TaskRunner;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
    private final Runnable rosterChanged;
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
    private final BooleanProperty savingPdf = new SimpleBooleanProperty(false);
    private final BooleanProperty pdfAvailable = new SimpleBooleanProperty(false);
    private Agenda.PdfWriter pdfWriter;

    PersonViewModel(PeopleService service, TaskRunner tasks, Runnable rosterChanged) {
        this.service = service;
        this.tasks = tasks;
        this.rosterChanged = rosterChanged;
    }

    private record Loaded(Attention attention, List<Timeline> timeline, List<Promise> promises, List<OneOnOne> meetings,
                          LocalDate today) {
    }

    /**
     * What was typed on a person's page and not saved: kept while someone else's page is shown, and back on
     * theirs. Without it a half-written 1:1 note stayed in the form under the next person's name, and saving it
     * stored it as theirs.
     */
    private record Draft(String name, String role, String team, String hopes, LocalDate startDate,
                         Person.Cadence cadence, boolean nudgesOff, LocalDate meetingDate, String talkingPoints,
                         String notes, String followUps, String promiseText, LocalDate promiseDue) {
    }

    /** A draft and whose it is (their name as stored, to say whose page has unsaved changes). */
    private record Kept(Person person, Draft draft) {
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
        if (p == null || before == null || before.id() != p.id()) {
            // never someone else's lines under this name while theirs load (a long journal takes seconds)
            wholeTimeline = List.of();
            showTimeline(0);
            promises.clear();
            figures.set("");
        }
        if (p == null) {
            fill(null, blankDraft(null));
            return;
        }
        Kept kept = someoneElse ? drafts.remove(p.id()) : null;
        Draft draft = kept == null ? null : kept.draft();
        fill(p, draft == null ? blankDraft(p) : draft);
        if (draft != null) {
            message.set(t("people.draft.back"));
        }
        reload();
    }

    /** The form as it is for {@code p} with nothing typed: their stored details, an empty 1:1 note and promise. */
    private Draft blankDraft(Person p) {
        return p == null
                ? new Draft("", "", "", "", null, Person.Cadence.NONE, false, null, "", "", "", "", null)
                : new Draft(p.name(), p.role(), p.team(), p.hopes(), p.startDate(), p.cadence(), p.nudgesOff(),
                service.today(), "", "", "", "", null);
    }

    private Draft typed() {
        return new Draft(name.get(), role.get(), team.get(), hopes.get(), startDate.get(), cadence.get(), nudgesOff.get(),
                meetingDate.get(), talkingPoints.get(), notes.get(), followUps.get(), promiseText.get(), promiseDue.get());
    }

    /** Keeps what was typed on {@code p}'s page, if anything differs from their form with nothing typed. */
    private void keepDraft(Person p) {
        if (typedFor(p)) {
            drafts.put(p.id(), new Kept(p, typed()));
        } else {
            drafts.remove(p.id());
        }
    }

    /** Whether the form holds anything typed for {@code p} and not saved (the 1:1's date alone is nothing). */
    private boolean typedFor(Person p) {
        Draft now = typed();
        Draft blank = blankDraft(p);
        return !new Draft(now.name(), now.role(), now.team(), now.hopes(), now.startDate(), now.cadence(),
                now.nudgesOff(), blank.meetingDate(), now.talkingPoints(), now.notes(), now.followUps(),
                now.promiseText(), now.promiseDue()).equals(blank);
    }

    /** The names of the people whose page holds something typed and not saved: the one shown, then the others. */
    public List<String> unsavedPages() {
        List<String> out = new ArrayList<>();
        Person shown = person.get();
        if (shown != null && typedFor(shown)) {
            out.add(shown.name());
        }
        drafts.values().stream().map(k -> k.person().name()).sorted().forEach(out::add);
        return out;
    }

    private void fill(Person p, Draft d) {
        name.set(d.name());
        role.set(d.role());
        team.set(d.team());
        hopes.set(d.hopes());
        startDate.set(d.startDate());
        cadence.set(d.cadence());
        nudgesOff.set(d.nudgesOff());
        meetingDate.set(p == null ? null : d.meetingDate());
        talkingPoints.set(d.talkingPoints());
        notes.set(d.notes());
        followUps.set(d.followUps());
        promiseText.set(d.promiseText());
        promiseDue.set(d.promiseDue());
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
                    showTimeline(Math.max(TIMELINE_PAGE, timeline.size()));
                    promises.setAll(loaded.promises());
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
        tasks.write(() -> {
            service.repository().update(changed);
            return renamed ? Roster.namesakes(service.repository().people(true), changed.name(), p.id()).size() : 0;
        }, namesakes -> {
            Person saved = changed;
            person.set(saved);
            message.set(namesakes == 0 ? t("people.saved", saved.name())
                    : t("people.saved.shared", saved.name(), namesakes + 1));
            rosterChanged.run();
            reload();
        }, this::failed);
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
            person.set(saved);
            message.set(t("people.snoozed", saved.name(), Agenda.day(until)));
        }, this::failed);
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
        tasks.write(() -> service.repository().saveOneOnOne(m), saved -> {
            talkingPoints.set("");
            notes.set("");
            followUps.set("");
            message.set(t("people.one.on.one.saved", Agenda.day(saved.date())));
            rosterChanged.run();
            reload();
        }, this::failed);
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
        tasks.write(() -> service.repository().savePromise(made), saved -> {
            promiseText.set("");
            promiseDue.set(null);
            message.set(t("people.promise.added"));
            reload();
        }, this::failed);
    }

    /** Marks a promise kept, broken or dropped today (or opens it again). */
    public void close(Promise promise, Promise.State state) {
        Promise closed = promise.close(state, service.today());
        tasks.write(() -> service.repository().savePromise(closed), saved -> {
            message.set(t("people.promise.marked", saved.state().label()));
            reload();
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

    /** Lets the agenda be saved as a one-page PDF with {@code writer}. */
    void useAgendaPdf(Agenda.PdfWriter writer) {
        this.pdfWriter = writer;
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
