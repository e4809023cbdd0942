package app.microlead.sync;

import app.microlead.backup.Backups;
import app.microlead.export.ImportBackup;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.function.Supplier;

/** The verified backup before a journal with days is first merged with other computers' (app and command line). */
public final class SyncBackup {

    /** The reason in the backup's name: microlead-2026-12-03T18-30-00-before-sync.zip. */
    public static final String REASON = "before-sync";

    private SyncBackup() {
    }

    /** A hook that backs up into the backup folder chosen in Settings (else "backups" in the data folder). */
    public static BackupHook into(DataFolder data, String chosenDir, Database db, Clock clock) {
        return () -> new Backups(data, ImportBackup.folder(data, chosenDir), clock).backup(db, REASON);
    }

    /** A name for this computer that other computers show ("laptop"); never journal text. */
    /**
     * {@link #deviceName()}, looked up the first time it is asked for and then kept: the host name can take a
     * while to look up (seconds where the network's name service is slow), which must not delay opening.
     */
    public static Supplier<String> deviceNameWhenAsked() {
        return new Supplier<>() {
            private String name;

            @Override
            public synchronized String get() {
                if (name == null) {
                    name = deviceName();
                }
                return name;
            }
        };
    }

    public static String deviceName() {
        String n = System.getenv("COMPUTERNAME");
        if (n == null || n.isBlank()) {
            n = System.getenv("HOSTNAME");
        }
        if (n == null || n.isBlank()) {
            try {
                n = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                n = System.getProperty("user.name", "computer");
            }
        }
        return n.strip();
    }
}
