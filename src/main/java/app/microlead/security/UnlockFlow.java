package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.backup.BackupEncryption;
import app.microlead.backup.Backups;
import app.microlead.backup.RestoreOffer;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.JournalDamagedException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Opening an encrypted journal at start: the passphrase is checked in the background against the
 * journal; a wrong one is said in place; a damaged journal (right passphrase) is offered its newest
 * backup that opens with that passphrase.
 *
 * @param <W> what opening the journal gives (the wired app)
 */
public final class UnlockFlow<W> {

    /** What an unlock gave: the opened journal, or the damage found and the backup that could replace it. */
    private record Unlocked<W>(W opened, JournalDamagedException damage, Backups.Backup offer) {
    }

    private final DataFolder folder;
    private final Path backupDir;
    private final Clock clock;
    private final TaskRunner tasks;
    private final BiFunction<Database, String, W> open;
    private final Consumer<W> opened;
    private final RestoreOffer<W> restore;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param open    puts the app together on the unlocked database and its file key; runs in the background
     * @param opened  takes the result on the UI thread
     * @param restore offers a backup when the journal is damaged
     */
    public UnlockFlow(DataFolder folder, Path backupDir, Clock clock, TaskRunner tasks,
                      BiFunction<Database, String, W> open, Consumer<W> opened, RestoreOffer<W> restore) {
        this.folder = folder;
        this.backupDir = backupDir;
        this.clock = clock;
        this.tasks = tasks;
        this.open = open;
        this.opened = opened;
        this.restore = restore;
    }

    /** What went wrong with the last try, or what is happening now; empty at first. */
    public StringProperty errorProperty() {
        return error;
    }

    /** True while a passphrase is being checked. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Tries {@code passphrase} (wiped after use by {@link EncryptedJournal#open}). */
    public void unlock(char[] passphrase) {
        busy.set(true);
        error.set(t("shell.unlock.busy"));
        tasks.read(() -> {
            try {
                EncryptedJournal.Opened o = EncryptedJournal.open(folder, passphrase,
                        fileKey -> Backups.applyPendingRestore(folder, backupDir, clock, fileKey));
                BackupEncryption.encryptLeftovers(backupDir, o.fileKey());
                return new Unlocked<>(open.apply(o.database(), o.fileKey()), null, null);
            } catch (JournalDamagedException e) {
                if (e.fileKey() == null) {
                    throw e;
                }
                return new Unlocked<W>(null, e, new Backups(folder, backupDir, clock)
                        .newestThatOpens(e.fileKey()).orElse(null));
            }
        }, u -> {
            if (u.opened() != null) {
                opened.accept(u.opened());
                return;
            }
            busy.set(false);
            error.set(u.damage().getMessage());
            if (u.offer() != null) {
                restore.offer(u.damage(), u.offer(), u.damage().fileKey());
            }
        }, e -> {
            busy.set(false);
            error.set(e.getMessage());
        });
    }
}
