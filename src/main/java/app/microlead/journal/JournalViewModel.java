package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Debouncer;
import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.common.UndoWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Journal view: a month calendar, every day written (newest first), "on this day", the
 * journaling streak, search with filters, and deleting a day with undo.
 */
public final class JournalViewModel {

    public static final Duration UNDO_WINDOW = Duration.ofSeconds(8);
    public static final Duration SEARCH_DELAY = Duration.ofMillis(150);
    public static final int SEARCH_LIMIT = 50;

    private final JournalRepository repo;
    private final JournalSearch search;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final EntryEditorViewModel.SaveListener changes;
    private final Consumer<LocalDate> openInEditor;

    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<EntrySummary> monthDays = FXCollections.observableArrayList();
    private final ObservableList<EntrySummary> entries = FXCollections.observableArrayList();
    /** Under the list: how many days are written; blank while a search is shown (its count is above the list). */
    private final StringBinding footer;
    private final ObservableList<EntrySummary> onThisDay = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<JournalStreaks> streaks = new SimpleObjectProperty<>(new JournalStreaks(0, 0, 0, 0));
    private final ObjectProperty<LocalDate> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> actionable =
            new ReadOnlyObjectWrapper<>();
    /** The day last chosen in the calendar, where it stays marked while a search is shown. */
    private LocalDate chosenInCalendar;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalSearch.MoodFilter> moodFilter = new SimpleObjectProperty<>();
    private final ObservableList<JournalSearch.Hit> results = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final StringProperty searchStatus = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty(t("journal.search.empty"));
    private final StringProperty message = new SimpleStringProperty("");

    private final Debouncer searchDebounce;
    private final UndoWindow undo;
    private long searchGeneration;
    /** What the lists shown were read for; null until they are read, and after a failed read. */
    private ShownAt shownAt;

    public JournalViewModel(JournalRepository repo, JournalSearch search, TaskRunner tasks, Scheduler scheduler,
                            DialogService dialogs, Clock clock, EntryEditorViewModel.SaveListener changes,
                            Consumer<LocalDate> openInEditor) {
        this.repo = repo;
        this.search = search;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.changes = changes;
        this.openInEditor = openInEditor;
        this.searchDebounce = new Debouncer(scheduler, SEARCH_DELAY, this::runSearch);
        this.undo = new UndoWindow(scheduler, UNDO_WINDOW);
        month.set(YearMonth.now(clock));
        month.addListener((o, a, m) -> loadMonth());
        query.addListener((o, a, b) -> searchDebounce.poke());
        tagFilter.addListener((o, a, b) -> searchDebounce.poke());
        fromFilter.addListener((o, a, b) -> searchDebounce.poke());
        toFilter.addListener((o, a, b) -> searchDebounce.poke());
        moodFilter.addListener((o, a, b) -> searchDebounce.poke());
        InvalidationListener shown = o -> actionable.set(shownSelection());
        selected.addListener(shown);
        searching.addListener(shown);
        results.addListener(shown);
        footer = Bindings.createStringBinding(() -> searching.get() ? "" : t("journal.days.written", entries.size()),
                searching, entries);
    }

    /**
     * The selected day while it is in view: any day without a search; with one, a found day or the day chosen
     * in the calendar (it stands marked there: Open stayed greyed out for it).
     */
    private LocalDate shownSelection() {
        LocalDate day = selected.get();
        if (day == null || !searching.get() || day.equals(chosenInCalendar)) {
            return day;
        }
        return results.stream().anyMatch(h -> h.date().equals(day)) ? day : null;
    }

    // --- state ---------------------------------------------------------------------------------

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<EntrySummary> monthDays() {
        return monthDays;
    }

    /** "N days written" under the list of days; blank while the list shows a search's days. */
    public StringBinding footerProperty() {
        return footer;
    }

    public ObservableList<EntrySummary> entries() {
        return entries;
    }

    public ObservableList<EntrySummary> onThisDay() {
        return onThisDay;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObjectProperty<JournalStreaks> streaksProperty() {
        return streaks;
    }

    public ObjectProperty<LocalDate> selectedProperty() {
        return selected;
    }

    /**
     * The day Open and Delete act on: the selection, but only while it is in view (a search that no longer
     * finds the selected day leaves nothing to open or delete, rather than a day the user cannot see).
     */
    public ReadOnlyObjectProperty<LocalDate> actionableProperty() {
        return actionable.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    public ObjectProperty<JournalSearch.MoodFilter> moodFilterProperty() {
        return moodFilter;
    }

    public ObservableList<JournalSearch.Hit> results() {
        return results;
    }

    /** True while a search (query or filters) is active: the list shows results, not every day. */
    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty searchStatusProperty() {
        return searchStatus;
    }

    /** What the list of found days says while it is empty: how to find more, or why no day can match. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    public BooleanProperty undoAvailableProperty() {
        return undo.availableProperty();
    }

    public StringProperty undoTextProperty() {
        return undo.textProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- actions -------------------------------------------------------------------------------

    /**
     * Reloads lists, calendar and streaks (when the view is shown and after changes). Nothing is read again, or
     * handed to the view, while the journal and the days they are for are those already shown: going back to
     * the Journal redrew its lists, calendar and tags each time (a frame of 250-320 ms on a 20-year journal).
     */
    public void refresh() {
        LocalDate today = today();
        LocalDate ref = selected.get() != null ? selected.get() : today;
        YearMonth m = month.get();
        ShownAt before = shownAt;
        tasks.read(() -> {
            ShownAt now = new ShownAt(repo.version(), today, ref, m);
            return now.equals(before) ? null : new Snapshot(now, repo.summaries(), repo.month(m),
                    repo.onThisDay(ref), JournalStreaks.of(repo.dates(), today), repo.tags());
        }, s -> {
            message.set("");
            if (s == null) {
                return; // still as shown
            }
            shownAt = s.at();
            entries.setAll(s.all());
            monthDays.setAll(s.month());
            onThisDay.setAll(s.onThisDay());
            streaks.set(s.streaks());
            tags.setAll(s.tags());
        }, failure -> {
            shownAt = null;
            failed(failure);
        });
        if (searching.get()) {
            runSearch();
        }
    }

    /** What the shown lists were read for: the journal's version (new with every write of a day) and the days. */
    private record ShownAt(String version, LocalDate today, LocalDate onThisDayFor, YearMonth month) {
    }

    private record Snapshot(ShownAt at, List<EntrySummary> all, List<EntrySummary> month,
                            List<EntrySummary> onThisDay, JournalStreaks streaks, List<String> tags) {
    }

    private void loadMonth() {
        YearMonth m = month.get();
        tasks.read(() -> repo.month(m), days -> {
            if (m.equals(month.get())) {
                monthDays.setAll(days);
                shownAt = null; // read apart from the rest, maybe before a write: the next refresh reads all again
            }
        }, this::failed);
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** Selects a day (calendar click) and shows its "on this day". */
    public void select(LocalDate day) {
        chosenInCalendar = day;
        selected.set(day);
        actionable.set(shownSelection()); // the same day chosen again, now in the calendar
        if (!YearMonth.from(day).equals(month.get())) {
            month.set(YearMonth.from(day));
        }
        tasks.read(() -> repo.onThisDay(day), days -> {
            onThisDay.setAll(days);
            shownAt = null; // as in loadMonth
        }, this::failed);
    }

    /** Opens a day in the editor (the Today view). Future days are not opened. */
    public void open(LocalDate day) {
        if (day != null && !day.isAfter(today())) {
            openInEditor.accept(day);
        }
    }

    public void clearFilters() {
        tagFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
        moodFilter.set(null);
        query.set("");
    }

    /** Runs the current search at once (Enter in the field). */
    public void searchNow() {
        searchDebounce.cancel();
        runSearch();
    }

    private void runSearch() {
        JournalSearch.MoodFilter mood = moodFilter.get();
        JournalSearch.Request request = new JournalSearch.Request(query.get(), tagFilter.get(), fromFilter.get(),
                toFilter.get(), mood == null ? null : mood.min(), mood == null ? null : mood.max(), SEARCH_LIMIT);
        long generation = ++searchGeneration;
        if (request.isEmpty()) {
            searching.set(false);
            results.clear();
            searchStatus.set(search.ready() ? "" : t("journal.search.indexing"));
            return;
        }
        searching.set(true);
        LocalDate first = fromFilter.get();
        LocalDate last = toFilter.get();
        if (first != null && last != null && first.isAfter(last)) {
            // no day can be both: said as such, not "try fewer words"
            results.clear();
            searchStatus.set("");
            emptyText.set(t("journal.search.reversed", dialogDate(first), dialogDate(last)));
            return;
        }
        emptyText.set(t("journal.search.empty"));
        if (!search.ready()) {
            searchStatus.set(t("journal.search.indexing.wait"));
        }
        tasks.read(() -> search.search(request), found -> {
            if (generation != searchGeneration) {
                return; // an older query answered late
            }
            results.setAll(found.hits());
            searchStatus.set(statusFor(found));
        }, this::failed);
    }

    private String statusFor(JournalSearch.Results found) {
        String base = found.total() == 0 ? t("journal.search.none")
                : !found.exact() ? t("journal.search.more", found.total())
                : t("journal.search.found", found.total());
        if (found.total() > found.hits().size()) {
            base = t("journal.search.showing", base, found.hits().size());
        }
        if (found.shortened()) {
            base = t("journal.search.shortened", base, JournalSearch.MAX_WORDS);
        }
        return search.ready() ? base : t("journal.search.still.indexing", base);
    }

    /** Asks, then deletes the day; it can be undone for a few seconds. */
    public void delete(LocalDate day) {
        if (day == null || !dialogs.confirmDestructive(t("journal.delete.title"),
                t("journal.delete.text", dialogDate(day)), t("journal.delete.confirm"))) {
            return;
        }
        tasks.write(() -> {
            Optional<Entry> gone = repo.delete(day);
            changes.saved(day, Optional.empty());
            return gone;
        }, gone -> {
            gone.ifPresent(e -> offerUndo(e));
            if (day.equals(selected.get())) {
                selected.set(null); // nothing left to open or delete until another day is chosen
            }
            refresh();
        }, this::failed);
    }

    private void offerUndo(Entry deleted) {
        undo.offer(t("journal.deleted", dialogDate(deleted.date())), () -> tasks.write(() -> {
            repo.restore(deleted);
            changes.saved(deleted.date(), Optional.of(deleted));
            return deleted;
        }, restored -> {
            selected.set(restored.date()); // back where it was, chosen again
            refresh();
        }, this::failed));
    }

    /** Puts the last deleted day back exactly as it was. */
    public void undoDelete() {
        undo.undo();
    }

    /** A day in a question or a message ("2026-03-10" in English, "10. März 2026" in German). */
    private static String dialogDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(t("journal.date.message"), I18n.locale())
                .format(day);
    }

    private void failed(Throwable t) {
        message.set(t.getMessage());
    }
}
