package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Encryption: turn a passphrase on, change it, or turn it off. The journal is converted
 * through a verified copy; the key file is only put in place once the conversion succeeded.
 */
public final class EncryptionSettingsViewModel {

    public static final int MIN_LENGTH = 8;

    private final DataFolder folder;
    private final Database db;
    private final AtomicReference<String> fileKey;
    private final TaskRunner tasks;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");

    /** @param fileKey the key the journal is open with (null when not encrypted); updated on change */
    public EncryptionSettingsViewModel(DataFolder folder, Database db, AtomicReference<String> fileKey, TaskRunner tasks) {
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

    /** Encrypts the journal with a new passphrase. */
    public void turnOn(char[] passphrase, char[] repeated, boolean understood) {
        String p = problem(passphrase, repeated, understood);
        Arrays.fill(repeated, '\0');
        if (!p.isEmpty()) {
            Arrays.fill(passphrase, '\0');
            message.set(p);
            return;
        }
        convert(null, passphrase, t("shell.encryption.done.on"));
    }

    /** Re-encrypts with a new passphrase after checking the current one. */
    public void change(char[] current, char[] passphrase, char[] repeated) {
        String p = problem(passphrase, repeated, true);
        Arrays.fill(repeated, '\0');
        if (!p.isEmpty()) {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(current, '\0');
            message.set(p);
            return;
        }
        convert(current, passphrase, t("shell.encryption.done.change"));
    }

    /** Decrypts the journal after checking the current passphrase. */
    public void turnOff(char[] current) {
        convert(current, null, t("shell.encryption.done.off"));
    }

    private void convert(char[] current, char[] next, String done) {
        busy.set(true);
        message.set(t("shell.encryption.converting"));
        tasks.write(() -> {
            String oldKey = fileKey.get();
            if (oldKey != null) {
                KeyFile existing = KeyFile.read(folder.root()).orElseThrow();
                String given = existing.fileKey(current == null ? new char[0] : current);
                if (!MessageDigest.isEqual(given.getBytes(), oldKey.getBytes())) {
                    throw new IllegalArgumentException(t("shell.encryption.wrong.current"));
                }
            }
            KeyFile newFile = next == null ? null : KeyFile.create();
            String newKey = newFile == null ? null : newFile.fileKey(next);
            java.nio.file.Path staged = folder.root().resolve(KeyFile.NAME + ".new");
            if (newFile != null) {
                java.nio.file.Path tmpDir = Files.createTempDirectory(folder.root(), ".key");
                newFile.write(tmpDir);
                Files.move(tmpDir.resolve(KeyFile.NAME), staged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.delete(tmpDir);
            }
            try {
                db.changeEncryption(folder, oldKey, newKey);
            } catch (RuntimeException e) {
                Files.deleteIfExists(staged);
                throw e;
            }
            if (newFile != null) {
                Files.move(staged, folder.root().resolve(KeyFile.NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                KeyFile.delete(folder.root());
            }
            fileKey.set(newKey);
            return newKey != null;
        }, on -> {
            busy.set(false);
            enabled.set(on);
            message.set(done);
        }, e -> {
            busy.set(false);
            message.set(e.getMessage());
        });
    }
}
