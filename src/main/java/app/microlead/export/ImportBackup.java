package app.microlead.export;

import app.microlead.backup.Backups;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The verified backup made before every import, by the app (Settings → Import) and by the command
 * line alike, in the backup folder chosen in Settings (else "backups" in the data folder).
 */
public final class ImportBackup {

    /** The reason in the backup's name: microlead-2026-03-14T18-30-00-before-import.zip. */
    public static final String REASON = "before-import";

    private ImportBackup() {
    }

    /** The backup folder: the one chosen in Settings, else "backups" in the data folder. */
    public static Path folder(DataFolder data, String chosenDir) {
        return chosenDir != null && !chosenDir.isBlank() ? Path.of(chosenDir) : data.root().resolve("backups");
    }

    /** Backs the journal up; throws the storage error (in words) when the backup cannot be made. */
    public static Backups.Backup make(DataFolder data, String chosenDir, Database db, Clock clock) {
        return new Backups(data, folder(data, chosenDir), clock).backup(db, REASON);
    }
}
