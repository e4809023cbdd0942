package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Locks an encrypted journal by hand (Ctrl+L) or after a quiet time: pending edits are saved, the
 * database is closed, and the passphrase is needed to open it again. Nothing happens when the
 * journal is not encrypted.
 */
public final class Locker {

    private final DataFolder folder;
    private final Database db;
    private final AtomicReference<String> fileKey;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private Duration idle = Duration.ofMinutes(15);
    private Scheduler.Cancellable idleTimer;
    private Runnable beforeLock = () -> { };

    public Locker(DataFolder folder, Database db, AtomicReference<String> fileKey, TaskRunner tasks, Scheduler scheduler) {
        this.folder = folder;
        this.db = db;
        this.fileKey = fileKey;
        this.tasks = tasks;
        this.scheduler = scheduler;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What to do on the UI thread before the database closes (save pending edits). */
    public void beforeLock(Runnable action) {
        this.beforeLock = action;
    }

    /** Locks after this much quiet time (zero: never). */
    public void setIdleTime(Duration d) {
        idle = d;
        activity();
    }

    /** Any key or mouse use: the idle time starts again. */
    public void activity() {
        if (idleTimer != null) {
            idleTimer.cancel();
            idleTimer = null;
        }
        if (!idle.isZero() && fileKey.get() != null && !locked.get()) {
            idleTimer = scheduler.schedule(idle, this::lock);
        }
    }

    public void lock() {
        if (fileKey.get() == null || locked.get()) {
            return;
        }
        beforeLock.run();
        tasks.write(() -> {
            db.suspend();
            return null;
        }, ok -> {
            error.set("");
            locked.set(true);
        }, e -> error.set(e.getMessage()));
    }

    /** Checks the passphrase against the journal's key, then opens the database again. */
    public void unlock(char[] passphrase) {
        busy.set(true);
        error.set(t("shell.unlock.busy"));
        tasks.write(() -> {
            String given = KeyFile.read(folder.root()).orElseThrow().fileKey(passphrase);
            if (!MessageDigest.isEqual(given.getBytes(), fileKey.get().getBytes())) {
                return false;
            }
            db.resume();
            return true;
        }, ok -> {
            busy.set(false);
            if (ok) {
                error.set("");
                locked.set(false);
                activity();
            } else {
                error.set(t("shell.unlock.wrong"));
            }
        }, e -> {
            busy.set(false);
            error.set(e.getMessage());
        });
    }
}
