package app.microlead;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.AssessmentView;
import app.microlead.assessment.AssessmentViewModel;
import app.microlead.assessment.CurrentPlanViewModel;
import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.PlanCardView;
import app.microlead.assessment.QuestionBank;
import app.microlead.backend.Backend;
import app.microlead.backup.BackupSettingsView;
import app.microlead.backup.BackupSettingsViewModel;
import app.microlead.backup.Backups;
import app.microlead.cli.MicroleadCommand;
import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.export.ArchiveService;
import app.microlead.export.EntryImporter;
import app.microlead.export.ExportDialog;
import app.microlead.export.ExportJobs;
import app.microlead.export.ExportViewModel;
import app.microlead.export.ImportBackup;
import app.microlead.export.ImportView;
import app.microlead.export.ImportViewModel;
import app.microlead.export.PdfExporter;
import app.microlead.habits.Catalogue;
import app.microlead.habits.DayCheckInsView;
import app.microlead.habits.DayCheckInsViewModel;
import app.microlead.habits.HabitService;
import app.microlead.habits.HabitsView;
import app.microlead.habits.HabitsViewModel;
import app.microlead.habits.JdbcHabitRepository;
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
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.journal.JournalView;
import app.microlead.journal.JournalViewModel;
import app.microlead.journal.LuceneJournalSearch;
import app.microlead.journal.PromptLibrary;
import app.microlead.journal.PromptSettingsView;
import app.microlead.journal.PromptSettingsViewModel;
import app.microlead.journal.RotatingPromptStrategy;
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
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeekFocusCardView;
import app.microlead.review.WeeklyReviewCardView;
import app.microlead.review.WeeklyReviewDialog;
import app.microlead.review.WeeklyReviewListView;
import app.microlead.review.WeeklyReviewSettingsView;
import app.microlead.review.WeeklyReviewViewModel;
import app.microlead.review.WeeklyReviewsViewModel;
import app.microlead.security.EncryptionSettingsView;
import app.microlead.security.EncryptionSettingsViewModel;
import app.microlead.security.Locker;
import app.microlead.shell.LanguageSettingsView;
import app.microlead.shell.ReminderWindow;
import app.microlead.shell.SettingsView;
import app.microlead.shell.SettingsViewModel;
import app.microlead.shell.ShellViewModel;
import app.microlead.shell.ViewId;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.sync.RoundReport;
import app.microlead.sync.SyncBackup;
import app.microlead.sync.SyncEngine;
import app.microlead.sync.SyncSettingsView;
import app.microlead.sync.SyncViewModel;
import app.microlead.today.EndOfDayReminder;
import app.microlead.today.ReminderSettingsView;
import app.microlead.today.TodayView;
import app.microlead.today.TodayViewModel;
import app.microlead.ui.FolderOpener;
import app.microlead.ui.FxPulses;
import app.microlead.ui.FxScheduler;
import app.microlead.ui.Page;
import app.microlead.ui.Shortcuts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The one place where the app is put together: repositories, services, view models and views are
 * created here and handed to each other through constructors. It is built on a background thread
 * (it reads the prompt library, the catalogue and the question bank); views are made on the UI
 * thread when first shown.
 */
final class Wiring implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Wiring.class.getName());

    private final AppConfig config;
    private final DataFolder folder;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PeopleService people;
    private final PeopleViewModel peopleVm;
    private final TodayPeopleViewModel peopleToday;
    private final MentionCompletionViewModel mentionVm;
    private final CheckInPeopleViewModel checkInPeople;
    private final ShellViewModel shell;
    private final FxScheduler scheduler = new FxScheduler();

    private final JdbcJournalRepository journal;
    private final LuceneJournalSearch search = new LuceneJournalSearch();
    private final PromptLibrary promptLibrary;
    private final JdbcPromptRepository promptRepo;
    private final DailyPrompts prompts;
    private final TodayViewModel today;
    private final JdbcHabitRepository habitRepo;
    private final HabitService habits;
    private final HabitsViewModel habitsVm;
    private final DayCheckInsViewModel dayCheckIns;
    private final Catalogue catalogue = Catalogue.load();
    private final QuestionBank bank = QuestionBank.load();
    private final Scene scene;
    private final JdbcAssessmentRepository assessments;
    private final AssessmentViewModel assessmentVm;
    private final CurrentPlanViewModel planVm;
    private final ExportJobs exportJobs;
    private final ArchiveService archive;
    private final Database database;
    private final AtomicReference<String> fileKey;
    private final Locker locker;
    private final JournalViewModel journalVm;
    private final Coaching coaching;
    private final JdbcWeeklyReviewRepository weeklyReviews;
    private final WeeklyReviewsViewModel reviewsVm;
    private final EndOfDayReminder reminder;
    private final SyncViewModel syncVm;
    private JournalView journalView;
    private boolean indexStarted;
    private Scheduler.Cancellable indexLater;
    private static final Duration INDEX_DELAY = Duration.ofMillis(2500);

    Wiring(AppConfig config, DataFolder folder, Database database,
           AtomicReference<String> fileKey, TaskRunner tasks, DialogService dialogs,
           ShellViewModel shell, Scene scene) {
        this.fileKey = fileKey;
        this.locker = new Locker(folder, database, fileKey, tasks, scheduler);
        this.config = config;
        this.folder = folder;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.shell = shell;

        Backend backend = new Backend(database, config.clock(), MicroleadCommand.appVersion());
        journal = backend.journal();
        promptLibrary = PromptLibrary.load();
        promptRepo = backend.prompts();
        prompts = new DailyPrompts(promptLibrary, promptRepo, new RotatingPromptStrategy());
        syncVm = new SyncViewModel(new SyncEngine(backend, SyncBackup.deviceName(), () -> SyncBackup.into(folder,
                shell.preferences().getBackupDir(), database, config.clock()).backupBeforeFirstJoin()), tasks, scheduler,
                config.clock(), () -> locker.lockedProperty().get(), shell.statusProperty()::set, this::afterSync);
        EntryEditorViewModel.SaveListener onSaved = (day, stored) -> {
            search.onSaved(day, stored);
            tasks.onUiThread(syncVm::saved);
        };
        EntryEditorViewModel editor = new EntryEditorViewModel(journal, prompts, tasks, scheduler, config.clock(),
                onSaved);
        today = new TodayViewModel(editor, config.clock());
        this.scene = scene;
        this.database = database;
        habitRepo = backend.habitRepository();
        people = backend.peopleService();
        habits = backend.habits();
        habitsVm = new HabitsViewModel(habits, catalogue, tasks, scheduler, dialogs);
        dayCheckIns = new DayCheckInsViewModel(habits, tasks);
        today.follow(dayCheckIns::show);
        assessments = backend.assessments();
        assessmentVm = new AssessmentViewModel(bank, assessments, habitRepo, catalogue, tasks,
                config.clock());
        assessmentVm.usePromiseFigure(people::promisesThisMonth);
        planVm = new CurrentPlanViewModel(assessments, tasks);
        coaching = new Coaching(habits, assessments, bank, config.clock().getZone());
        weeklyReviews = backend.reviews();
        reviewsVm = new WeeklyReviewsViewModel(weeklyReviews, journal, tasks, config.clock(),
                () -> shell.preferences().reviewDay());
        today.follow(day -> reviewsVm.load());
        reminder = new EndOfDayReminder(journal, tasks, scheduler, config.clock(), this::reminderSettings,
                ReminderWindow::show, this::openToday, () -> scene.getWindow() instanceof Stage st
                        && st.isShowing() && st.isFocused() && !st.isIconified());
        useAdaptivePrompts(shell.preferences().isAdaptivePrompts());
        today.follow(day -> planVm.load());
        shell.setOnTodayAsked(() -> {
            if (!today.today().equals(today.dateProperty().get())) {
                today.goToday();
            }
        });
        // the journal's search understands @Name (the days that mention that person)
        journalVm = new JournalViewModel(journal, new PeopleJournalSearch(search, people), tasks, scheduler, dialogs,
                config.clock(), onSaved, day -> {
                    shell.navigate(ViewId.TODAY);
                    today.open(day);
                });
        peopleVm = new PeopleViewModel(people, tasks, scheduler, dialogs);
        peopleVm.useAgendaPdf(new PdfExporter()::exportAgenda);
        peopleToday = new TodayPeopleViewModel(people, tasks, () -> shell.preferences().isPeopleNudges());
        today.follow(day -> peopleToday.load());
        mentionVm = new MentionCompletionViewModel(people, tasks);
        today.follow(mentionVm::showDay);
        mentionVm.onPromiseMade(peopleToday::load);
        checkInPeople = new CheckInPeopleViewModel(people, tasks);
        today.follow(day -> checkInPeople.load());

        archive = backend.archive();
        exportJobs = new ExportJobs(journal, habits, assessments, weeklyReviews, people, bank, archive,
                () -> Map.of("theme", shell.themeProperty().get().key()), config.clock());
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
        prompts.setStrategy(PeoplePromptStrategy.over(new AdaptivePromptStrategy(coaching::on), people));
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

    Map<ViewId, Supplier<Page>> pages(Shortcuts shortcuts) {
        Map<ViewId, Supplier<Page>> pages = new EnumMap<>(ViewId.class);
        pages.put(ViewId.TODAY, () -> {
            MentionCompletionView mentions = new MentionCompletionView(mentionVm, scheduler);
            return new TodayView(today, new VBox(16,
                    new WeekFocusCardView(reviewsVm, this::openReview).node(),
                    new TodayPeopleCardView(peopleToday).node(), new PlanCardView(planVm).node()),
                    new DayCheckInsView(dayCheckIns, () -> shell.navigate(ViewId.HABITS),
                            id -> new CheckInPeopleView(checkInPeople, "today-habit-" + id + "-people")).node(), shortcuts,
                    mentions::install, mentions.unknownNode());
        });
        pages.put(ViewId.JOURNAL, () -> {
            // after the view's first frame: on two cores the build would slow that frame down
            FxPulses.afterNextPulse(scene.getRoot(), this::buildIndexOnce);
            journalView = new JournalView(journalVm, this::openExport,
                    new WeeklyReviewListView(reviewsVm, this::openReview).node(), mentionVm.names());
            mentionVm.load();
            return journalView;
        });
        pages.put(ViewId.HABITS, () -> new HabitsView(habitsVm, shortcuts,
                new CheckInPeopleView(checkInPeople, "habit-day-people")));
        pages.put(ViewId.ASSESSMENT, () -> new AssessmentView(assessmentVm));
        pages.put(ViewId.INSIGHTS, () -> {
            WeeklyReviewCardView weekly = new WeeklyReviewCardView(reviewsVm, this::openReview);
            InsightsViewModel insights = new InsightsViewModel(journal, habits, assessments, bank, tasks, config.clock());
            PeopleAttentionCardView attention = new PeopleAttentionCardView(new PeopleAttentionViewModel(people, tasks,
                    config.clock(), insights.rangeProperty()));
            return new InsightsView(insights, weekly.node(), attention.node(), () -> {
                weekly.refresh();
                attention.refresh();
            }, () -> shell.navigate(ViewId.ASSESSMENT), () -> shell.navigate(ViewId.HABITS), () -> {
                today.goToday();
                shell.navigate(ViewId.TODAY);
            });
        });
        pages.put(ViewId.PEOPLE, () -> new PeopleView(peopleVm));
        pages.put(ViewId.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(shell.themeProperty(), shell.fontSizeProperty(), folder.root(),
                        FolderOpener.system()),
                List.of(SettingsView.section(t("shell.settings.prompts.title"), t("shell.settings.prompts.intro"),
                        adaptiveSwitch(), nudgeSwitch(),
                        new PromptSettingsView(new PromptSettingsViewModel(promptLibrary, promptRepo, tasks)).build()),
                        SettingsView.section(t("shell.settings.language.title"), t("shell.settings.language.intro"),
                                LanguageSettingsView.build(I18n.locale(), l -> {
                                    shell.preferences().setLanguage(l.getLanguage());
                                })),
                        SettingsView.section(t("shell.settings.reminder.title"), t("shell.settings.reminder.intro"),
                                ReminderSettingsView.build(reminderSettings(), chosen -> {
                                    shell.preferences().setReminder(chosen.enabled());
                                    shell.preferences().chooseReminderTime(chosen.at());
                                })),
                        SettingsView.section(t("shell.settings.review.title"), t("shell.settings.review.intro"),
                                WeeklyReviewSettingsView.build(shell.preferences().reviewDay(), day -> {
                                    shell.preferences().chooseReviewDay(day);
                                    reviewsVm.load();
                                })),
                        SettingsView.section(t("shell.settings.import.title"), t("shell.settings.import.intro"),
                                ImportView.build(new ImportViewModel(tasks, archive,
                                        new EntryImporter(database, journal, config.clock()),
                                        summary -> ImportView.askMerge(scene.getWindow(), summary), this::afterImport,
                                        () -> ImportBackup.make(folder, shell.preferences().getBackupDir(), database,
                                                config.clock())))),
                        SettingsView.section(t("shell.settings.encryption.title"), t("shell.settings.encryption.intro"),
                                EncryptionSettingsView.build(new EncryptionSettingsViewModel(folder, database, fileKey,
                                        tasks, this::backupDir), shell.preferences().getLockAfterMinutes(), minutes -> {
                                            shell.preferences().setLockAfterMinutes(minutes);
                                            locker.setIdleTime(Duration.ofMinutes(minutes));
                                        }, locker::lock)),
                        SettingsView.section(t("sync.view.title"), t("sync.view.intro"),
                                SyncSettingsView.build(syncVm, day -> {
                                    shell.navigate(ViewId.TODAY);
                                    today.open(day);
                                })),
                        SettingsView.section(t("shell.settings.backups.title"), t("shell.settings.backups.intro"),
                                BackupSettingsView.build(new BackupSettingsViewModel(database, backupDir(),
                                        dir -> new Backups(folder, dir, config.clock()), config.clock().getZone(), tasks, dialogs,
                                        shell.preferences()::chooseBackupFolder, Platform::exit), FolderOpener.system())))));
        return pages;
    }

    private Path backupDir() {
        return ImportBackup.folder(folder, shell.preferences().getBackupDir());
    }

    private Backups backups() {
        return new Backups(folder, backupDir(), config.clock());
    }

    /** Today's automatic backup, verified, then rotation; a failure shows in the status line. */
    private void dailyBackup() {
        tasks.write(() -> {
            Backups b = backups();
            if (b.dailyDue()) {
                b.backup(database, "daily");
                b.rotate();
            }
            return null;
        }, ok -> { }, e -> shell.statusProperty().set(t("shell.daily.backup.failed", e.getMessage())));
    }

    private CheckBox nudgeSwitch() {
        CheckBox box = new CheckBox(t("shell.settings.people.nudges"));
        box.setId("settings-people-nudges");
        box.setWrapText(true);
        box.setSelected(shell.preferences().isPeopleNudges());
        box.selectedProperty().addListener((o, a, on) -> {
            shell.preferences().setPeopleNudges(on);
            peopleToday.load();
        });
        return box;
    }

    private CheckBox adaptiveSwitch() {
        CheckBox box = new CheckBox(t("shell.settings.prompts.adaptive"));
        box.setId("settings-prompts-adaptive");
        box.setWrapText(true);
        box.setSelected(shell.preferences().isAdaptivePrompts());
        box.selectedProperty().addListener((o, a, on) -> {
            shell.preferences().setAdaptivePrompts(on);
            useAdaptivePrompts(on);
        });
        return box;
    }

    /** After an import: rebuild the search index and refresh what the views show. */
    private void afterImport() {
        tasks.read(() -> {
            search.rebuild(journal);
            return null;
        }, ok -> { }, e -> LOG.log(Level.WARNING, "Search index rebuild failed", e));
        journalVm.refresh();
        habitsVm.load();
        assessmentVm.load();
        reviewsVm.load();
        today.refreshFollowers();
    }

    /** After a sync round that changed records: the search index for the days changed, and what the views show. */
    private void afterSync(RoundReport r) {
        tasks.read(() -> {
            for (LocalDate day : r.daysChanged()) {
                search.onSaved(day, journal.find(day));
            }
            return null;
        }, ok -> { }, e -> LOG.log(Level.WARNING, "Search index not updated after sync", e));
        journalVm.refresh();
        habitsVm.load();
        assessmentVm.load();
        reviewsVm.load();
        peopleVm.load();
        var editor = today.editor();
        LocalDate open = editor.dateProperty().get();
        if (open != null && r.daysChanged().contains(open) && !editor.dirtyProperty().get()) {
            editor.load(editor.dateProperty().get());
        }
        today.refreshFollowers();
    }

    /** The app is closing: a last sync round is queued before the writer thread is drained. */
    void beforeShutdown() {
        syncVm.close();
    }

    /** Locks an encrypted journal by hand or after a quiet time. */
    Locker locker() {
        return locker;
    }

    private EndOfDayReminder.Settings reminderSettings() {
        return new EndOfDayReminder.Settings(shell.preferences().isReminder(), shell.preferences().reminderTime());
    }

    /** Brings the main window back (also from minimized) and shows today. */
    private void openToday() {
        if (scene.getWindow() instanceof Stage stage) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
        shell.navigate(ViewId.TODAY);
        today.goToday();
    }

    /** The weekly review of the week that holds {@code day} (the current week when null). */
    void openReview(LocalDate day) {
        WeeklyReviewDialog.show(scene.getWindow(), new WeeklyReviewViewModel(weeklyReviews, journal, coaching, tasks,
                dialogs, config.clock(), () -> shell.preferences().reviewDay(), saved -> reviewsVm.load(),
                people::openPromiseLines), day);
    }

    /** The export dialog (Ctrl+E); the first day written is looked up in the background first. */
    void openExport() {
        tasks.read(() -> journal.dates().stream().findFirst().orElse(null), first -> ExportDialog.show(scene.getWindow(),
                new ExportViewModel(tasks, config.clock(), () -> first, exportJobs), FolderOpener.system()),
                error -> dialogs.showError(t("shell.export.error.title"), error.getMessage(), error));
    }

    /**
     * Builds the search index once, in the background: after the Journal's first frame, or a moment
     * after start-up, whichever comes first. Waiting leaves the two cores of a small machine to the
     * first views while they are drawn (on a 20-year journal the build takes about a second of CPU).
     */
    private void buildIndexOnce() {
        if (indexStarted) {
            return;
        }
        indexStarted = true;
        tasks.read(() -> {
            search.build(journal);
            return null;
        }, ok -> journalVm.searchStatusProperty().set(""),
                error -> LOG.log(Level.WARNING, "Search index could not be built", error));
    }

    /** Work after the views are installed: the first-run choice of micro-actions; then {@code ready}. */
    void afterStart(Runnable ready) {
        indexLater = scheduler.schedule(INDEX_DELAY, this::buildIndexOnce);
        dailyBackup();
        reminder.start();
        if (scene.getWindow() instanceof Stage stage) {
            // a reminder held back while the user was in the app comes as soon as the window is minimized
            ChangeListener<Boolean> onMinimized = (o, was, minimized) -> {
                if (minimized) {
                    reminder.lookNow();
                }
            };
            stage.iconifiedProperty().addListener(onMinimized);
            stopWatchingWindow = () -> stage.iconifiedProperty().removeListener(onMinimized);
        }
        syncVm.start();
        tasks.read(() -> OnboardingViewModel.needed(habitRepo, journal.count() == 0), needed -> {
            if (needed) {
                OnboardingDialog.show(scene.getWindow(), new OnboardingViewModel(catalogue, habitRepo, tasks,
                        habits.today()), () -> {
                            dayCheckIns.reload();
                            habitsVm.load();
                        });
            }
            ready.run();
        }, error -> {
            LOG.log(Level.WARNING, "Onboarding check failed", error);
            ready.run();
        });
    }

    /** Stops looking at the window's minimizing (the window may outlive this wiring: tests share one). */
    private Runnable stopWatchingWindow = () -> { };

    @Override
    public void close() {
        scheduler.close();
        stopWatchingWindow.run();
        reminder.stop();
        indexStarted = true; // closing: nothing new in the background
        if (indexLater != null) {
            indexLater.cancel();
        }
        search.close();
    }
}
