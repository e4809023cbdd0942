package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.backup.BackupEncryption;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Encryption: turn a passphrase on, change it, or turn it off. The journal is converted
 * through a verified copy that takes its place together with its key file (crash-safe, see
 * {@code Conversion}); then the backups are converted the same way (or deleted, or kept encrypted,
 * as the person chose), and the status says what became of them.
 */
public final class EncryptionSettingsViewModel {

    public static final int MIN_LENGTH = 8;

    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final DataFolder folder;
    private final Database db;
    private final AtomicReference<String> fileKey;
    private final TaskRunner tasks;
    private final Supplier<Path> backupDir;
    private final Runnable beforeEncrypting;
    private Runnable afterConverting = () -> { };
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");

    /** @param fileKey the key the journal is open with (null when not encrypted); updated on change */
    public EncryptionSettingsViewModel(DataFolder folder, Database db, AtomicReference<String> fileKey, TaskRunner tasks) {
        this(folder, db, fileKey, tasks, () -> folder.root().resolve("backups"));
    }

    /** @param backupDir the folder of the backups (a setting) */
    public EncryptionSettingsViewModel(DataFolder folder, Database db, AtomicReference<String> fileKey, TaskRunner tasks,
                                       Supplier<Path> backupDir) {
        this(folder, db, fileKey, tasks, backupDir, () -> { });
    }

    /**
     * @param beforeEncrypting runs on the writing thread before the journal is encrypted or given a new
     *     passphrase (the app moves its search index, which holds the days' words, off the disk)
     */
    public EncryptionSettingsViewModel(DataFolder folder, Database db, AtomicReference<String> fileKey, TaskRunner tasks,
                                       Supplier<Path> backupDir, Runnable beforeEncrypting) {
        this.beforeEncrypting = beforeEncrypting;
        this.backupDir = backupDir;
        this.folder = folder;
        this.db = db;
        this.fileKey = fileKey;
        this.tasks = tasks;
        enabled.set(fileKey.get() != null);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Checks a new passphrase; empty when it is acceptable. */
    public static String problem(char[] passphrase, char[] repeated, boolean understood) {
        if (passphrase.length < MIN_LENGTH) {
            return t("shell.encryption.problem.short", MIN_LENGTH);
        }
        if (!Arrays.equals(passphrase, repeated)) {
            return t("shell.encryption.problem.differ");
        }
        if (!understood) {
            return t("shell.encryption.problem.understood");
        }
        return "";
    }

    /** What becomes of the backups when the journal's encryption changes. */
    public enum BackupChoice {
        /** Encrypt (turning on), re-encrypt (changing) or decrypt (turning off) them like the journal. */
        CONVERT,
        /** Delete them (turning on). */
        DELETE,
        /** Leave them encrypted, with a copy of their key file (turning off). */
        KEEP
    }

    /** The name of the key file kept beside backups left encrypted when encryption is turned off. */
    public static final String KEPT_BACKUP_KEY = "microlead-backups.key";

    /** Encrypts the journal with a new passphrase, and its backups with it. */
    public void turnOn(char[] passphrase, char[] repeated, boolean understood) {
        turnOn(passphrase, repeated, understood, BackupChoice.CONVERT);
    }

    /** Encrypts the journal with a new passphrase; the backups are encrypted too, or deleted. */
    public void turnOn(char[] passphrase, char[] repeated, boolean understood, BackupChoice backups) {
        String p = problem(passphrase, repeated, understood);
        Arrays.fill(repeated, '\0');
        if (!p.isEmpty()) {
            Arrays.fill(passphrase, '\0');
            failed.set(true);
            message.set(p);
            return;
        }
        convert(null, passphrase, backups == BackupChoice.DELETE ? BackupChoice.DELETE : BackupChoice.CONVERT);
    }

    /** Re-encrypts the journal and its backups with a new passphrase after checking the current one. */
    public void change(char[] current, char[] passphrase, char[] repeated) {
        String p = problem(passphrase, repeated, true);
        Arrays.fill(repeated, '\0');
        if (!p.isEmpty()) {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(current, '\0');
            failed.set(true);
            message.set(p);
            return;
        }
        convert(current, passphrase, BackupChoice.CONVERT);
    }

    /** Decrypts the journal and its backups after checking the current passphrase. */
    public void turnOff(char[] current) {
        turnOff(current, BackupChoice.CONVERT);
    }

    /** Decrypts the journal after checking the current passphrase; the backups are decrypted or kept encrypted. */
    public void turnOff(char[] current, BackupChoice backups) {
        convert(current, null, backups == BackupChoice.KEEP ? BackupChoice.KEEP : BackupChoice.CONVERT);
    }

    private void convert(char[] current, char[] next, BackupChoice backups) {
        busy.set(true);
        failed.set(false);
        message.set(t("shell.encryption.converting"));
        tasks.write(() -> {
            String oldKey = fileKey.get();
            KeyFile existing = null;
            if (oldKey != null) {
                existing = KeyFile.read(folder.root()).orElseThrow();
                if (!isCurrent(current)) {
                    throw new IllegalArgumentException(t("shell.encryption.wrong.current"));
                }
            }
            KeyFile newFile = next == null ? null : KeyFile.create();
            if (newFile != null) {
                beforeEncrypting.run();
            }
            String newKey = newFile == null ? null : newFile.fileKey(next);
            db.changeEncryption(folder, oldKey, newKey, newFile == null ? null : newFile.sealedWith(newKey));
            fileKey.set(newKey);
            return done(oldKey, newKey, existing, backups);
        }, status -> {
            busy.set(false);
            enabled.set(fileKey.get() != null);
            message.set(status);
            afterConverting.run();
        }, e -> {
            busy.set(false);
            failed.set(true);
            message.set(e.getMessage());
            afterConverting.run();
        });
    }

    /**
     * Runs on the UI thread after each conversion has ended, done or not (the backups it converted are listed
     * again with their new sizes).
     */
    public void setAfterConverting(Runnable afterConverting) {
        this.afterConverting = afterConverting;
    }

    /**
     * Tells in the background whether {@code current} is the journal's passphrase, so the dialog that asks
     * for it can stay open and say so instead of closing first; {@code answer} runs on the UI thread, or
     * {@code couldNot} with what went wrong when it cannot be told (an unreadable key file is no wrong passphrase).
     */
    public void checkCurrent(char[] current, Consumer<Boolean> answer, Consumer<String> couldNot) {
        tasks.read(() -> {
            try {
                return isCurrent(current);
            } finally {
                Arrays.fill(current, '\0');
            }
        }, answer::accept, e -> couldNot.accept(String.valueOf(e.getMessage())));
    }

    private boolean isCurrent(char[] current) {
        String oldKey = fileKey.get();
        if (oldKey == null) {
            return true;
        }
        String given = KeyFile.read(folder.root()).orElseThrow().fileKey(current == null ? new char[0] : current);
        return MessageDigest.isEqual(given.getBytes(), oldKey.getBytes());
    }

    /** Whether the message says what went wrong (a wrong current passphrase, a failed conversion). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** Brings the backups in line with the journal; returns the status to show. */
    private String done(String oldKey, String newKey, KeyFile oldFile, BackupChoice backups) {
        Path dir = backupDir.get();
        if (backups == BackupChoice.DELETE) {
            return t("shell.encryption.done.on.deleted", BackupEncryption.deleteAll(dir));
        }
        if (backups == BackupChoice.KEEP) {
            int kept = BackupEncryption.files(dir).size();
            if (kept > 0) {
                oldFile.write(dir, KEPT_BACKUP_KEY);
            }
            return t("shell.encryption.done.off.kept", kept, dir.resolve(KEPT_BACKUP_KEY).toString());
        }
        BackupEncryption.Result r = BackupEncryption.convertAll(dir, oldKey, newKey);
        String status = t(newKey == null ? "shell.encryption.done.off" : oldKey == null ? "shell.encryption.done.on"
                : "shell.encryption.done.change", r.converted());
        return r.failed().isEmpty() ? status : status + " " + t("shell.encryption.backups.failed", r.failed().size(), dir.toString());
    }
}
