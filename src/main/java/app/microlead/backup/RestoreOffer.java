package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.TaskRunner;
import app.microlead.common.Theme;
import app.microlead.storage.DataFolder;
import app.microlead.storage.StorageException;
import app.microlead.ui.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Application;

/**
 * At start, when the journal cannot be opened: offers the newest verified backup in its place (the
 * damaged file is kept beside it) and opens the journal again.
 *
 * @param <W> what opening the journal gives (the wired app)
 */
public final class RestoreOffer<W> {

    private final DataFolder folder;
    private final Path backupDir;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Function<String, W> reopen;
    private final Consumer<W> opened;
    private final Consumer<Throwable> failed;

    /**
     * @param reopen opens the journal again with its file key (null if plain) and puts the app together on
     *               it; runs in the background
     * @param opened takes the result on the UI thread
     * @param failed ends the start with an error the user reads
     */
    public RestoreOffer(DataFolder folder, Path backupDir, Clock clock, TaskRunner tasks, DialogService dialogs,
                        Function<String, W> reopen, Consumer<W> opened, Consumer<Throwable> failed) {
        this.folder = folder;
        this.backupDir = backupDir;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.reopen = reopen;
        this.opened = opened;
        this.failed = failed;
    }

    /** Offers the newest backup of a plain journal that could not be read; false when there is none to offer. */
    public boolean offerNewest(Throwable error) {
        if (!(error instanceof StorageException) || Boolean.getBoolean("microlead.noDialogs")) {
            return false;
        }
        Optional<Backups.Backup> newest = new Backups(folder, backupDir, clock).newestBackup();
        if (newest.isEmpty()) {
            return false;
        }
        offer(error, newest.get(), null);
        return true;
    }

    /** Asks whether to restore {@code backup} in place of the damaged journal; {@code fileKey}: its key, null if plain. */
    public void offer(Throwable error, Backups.Backup backup, String fileKey) {
        if (Boolean.getBoolean("microlead.noDialogs")) {
            return;
        }
        if (Application.getUserAgentStylesheet() == null) {
            Themes.apply(Theme.LIGHT); // the start failed before the window got its theme
        }
        String when = BackupSettingsViewModel.when(backup.createdAt(), clock.getZone());
        boolean restore = dialogs.confirm(t("shell.start.open.title"), t(fileKey == null ? "shell.start.restore.text"
                : "shell.start.damaged.text", error.getMessage(), when, backup.describeContents()),
                t("shell.start.restore.confirm"));
        if (!restore) {
            if (fileKey == null) {
                failed.accept(error);
            }
            return;
        }
        Backups backups = new Backups(folder, backupDir, clock);
        tasks.read(() -> {
            backups.requestRestore(backup);
            Backups.applyPendingRestore(folder, backupDir, clock, fileKey);
            return reopen.apply(fileKey);
        }, opened::accept, failed::accept);
    }
}
