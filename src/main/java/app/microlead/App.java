package app.microlead;

import static app.microlead.common.I18n.t;

import app.microlead.backup.Backups;
import app.microlead.backup.RestoreNotice;
import app.microlead.backup.RestoreOffer;
import app.microlead.common.Futures;
import app.microlead.common.I18n;
import app.microlead.common.ProcessStart;
import app.microlead.common.Theme;
import app.microlead.security.EncryptedJournal;
import app.microlead.security.Locker;
import app.microlead.security.UnlockFlow;
import app.microlead.security.UnlockView;
import app.microlead.shell.MainWindow;
import app.microlead.shell.ReminderWindow;
import app.microlead.shell.ShellViewModel;
import app.microlead.shell.WindowPlacement;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.InstanceLock;
import app.microlead.storage.KeyFile;
import app.microlead.storage.Logs;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesAutoSave;
import app.microlead.storage.PreferencesStore;
import app.microlead.storage.StorageException;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxCaretRest;
import app.microlead.ui.FxDialogService;
import app.microlead.ui.FxPulses;
import app.microlead.ui.FxScheduler;
import app.microlead.ui.FxStallProbe;
import app.microlead.ui.FxTaskRunner;
import app.microlead.ui.FxWarmUp;
import app.microlead.ui.Shortcuts;
import app.microlead.ui.SkeletonView;
import app.microlead.ui.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up and shutdown. The window is shown first; the journal opens in the background and the
 * views appear when it is ready. Closing drains pending writes and closes the database.
 */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static volatile AppConfig pendingConfig;
    private static volatile int exitCode;
    private static volatile CompletableFuture<StartupPrep.Prepared> pendingPrep;

    private final AppConfig config;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;
    private DataFolder folder;
    private InstanceLock lock;
    private volatile Database database;
    /** Starts the app again at exit when Settings asks (a new language); set with the journal's wiring. */
    private volatile Relaunch relaunch;
    /** The journal opening while the window is built (no passphrase), taken once the window is there. */
    private CompletableFuture<Wiring> earlyOpen;
    /** The fonts, loaded while the first frame is drawn ({@link FxWarmUp#fontsInBackground}). */
    private CompletableFuture<Void> fonts = CompletableFuture.completedFuture(null);
    private ShellViewModel shell;
    private PreferencesAutoSave prefsSave;
    private MainWindow window;
    private Shortcuts shortcuts;
    private Wiring wiring;
    /** The computer's language when the app's differs from it (put back when the app stops). */
    private Locale computerLocale;

    /** Used by {@link Application#launch}: takes the config handed over by {@link #launchWith}. */
    public App() {
        this(pendingConfig);
    }

    public App(AppConfig config) {
        this.config = config;
    }

    /** Starts the desktop app and blocks until it closes; returns the process exit code. */
    public static int launchWith(AppConfig config) {
        return launchWith(config, StartupPrep.begin(config));
    }

    /**
     * As {@link #launchWith(AppConfig)}, with the work that needs no window already started (by the
     * launcher, before this class and the JavaFX classes it names are loaded).
     */
    public static int launchWith(AppConfig config, CompletableFuture<StartupPrep.Prepared> prepared) {
        pendingConfig = config;
        pendingPrep = prepared;
        Application.launch(App.class);
        return exitCode;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        FxDialogService dialogs = new FxDialogService(() -> stage);
        catchUnexpected(dialogs);
        StartupPrep.Prepared prepared;
        try {
            CompletableFuture<StartupPrep.Prepared> begun = pendingPrep;
            pendingPrep = null;
            prepared = begun != null && config == pendingConfig ? begun.join()
                    : StartupPrep.prepare(config.dataDir(), config.locale());
        } catch (CompletionException | StartupPrep.Failure e) {
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            if (cause instanceof StartupPrep.Failure f) {
                failAtStart(f.title(), f.getCause(), dialogs);
            } else {
                failAtStart(t("shell.start.open.title"), cause, dialogs);
            }
            return;
        }
        folder = prepared.folder();
        lock = prepared.lock();
        computerLocale = prepared.computerLocale();
        PreferencesStore prefsStore = prepared.store();
        Preferences prefs = prepared.prefs();
        shell = new ShellViewModel(prefs);
        prefsSave = new PreferencesAutoSave(prefs, prefsStore, tasks, new FxScheduler(), shell.statusProperty()::set);
        // The first frame is the window's outline in the theme's colours: it needs no stylesheet,
        // controls or fonts, so the window appears as soon as an empty one would. The real window
        // is built right after that frame.
        Scene scene = new Scene(SkeletonView.build(shell.themeProperty().get(),
                shell.fontSizeProperty().get()));
        fonts = FxWarmUp.fontsInBackground("fth-sun");
        // A journal without a passphrase opens, and the app is put together for it, while the window is built.
        earlyOpen = Files.exists(folder.root().resolve(KeyFile.NAME)) ? null
                : openInBackground(backupDir(prefs), dialogs, scene);
        stage.setTitle("Microlead");
        stage.setScene(scene);
        WindowPlacement.restore(stage, prefs.getWindow());
        afterFirstFrame(scene, () -> build(prefs, dialogs, scene));
        stage.show();
        WindowPlacement.reapply(stage, prefs.getWindow());
        FxStallProbe.startIfAsked();
    }

    /** Asks before the window closes over what was typed and not saved (a person's page); false: it stays open. */
    private boolean mayClose(FxDialogService dialogs) {
        List<String> unsaved = window == null ? List.of() : window.unsavedWork();
        if (unsaved.isEmpty()) {
            return true;
        }
        // over the lock screen, no one's name: the journal is locked
        String text = window.isBlocked() ? t("shell.close.unsaved.locked")
                : t("shell.close.unsaved.text", I18n.and(unsaved));
        return dialogs.confirmDestructive(t("shell.close.unsaved.title"), text, t("shell.close.unsaved.confirm"));
    }

    /**
     * The main window, its theme and icons, then the journal (opened in the background). The theme, the
     * window's nodes and the rest each take a frame of their own: in one they held the window thread for
     * 0.4-0.6 s after the first frame.
     */
    private void build(Preferences prefs, FxDialogService dialogs, Scene scene) {
        fonts.join(); // loaded while the first frame (no text in it) was drawn; from here the window thread uses them
        Themes.apply(shell.themeProperty().get());
        shell.themeProperty().addListener((o, a, now) -> Themes.apply(now));
        FxPulses.afterNextPulse(scene, () -> {
            window = new MainWindow(shell);
            FxPulses.afterNextPulse(scene, () -> showWindow(prefs, dialogs, scene));
        });
    }

    /** The main window in the scene, then the journal (opened in the background). */
    private void showWindow(Preferences prefs, FxDialogService dialogs, Scene scene) {
        stage.setOnCloseRequest(e -> {
            if (!mayClose(dialogs)) {
                e.consume();
            }
        });
        // the last window closed ends the app: a reminder in its own window goes with the main one
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ReminderWindow.dismiss());
        scene.getStylesheets().add(Themes.appStylesheet());
        scene.setRoot(window.root());
        shortcuts = new Shortcuts(scene);
        window.installShortcuts(shortcuts);
        // as the window's close button: asks first when something is unsaved
        shortcuts.global("quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(request);
            if (!request.isConsumed()) {
                stage.hide();
            }
        });
        Themes.applyFontSize(shell.fontSizeProperty().get());
        shell.fontSizeProperty().addListener((o, a, now) -> Themes.applyFontSize(now));
        FxAccessible.idDialogButtons();
        FxCaretRest.followWindows(); // a caret left blinking makes JavaFX draw 60 frames a second
        logShellShown(scene);

        Path backupDir = backupDir(prefs);
        Optional<KeyFile> key;
        try {
            key = KeyFile.read(folder.root());
        } catch (StorageException e) {
            failAtStart(t("shell.start.unlock.title"), e, dialogs);
            return;
        }
        RestoreOffer<Wiring> restore = new RestoreOffer<>(folder, backupDir, config.clock(), tasks, dialogs,
                fileKey -> wire(fileKey == null ? Database.open(folder) : EncryptedJournal.openWithKey(folder, fileKey),
                        fileKey, dialogs, scene), w -> opened(w, scene, dialogs, backupDir),
                error -> failAtStart(t("shell.start.open.title"), error, dialogs));
        CompletableFuture<Wiring> opening = earlyOpen;
        earlyOpen = null;
        if (key.isEmpty()) {
            // the journal's pages come in the frame after the window's own first frame, never in it: the journal
            // is often open before the window is styled, and one frame styling both stood still for 0.4-0.6 s
            tasks.read(() -> opening != null ? Futures.joined(opening) : wire(openPlain(backupDir), null, dialogs, scene),
                    w -> {
                        wiring = w; // closed at exit even if the window closes before that frame
                        FxPulses.afterNextPulse(scene, () -> opened(w, scene, dialogs, backupDir));
                    }, error -> {
                if (!restore.offerNewest(error)) {
                    failAtStart(t("shell.start.open.title"), error, dialogs);
                }
            });
            return;
        }
        UnlockFlow<Wiring> unlock = new UnlockFlow<>(folder, backupDir, config.clock(), tasks,
                (db, fileKey) -> wire(db, fileKey, dialogs, scene), w -> opened(w, scene, dialogs, backupDir), restore);
        // the views out of reach until unlocked, as after Ctrl+L (the sidebar took clicks and the focus behind it)
        window.setBlocked(true);
        window.showInstead(UnlockView.build(unlock::unlock, unlock.errorProperty(), unlock.busyProperty()));
        shell.statusProperty().set(t("shell.status.locked"));
    }

    private Path backupDir(Preferences prefs) {
        return prefs.backupFolder().orElse(folder.root().resolve("backups"));
    }

    /** Opens a journal that has no passphrase: a pending restore first, then the database. */
    private Database openPlain(Path backupDir) {
        EncryptedJournal.checkNotEncrypted(folder);
        Backups.applyPendingRestore(folder, backupDir, config.clock());
        return Database.open(folder);
    }

    /** {@link #openPlain} and {@link #wire} on a thread of their own, begun before the window is built. */
    private CompletableFuture<Wiring> openInBackground(Path backupDir, FxDialogService dialogs, Scene scene) {
        return StartupPrep.onOwnThread("microlead-open", () -> wire(openPlain(backupDir), null, dialogs, scene));
    }

    /** Puts the app together for an open journal (in the background: it reads resources). */
    private Wiring wire(Database db, String fileKey, FxDialogService dialogs, Scene scene) {
        database = db;
        // tests share one toolkit and JVM: a restart there would end the one and start the other again
        Relaunch again = Boolean.getBoolean("microlead.keepToolkit") ? Relaunch.of(List.of()) : Relaunch.ofThisProcess();
        relaunch = again;
        return new Wiring(config, folder, db, new AtomicReference<>(fileKey), tasks,
                dialogs, shell, scene, () -> mayClose(dialogs), again.possible() ? () -> restart(dialogs) : null);
    }

    /** Settings' "Restart now": asks over what is not saved, closes as the window's close does, starts again. */
    private void restart(FxDialogService dialogs) {
        if (mayClose(dialogs)) {
            relaunch.ask();
            Platform.exit();
        }
    }

    private void opened(Wiring wired, Scene scene, FxDialogService dialogs, Path backupDir) {
        wiring = wired;
        wiring.installShortcuts(shortcuts);
        if (window.isBlocked()) {
            window.setBlocked(false); // unlocked at start
        }
        window.install(wiring.pages(shortcuts));
        wiring.afterStart(() -> {
            shell.markReady();
            // the moment a user can work: the journal's views shown and their data in them
            ProcessStart.elapsed().ifPresent(d -> LOG.info("Startup: ready " + d.toMillis() + " ms after JVM start"));
            if (Boolean.getBoolean("microlead.exitWhenReady")) {
                // start-up benchmarks and the class-data-sharing training run of the packaging
                LOG.info("Startup: ready; exiting as microlead.exitWhenReady asks");
                Platform.exit();
            } else {
                if (database != null && database.openedEarlierThanLastClose()) {
                    // after the pulse that made it ready: a dialog waits for its answer, never inside a layout
                    Platform.runLater(() -> dialogs.showInfo(t("storage.open.earlier.title"),
                            t("storage.open.earlier", backupDir)));
                }
                RestoreNotice.sayIfApplied(folder, config.clock(), tasks, dialogs);
            }
        });
        installLock(wiring.locker(), scene);
    }

    /** Ctrl+L and the quiet-time lock of an encrypted journal. */
    private void installLock(Locker locker, Scene scene) {
        locker.beforeLock(window::hideCurrent);
        Node unlock = UnlockView.build(locker::unlock, locker.errorProperty(), locker.busyProperty());
        locker.lockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                window.setBlocked(true);
                window.showInstead(unlock);
                shell.statusProperty().set(t("shell.status.locked"));
            } else {
                window.setBlocked(false);
                shell.statusProperty().set("");
            }
        });
        shortcuts.global("lock", new KeyCodeCombination(KeyCode.L,
                KeyCombination.SHORTCUT_DOWN), locker::lock);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> locker.activity());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> locker.activity());
        locker.setIdleTime(Duration.ofMinutes(shell.preferences().getLockAfterMinutes()));
    }

    /** Logs the first frame's time since the process started, then runs {@code next} after that frame. */
    private void afterFirstFrame(Scene scene, Runnable next) {
        FxPulses.afterNextPulse(scene, () -> {
            ProcessStart.elapsed().ifPresent(d -> LOG.info("Startup: first frame " + d.toMillis()
                    + " ms after JVM start"));
            next.run();
        });
    }

    /** The desktop's icons for the window, read on a thread of their own (decoding six pictures takes 15-25 ms). */
    private void addWindowIcons() {
        StartupPrep.onOwnThread("microlead-icons", () -> {
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                var icon = App.class.getResourceAsStream("/app/microlead/icons/microlead-" + size + ".png");
                if (icon != null) {
                    icons.add(new Image(icon));
                }
            }
            return icons;
        }).whenComplete((icons, error) -> Platform.runLater(() -> {
            if (icons != null) {
                stage.getIcons().setAll(icons);
            } else {
                LOG.log(Level.FINE, "The window's icons were not read", error);
            }
        }));
    }

    /** Logs when the real window (sidebar, theme) has first been laid out, then adds the window icons. */
    private void logShellShown(Scene scene) {
        FxPulses.afterNextPulse(scene, () -> {
            ProcessStart.elapsed().ifPresent(d -> LOG.info("Startup: window shown " + d.toMillis()
                    + " ms after JVM start"));
            addWindowIcons(); // the desktop's icons for the window: not needed for the first frames
        });
    }

    /**
     * An error nothing else caught: logged with its details; before the journal is ready the app cannot
     * go on, so it says so in plain words and closes instead of waiting for ever. After that, the error
     * is logged and the app goes on (a view's mistake must not take the journal down).
     */
    private void catchUnexpected(FxDialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
            // only the window's own thread can leave the start half done; the start-up threads report
            // through their futures, and a stray error of some other thread must not close the app
            if (shell != null && shell.readyProperty().get() || !Platform.isFxApplicationThread()) {
                return;
            }
            Runnable fail = () -> {
                if (exitCode == 0) {
                    failAtStart(t("shell.start.open.title"), error, dialogs);
                }
            };
            Platform.runLater(fail); // also from the FX thread: not inside the event that failed
        });
    }

    private void failAtStart(String title, Throwable error, FxDialogService dialogs) {
        exitCode = 1;
        LOG.log(Level.SEVERE, title, error);
        String message = error instanceof StorageException ? error.getMessage()
                : t("shell.start.unexpected", folder != null ? folder.logsDir().toString() : config.dataDir().toString());
        System.err.println(title + ": " + message);
        if (!Boolean.getBoolean("microlead.noDialogs")) {
            if (Application.getUserAgentStylesheet() == null) {
                Themes.apply(Theme.LIGHT);
            }
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.setContentText(message);
            alert.getDialogPane().setId("dialog-startup-error");
            alert.showAndWait();
        }
        if (Boolean.getBoolean("microlead.keepToolkit")) {
            stage.hide(); // tests: the toolkit goes on for the next app of the same JVM
        } else {
            Platform.exit();
        }
    }

    /** Whether all background work given so far is done, its results are shown, and no view is still being built frame by frame (tests wait for this). */
    public boolean backgroundWorkDone() {
        return tasks.idle() && FxPulses.idle();
    }

    /** The main window's view model (tests use it to observe state). */
    public ShellViewModel shell() {
        return shell;
    }

    @Override
    public void stop() {
        // each step runs whatever the one before it did: a close that throws part-way still frees the lock
        // and still starts the app again when Settings asked for it
        new Shutdown()
                .then("the window", () -> {
                    if (window != null) {
                        window.close();
                    }
                })
                .then("the window's place", this::savePlacement)
                .then("the stall probe's summary", () -> {
                    if (FxStallProbe.running() != null) {
                        LOG.info(FxStallProbe.running().summary());
                    }
                })
                .then("the views' last work", () -> {
                    if (wiring != null) {
                        wiring.beforeShutdown();
                    }
                })
                .then("background work", tasks::shutdown)
                .then("the app's parts", () -> {
                    if (wiring != null) {
                        wiring.close();
                    }
                })
                .then("the journal", () -> {
                    if (database != null) {
                        database.close();
                    }
                })
                .then("the journal's lock", () -> {
                    if (lock != null) {
                        lock.close();
                    }
                })
                .then("the computer's language", () -> {
                    if (computerLocale != null) {
                        Locale.setDefault(computerLocale);
                    }
                    LOG.info("Microlead closed");
                })
                .then("starting again", () -> {
                    if (relaunch != null) {
                        relaunch.startIfAsked(); // last: the journal and its lock are free for the new start
                    }
                })
                .run();
    }

    private void savePlacement() {
        if (prefsSave != null && stage != null) {
            Preferences prefs = shell.preferences();
            prefs.setWindow(WindowPlacement.capture(stage, prefs.getWindow()));
            try {
                prefsSave.saveNow();
            } catch (StorageException e) {
                LOG.log(Level.WARNING, "Preferences not saved at exit", e);
            }
        }
    }
}
