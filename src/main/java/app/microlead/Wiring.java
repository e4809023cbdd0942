package app.microlead;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.AssessmentView;
import app.microlead.assessment.AssessmentViewModel;
import app.microlead.assessment.CurrentPlanViewModel;
import app.microlead.assessment.PlanCardView;
import app.microlead.assessment.QuestionBank;
import app.microlead.backend.Backend;
import app.microlead.backup.Backups;
import app.microlead.backup.DailyBackup;
import app.microlead.cli.MicroleadCommand;
import app.microlead.common.DialogService;
import app.microlead.common.TaskRunner;
import app.microlead.export.ExportDialog;
import app.microlead.export.ExportJobs;
import app.microlead.export.ExportViewModel;
import app.microlead.export.ImportBackup;
import app.microlead.export.PdfExporter;
import app.microlead.habits.Catalogue;
import app.microlead.habits.DayCheckInsView;
import app.microlead.habits.DayCheckInsViewModel;
import app.microlead.habits.HabitService;
import app.microlead.habits.HabitsView;
import app.microlead.habits.HabitsViewModel;
import app.microlead.habits.OnboardingDialog;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.insights.AdaptivePromptStrategy;
import app.microlead.insights.Coaching;
import app.microlead.insights.InsightsView;
import app.microlead.insights.InsightsViewModel;
import app.microlead.insights.PeopleAttentionCardView;
import app.microlead.insights.PeopleAttentionViewModel;
import app.microlead.journal.DailyPrompts;
import app.microlead.journal.EntryEditorViewModel;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JournalView;
import app.microlead.journal.JournalViewModel;
import app.microlead.journal.LazyJournalSearch;
import app.microlead.journal.PromptLibrary;
import app.microlead.journal.RotatingPromptStrategy;
import app.microlead.journal.SearchIndexStart;
import app.microlead.people.CheckInPeopleView;
import app.microlead.people.CheckInPeopleViewModel;
import app.microlead.people.MentionCompletionView;
import app.microlead.people.MentionCompletionViewModel;
import app.microlead.people.PeopleJournalSearch;
import app.microlead.people.PeoplePromptStrategy;
import app.microlead.people.PeopleService;
import app.microlead.people.PeopleView;
import app.microlead.people.PeopleViewModel;
import app.microlead.people.TodayPeopleCardView;
import app.microlead.people.TodayPeopleViewModel;
import app.microlead.review.WeekFocusCardView;
import app.microlead.review.WeeklyReviewCardView;
import app.microlead.review.WeeklyReviewDialog;
import app.microlead.review.WeeklyReviewListView;
import app.microlead.review.WeeklyReviewViewModel;
import app.microlead.review.WeeklyReviewsViewModel;
import app.microlead.security.Locker;
import app.microlead.shell.MainStage;
import app.microlead.shell.ReminderWindow;
import app.microlead.shell.SettingsView;
import app.microlead.shell.ShellViewModel;
import app.microlead.shell.ViewId;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.sync.RoundReport;
import app.microlead.sync.SyncBackup;
import app.microlead.sync.SyncEngine;
import app.microlead.sync.SyncViewModel;
import app.microlead.today.EndOfDayReminder;
import app.microlead.today.TodayView;
import app.microlead.today.TodayViewModel;
import app.microlead.ui.FolderOpener;
import app.microlead.ui.FxPulses;
import app.microlead.ui.FxScheduler;
import app.microlead.ui.Page;
import app.microlead.ui.Shortcuts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The one place where the app is put together: repositories, services, view models and views are
 * created here and handed to each other through constructors. It is built on a background thread
 * (it reads the prompt library, the catalogue and the question bank); views are made on the UI
 * thread when first shown. From top to bottom: the back end, each feature's view models, the pages
 * (each feature brings its own Settings section, see {@link SettingsPage}), what the features tell
 * each other, and start-up and closing.
 */
final class Wiring implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Wiring.class.getName());

    // what the app hands over
    private final AppConfig config;
    private final DataFolder folder;
    private final AtomicReference<String> fileKey;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ShellViewModel shell;
    private final Scene scene;
    private final FxScheduler scheduler = new FxScheduler();

    // the back end (shared with the command line) and what the features read once
    private final Locker locker;
    private final Backend backend;
    private final LazyJournalSearch search;
    private final PromptLibrary promptLibrary;
    private final Catalogue catalogue = Catalogue.load();
    private final QuestionBank bank = QuestionBank.load();
    private final Coaching coaching;

    // sync
    private final SyncViewModel syncVm;
    // today and the journal
    private final DailyPrompts prompts;
    private final TodayViewModel today;
    private final JournalViewModel journalVm;
    private final SearchIndexStart index;
    private final EndOfDayReminder reminder;
    private JournalView journalView;
    private SettingsView settingsView;
    private TodayView todayView;
    // habits
    private final HabitsViewModel habitsVm;
    private final DayCheckInsViewModel dayCheckIns;
    // self-assessment
    private final AssessmentViewModel assessmentVm;
    private final CurrentPlanViewModel planVm;
    // weekly reviews
    private final WeeklyReviewsViewModel reviewsVm;
    // people
    private final PeopleViewModel peopleVm;
    private final TodayPeopleViewModel peopleToday;
    private final MentionCompletionViewModel mentionVm;
    private final CheckInPeopleViewModel checkInPeople;
    // export
    private final ExportJobs exportJobs;

    /** Whether the app may close now (asks about what was typed and not saved). */
    private final BooleanSupplier mayQuit;
    /** Closes the app and starts it again (null: it cannot start itself here). */
    private final Runnable restart;

    /** Stops looking at the window's minimizing (the window may outlive this wiring: tests share one). */
    private Runnable stopWatchingWindow = () -> { };

    Wiring(AppConfig config, DataFolder folder, Database database,
           AtomicReference<String> fileKey, TaskRunner tasks, DialogService dialogs,
           ShellViewModel shell, Scene scene, BooleanSupplier mayQuit, Runnable restart) {
        this.config = config;
        this.folder = folder;
        this.fileKey = fileKey;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.shell = shell;
        this.scene = scene;
        this.mayQuit = mayQuit;
        this.restart = restart;
        Clock clock = config.clock();

        // the back end; the search index is kept in the data folder while the journal is not encrypted
        locker = new Locker(folder, database, fileKey, tasks, scheduler);
        search = new LazyJournalSearch(() -> fileKey.get() == null ? Optional.of(folder.searchIndexDir()) : Optional.empty());
        backend = new Backend(database, clock, MicroleadCommand.appVersion());
        JdbcJournalRepository journal = backend.journal();
        PeopleService people = backend.peopleService();
        HabitService habits = backend.habits();
        promptLibrary = PromptLibrary.load();
        coaching = new Coaching(habits, backend.assessments(), bank, clock.getZone());

        // a commit the disk did not confirm: said in the status line until a later one is
        Consumer<String> diskNote = shell.standingNote();
        database.onDiskTrouble(text -> tasks.onUiThread(() -> diskNote.accept(text)));

        // sync: rounds in the background, paused while the journal is locked
        syncVm = new SyncViewModel(new SyncEngine(backend, SyncBackup.deviceNameWhenAsked(), () -> SyncBackup.into(folder,
                shell.preferences().getBackupDir(), database, clock).backupBeforeFirstJoin()), tasks, scheduler,
                clock, () -> locker.lockedProperty().get(), shell.statusProperty()::set, this::afterSync, dialogs);

        // today and the journal: writing, prompts, list and search, the evening reminder
        prompts = new DailyPrompts(promptLibrary, backend.prompts(), new RotatingPromptStrategy());
        useAdaptivePrompts(shell.preferences().isAdaptivePrompts());
        EntryEditorViewModel.SaveListener onSaved = (day, stored) -> {
            search.onSaved(day, stored);
            tasks.onUiThread(syncVm::saved);
        };
        today = new TodayViewModel(new EntryEditorViewModel(journal, prompts, tasks, scheduler, clock, onSaved), clock);
        shell.setOnTodayAsked(() -> {
            if (!today.today().equals(today.dateProperty().get())) {
                today.goToday();
            }
        });
        // the journal's search understands @Name (the days that mention that person)
        journalVm = new JournalViewModel(journal, new PeopleJournalSearch(search, people), tasks, scheduler, dialogs,
                clock, onSaved, this::openDay);
        index = new SearchIndexStart(() -> search.build(journal), tasks, scheduler,
                () -> journalVm.searchStatusProperty().set(""));
        reminder = new EndOfDayReminder(journal, tasks, scheduler, clock, this::reminderSettings,
                ReminderWindow::show, this::openToday, () -> MainStage.inUse(scene));

        // habits
        habitsVm = new HabitsViewModel(habits, catalogue, tasks, scheduler, dialogs);
        dayCheckIns = new DayCheckInsViewModel(habits, tasks);

        // self-assessment and the if–then plan
        assessmentVm = new AssessmentViewModel(bank, backend.assessments(), backend.habitRepository(), catalogue, tasks,
                dialogs, clock);
        assessmentVm.usePromiseFigure(people::promisesThisMonth);
        planVm = new CurrentPlanViewModel(backend.assessments(), tasks);

        // weekly reviews
        reviewsVm = new WeeklyReviewsViewModel(backend.reviews(), journal, tasks, clock,
                () -> shell.preferences().reviewDay());

        // people
        peopleVm = new PeopleViewModel(people, tasks, scheduler, dialogs);
        peopleVm.useAgendaPdf(new PdfExporter()::exportAgenda, folder.root());
        peopleToday = new TodayPeopleViewModel(people, tasks, () -> shell.preferences().isPeopleNudges());
        mentionVm = new MentionCompletionViewModel(people, tasks);
        mentionVm.onPromiseMade(peopleToday::load);
        checkInPeople = new CheckInPeopleViewModel(people, tasks);
        // someone added from a check-in's picker can be mentioned at once; what the picker says shows in the status line
        checkInPeople.onPersonAdded(mentionVm::load);
        checkInPeople.messageProperty().addListener((o, was, said) -> {
            if (said != null && !said.isEmpty()) {
                shell.statusProperty().set(said);
            }
        });

        // export
        exportJobs = new ExportJobs(journal, habits, backend.assessments(), backend.reviews(), people, bank,
                backend.archive(), () -> Map.of("theme", shell.themeProperty().get().key()), clock);

        // what follows the day shown in Today
        today.follow(dayCheckIns::show);
        today.follow(day -> reviewsVm.load());
        today.follow(day -> planVm.load());
        today.follow(day -> peopleToday.load());
        today.follow(mentionVm::showDay);
        today.follow(day -> checkInPeople.load());
    }

    Map<ViewId, Supplier<Page>> pages(Shortcuts shortcuts) {
        Map<ViewId, Supplier<Page>> pages = new EnumMap<>(ViewId.class);
        pages.put(ViewId.TODAY, () -> {
            MentionCompletionView mentions = new MentionCompletionView(mentionVm, scheduler);
            Node cards = TodayView.cards(new WeekFocusCardView(reviewsVm, this::openReview).node(),
                    new TodayPeopleCardView(peopleToday).node(), new PlanCardView(planVm).node());
            Node checkIns = new DayCheckInsView(dayCheckIns, () -> shell.navigate(ViewId.HABITS),
                    id -> new CheckInPeopleView(checkInPeople, "today-habit-" + id + "-people")).node();
            todayView = new TodayView(today, cards, checkIns, shortcuts, mentions::install, mentions.unknownNode());
            return todayView;
        });
        pages.put(ViewId.JOURNAL, () -> {
            // after the view's first frame: on two cores the build would slow that frame down
            FxPulses.afterNextPulse(scene.getRoot(), index::startNow);
            journalView = new JournalView(journalVm, this::openExport,
                    new WeeklyReviewListView(reviewsVm, this::openReview).node(), mentionVm.names());
            shortcuts.whileShowing("journal.undo", journalView.node(),
                    new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), journalVm::undoDelete);
            mentionVm.load();
            return journalView;
        });
        pages.put(ViewId.HABITS, () -> new HabitsView(habitsVm, shortcuts,
                new CheckInPeopleView(checkInPeople, "habit-day-people")));
        pages.put(ViewId.ASSESSMENT, () -> new AssessmentView(assessmentVm));
        pages.put(ViewId.INSIGHTS, () -> {
            WeeklyReviewCardView weekly = new WeeklyReviewCardView(reviewsVm, this::openReview);
            InsightsViewModel insights = new InsightsViewModel(backend.journal(), backend.habits(),
                    backend.assessments(), bank, tasks, config.clock());
            PeopleAttentionCardView attention = new PeopleAttentionCardView(new PeopleAttentionViewModel(
                    backend.peopleService(), tasks, config.clock(), insights.rangeProperty()));
            return new InsightsView(insights, weekly.node(), attention.node(), () -> {
                weekly.refresh();
                attention.refresh();
            }, () -> shell.navigate(ViewId.ASSESSMENT), () -> shell.navigate(ViewId.HABITS), () -> {
                today.goToday();
                shell.navigate(ViewId.TODAY);
            });
        });
        pages.put(ViewId.PEOPLE, () -> new PeopleView(peopleVm));
        pages.put(ViewId.SETTINGS, () -> settingsView = SettingsPage.build(backend, folder, fileKey, tasks, dialogs, shell, scene,
                promptLibrary, locker, syncVm, new SettingsPage.Reactions(this::useAdaptivePrompts, peopleToday::load,
                        reviewsVm::load, this::afterImport, this::openDay,
                        () -> search.keepInMemoryOnly(backend.journal()), mayQuit, restart)));
        return pages;
    }

    /** Ctrl+E (export) and Ctrl+F (search); call on the UI thread. */
    void installShortcuts(Shortcuts shortcuts) {
        shortcuts.global("export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::openExport);
        shortcuts.global("search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.navigate(ViewId.JOURNAL);
            if (journalView != null) {
                journalView.focusSearch();
            }
        });
    }

    /** Locks an encrypted journal by hand or after a quiet time. */
    Locker locker() {
        return locker;
    }

    /**
     * New days' prompts lean towards the current focus: the weakest pillar (by a self-assessment of
     * the last six weeks, else by habit strength), a slipping micro-action and the if–then plan.
     */
    private void useAdaptivePrompts(boolean adaptive) {
        if (!adaptive) {
            prompts.setStrategy(new RotatingPromptStrategy());
            return;
        }
        // a neglected person may take the first prompt, with the reason
        prompts.setStrategy(PeoplePromptStrategy.over(new AdaptivePromptStrategy(coaching::on),
                backend.peopleService()));
    }

    private EndOfDayReminder.Settings reminderSettings() {
        return new EndOfDayReminder.Settings(shell.preferences().isReminder(), shell.preferences().reminderTime());
    }

    /** Brings the main window back (also from minimized) and shows today. */
    private void openToday() {
        MainStage.bringBack(scene);
        shell.navigate(ViewId.TODAY);
        today.goToday();
    }

    /** Shows a past (or any) day in Today. */
    private void openDay(LocalDate day) {
        shell.navigate(ViewId.TODAY);
        today.open(day);
    }

    /** The weekly review of the week that holds {@code day} (the current week when null). */
    void openReview(LocalDate day) {
        WeeklyReviewDialog.show(scene.getWindow(), new WeeklyReviewViewModel(backend.reviews(), backend.journal(),
                coaching, tasks, dialogs, config.clock(), () -> shell.preferences().reviewDay(),
                saved -> reviewsVm.load(), end -> backend.peopleService().openPromiseLines(end)), day);
    }

    /** The export dialog (Ctrl+E); the first day written is looked up in the background first. */
    void openExport() {
        tasks.read(() -> backend.journal().dates().stream().findFirst().orElse(null),
                first -> ExportDialog.show(scene.getWindow(), new ExportViewModel(tasks, config.clock(), () -> first,
                        exportJobs, folder.root()), FolderOpener.system()),
                error -> dialogs.showError(t("shell.export.error.title"), error.getMessage(), error));
    }

    /** After an import: rebuild the search index and refresh what the views show. */
    private void afterImport() {
        tasks.read(() -> {
            search.rebuild(backend.journal());
            return null;
        }, ok -> { }, e -> LOG.log(Level.WARNING, "Search index rebuild failed", e));
        refreshViews();
    }

    /** After a sync round that changed records: the search index for the days changed, and what the views show. */
    private void afterSync(RoundReport r) {
        tasks.read(() -> {
            for (LocalDate day : r.daysChanged()) {
                search.onSaved(day, backend.journal().find(day));
            }
            return null;
        }, ok -> { }, e -> LOG.log(Level.WARNING, "Search index not updated after sync", e));
        peopleVm.load();
        var editor = today.editor();
        LocalDate open = editor.dateProperty().get();
        if (open != null && r.daysChanged().contains(open) && !editor.dirtyProperty().get()) {
            editor.load(open);
        }
        refreshViews();
    }

    /** What the views show, read again after records changed beneath them (import, sync). */
    private void refreshViews() {
        journalVm.refresh();
        habitsVm.load();
        assessmentVm.load();
        reviewsVm.load();
        today.refreshFollowers();
    }

    /** Work after the views are installed: start-up policies, then the first-run choice; then {@code ready}. */
    void afterStart(Runnable ready) {
        index.startSoon();
        DailyBackup.run(() -> new Backups(folder, ImportBackup.folder(folder, shell.preferences().getBackupDir()),
                config.clock()), backend.database(), tasks, shell.statusProperty()::set);
        reminder.start();
        // a reminder held back while the user was in the app comes as soon as the window is minimized
        stopWatchingWindow = MainStage.onMinimized(scene, reminder::lookNow);
        syncVm.start();
        OnboardingDialog.offer(scene.getWindow(), tasks,
                () -> OnboardingViewModel.needed(backend.habitRepository(), backend.journal().count() == 0),
                () -> new OnboardingViewModel(catalogue, backend.habitRepository(), tasks, backend.habits().today()),
                () -> {
                    dayCheckIns.reload();
                    habitsVm.load();
                }, this::showSyncSettings, () -> onceTodayLoaded(ready));
    }

    /** Settings, scrolled to Sync with the cursor in its folder field (a second computer joining from the first run). */
    private void showSyncSettings() {
        shell.navigate(ViewId.SETTINGS);
        if (settingsView != null) {
            settingsView.reveal("settings-sync-folder");
        }
    }

    /**
     * Runs {@code then} once Today's day is in its editor, when Today is the view shown: every part of the
     * page made (they come a frame each), and its text and the day's prompts read (the prompts may ask
     * People who was not mentioned lately), or their reading failed. At once when that is done or another
     * view is shown.
     */
    private void onceTodayLoaded(Runnable then) {
        if (shell.currentViewProperty().get() != ViewId.TODAY || todayView == null) {
            then.run();
            return;
        }
        BooleanProperty loading = today.editor().loadingProperty();
        ReadOnlyBooleanProperty built = todayView.builtProperty();
        once(loading, false, () -> once(built, true, then));
    }

    /** Runs {@code then} as soon as {@code value} is {@code wanted}: at once, or when it becomes so. */
    private static void once(ObservableBooleanValue value, boolean wanted, Runnable then) {
        if (value.get() == wanted) {
            then.run();
            return;
        }
        value.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (value.get() == wanted) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** The app is closing: a last sync round is queued before the writer thread is drained. */
    void beforeShutdown() {
        syncVm.close();
    }

    @Override
    public void close() {
        scheduler.close();
        stopWatchingWindow.run();
        reminder.stop();
        index.close();
        search.close();
    }
}
