package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start after a restore says which backup now is the journal and how to undo it: the app closed
 * to restore, and without a word at the next start nothing told the user it had worked.
 */
public final class RestoreNotice {

    private static final Logger LOG = Logger.getLogger(RestoreNotice.class.getName());

    private RestoreNotice() {
    }

    /** Once the journal is open: says the restore this start applied, if any (once; read in the background). */
    public static void sayIfApplied(DataFolder folder, Clock clock, TaskRunner tasks, DialogService dialogs) {
        tasks.read(() -> Backups.takeAppliedRestore(folder), restored -> restored.ifPresent(b ->
                dialogs.showInfo(t("shell.restore.applied.title"), text(b, clock))),
                e -> LOG.log(Level.WARNING, "Cannot tell whether a restore was applied", e));
    }

    static String text(Backups.Backup restored, Clock clock) {
        return t("shell.restore.applied", BackupSettingsViewModel.when(restored.createdAt(), clock.getZone()),
                restored.describeContents());
    }
}
