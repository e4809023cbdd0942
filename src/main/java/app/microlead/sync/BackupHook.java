package app.microlead.sync;

/** Makes a verified backup of the journal before the first merge with other computers. */
@FunctionalInterface
public interface BackupHook {
    void backupBeforeFirstJoin() throws Exception;
}
