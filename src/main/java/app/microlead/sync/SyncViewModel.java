package app.microlead.sync;

import static app.microlead.common.I18n.t;

import app.microlead.common.Debouncer;
import app.microlead.common.DialogService;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Sync and the automatic rounds: at start, a while after saves, every few minutes and at
 * close, always on the journal's writer thread (never the UI thread), never while the journal is
 * locked. A round that fails says why in the sidebar; the next good round clears it.
 */
public final class SyncViewModel {

    private static final Logger LOG = Logger.getLogger(SyncViewModel.class.getName());
    /** Quiet time after a save before a round: several saves of one evening make one round. */
    public static final Duration AFTER_SAVE = Duration.ofSeconds(20);
    public static final Duration EVERY = Duration.ofMinutes(5);

    /** What the app does after a round that changed records (refresh the views; the days changed). */
    @FunctionalInterface
    public interface AfterMerge {
        void merged(RoundReport report);
    }

    private final SyncEngine engine;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Clock clock;
    private final BooleanSupplier paused;
    private final Consumer<String> sidebar;
    private final AfterMerge afterMerge;
    private final DialogService dialogs;
    private final Debouncer afterSave;
    private final BooleanProperty setUp = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> devices = FXCollections.observableArrayList();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private Instant lastRound;
    private String shownProblem;
    private boolean roundQueued;
    private boolean closed;

    /**
     * @param paused     true while rounds must wait (a locked journal)
     * @param sidebar    shows a failure in the sidebar (an empty text clears it)
     * @param afterMerge called on the UI thread after a round that changed records
     */
    public SyncViewModel(SyncEngine engine, TaskRunner tasks, Scheduler scheduler, Clock clock, BooleanSupplier paused,
                         Consumer<String> sidebar, AfterMerge afterMerge, DialogService dialogs) {
        this.engine = engine;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.paused = paused;
        this.sidebar = sidebar;
        this.afterMerge = afterMerge;
        this.dialogs = dialogs;
        this.afterSave = new Debouncer(scheduler, AFTER_SAVE, this::syncNow);
    }

    public BooleanProperty setUpProperty() {
        return setUp;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** "Syncing through …; last synced 2 minutes ago" or "Not set up". */
    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> devices() {
        return devices;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    /** Reads the settings, devices and conflicts (in the background). */
    public void load() {
        tasks.read(() -> new Loaded(engine.isSetUp(), engine.folder().map(Path::toString).orElse(""),
                engine.lastRound().orElse(null), engine.devices(), engine.conflicts()), this::show,
                e -> message.set(e.getMessage()));
    }

    private record Loaded(boolean setUp, String folder, Instant last, List<SyncEngine.Device> devices,
                          List<Conflict> conflicts) {
    }

    private void show(Loaded l) {
        setUp.set(l.setUp());
        if (!l.folder().isEmpty()) {
            folder.set(l.folder());
        }
        lastRound = l.last();
        devices.setAll(l.devices().stream().map(d -> d.thisOne() ? t("sync.device.this", d.name())
                : t("sync.device.other", d.name(), ago(d.lastHeardOf()))).toList());
        conflicts.setAll(l.conflicts());
        refreshState();
    }

    private void refreshState() {
        state.set(!setUp.get() ? t("sync.state.off") : t("sync.state.on", folder.get(), ago(lastRound)));
    }

    /** "just now", "2 minutes ago", "3 hours ago", "5 days ago", "never". */
    String ago(Instant at) {
        if (at == null) {
            return t("sync.ago.never");
        }
        long minutes = Math.max(0, Duration.between(at, clock.instant()).toMinutes());
        return minutes < 1 ? t("sync.ago.now") : minutes < 60 ? t("sync.ago.minutes", minutes)
                : minutes < 48 * 60 ? t("sync.ago.hours", minutes / 60) : t("sync.ago.days", minutes / 1440);
    }

    /**
     * Sets up (or joins) the folder as typed or chosen, with the passphrase, which is wiped; then a first round.
     * {@code ~} is the home folder; a path that is not whole is refused (it would be taken from wherever the app
     * was started).
     */
    public void setUp(String typed, char[] passphrase) {
        Path chosen = null;
        String text = typed == null ? "" : typed.strip();
        try {
            if (text.equals("~") || text.startsWith("~/") || text.startsWith("~\\")) {
                text = System.getProperty("user.home") + text.substring(1);
            }
            chosen = text.isEmpty() ? null : Path.of(text);
        } catch (InvalidPathException e) {
            message.set(t("sync.message.bad.folder", text));
            Arrays.fill(passphrase, '\0');
            return;
        }
        if (chosen != null && !chosen.isAbsolute()) {
            message.set(t("sync.message.relative.folder", text, Path.of(System.getProperty("user.home"), text)));
            Arrays.fill(passphrase, '\0');
            return;
        }
        setUp(chosen, passphrase);
    }

    /** Sets up (or joins) the folder with the passphrase, which is wiped; then a first round. */
    public void setUp(Path chosen, char[] passphrase) {
        if (chosen == null) {
            message.set(t("sync.message.no.folder"));
            Arrays.fill(passphrase, '\0');
            return;
        }
        busy.set(true);
        message.set(t("sync.message.setting.up"));
        tasks.write(() -> {
            try {
                engine.setUp(chosen, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return engine.round();
        }, r -> {
            busy.set(false);
            done(r);
        }, this::failed);
    }

    /** A round now, unless one is already waiting. */
    public void syncNow() {
        if (closed || roundQueued || paused.getAsBoolean()) {
            return;
        }
        if (!setUp.get()) {
            return;
        }
        roundQueued = true;
        busy.set(true);
        message.set(t("sync.message.syncing"));
        tasks.write(engine::round, r -> {
            roundQueued = false;
            busy.set(false);
            done(r);
        }, e -> {
            roundQueued = false;
            failed(e);
        });
    }

    private void done(RoundReport r) {
        message.set(r.problems().isEmpty() ? r.summary() : r.summary() + "\n" + String.join("\n", r.problems()));
        String problem = r.problems().isEmpty() ? "" : t("sync.sidebar.problem", r.problems().size());
        showInSidebar(problem);
        if (r.recordsChanged() > 0) {
            afterMerge.merged(r);
        }
        load();
    }

    private void failed(Throwable e) {
        busy.set(false);
        String why = e instanceof SyncException ? e.getMessage() : t("sync.message.failed", e.getMessage());
        LOG.log(e instanceof SyncException ? Level.INFO : Level.WARNING, "Sync round failed", e);
        message.set(why);
        if (setUp.get()) {
            showInSidebar(t("sync.sidebar.failed", why));
        }
        load();
    }

    private void showInSidebar(String text) {
        if (!text.isEmpty() || shownProblem != null) {
            sidebar.accept(text);
        }
        shownProblem = text.isEmpty() ? null : text;
    }

    /** Keeps one version of a day edited on two computers (the user merges by hand by editing the day instead). */
    public void keep(Conflict c, int version) {
        busy.set(true);
        message.set(t("sync.message.syncing"));
        tasks.write(() -> {
            engine.resolve(c.day(), c.texts().get(version));
            return engine.round();
        }, r -> {
            busy.set(false);
            done(r);
            afterMerge.merged(r);
        }, this::failed);
    }

    /**
     * Stops syncing on this computer, once the user confirms (joining again takes the sync passphrase, which only
     * the user knows); the journal keeps everything.
     */
    public void leave() {
        if (!dialogs.confirm(t("sync.leave.title"), t("sync.leave.text", folder.get()), t("sync.leave.confirm"))) {
            return;
        }
        tasks.write(() -> {
            engine.leave();
            return null;
        }, ok -> {
            message.set(t("sync.message.left"));
            showInSidebar("");
            load();
        }, this::failed);
    }

    // --- automatic rounds ------------------------------------------------------------------------

    /** Starts the automatic rounds: one now, then every few minutes. */
    public void start() {
        tasks.read(engine::isSetUp, on -> {
            setUp.set(on);
            load();
            syncNow();
            scheduleNext();
        }, e -> LOG.log(Level.WARNING, "Sync settings not read", e));
    }

    private void scheduleNext() {
        scheduler.schedule(EVERY, () -> {
            if (!closed) {
                syncNow();
                refreshState();
                scheduleNext();
            }
        });
    }

    /** Something was saved: a round once things have been quiet for a while. */
    public void saved() {
        if (setUp.get() && !closed) {
            afterSave.poke();
        }
    }

    /** The app is closing: one last round is queued before the writer thread is drained. */
    public void close() {
        afterSave.cancel();
        if (setUp.get() && !paused.getAsBoolean() && !closed) {
            tasks.write(engine::round, r -> { }, e -> LOG.log(Level.INFO, "Sync at close failed", e));
        }
        closed = true;
    }
}
