package app.microlead.faults;

import app.microlead.backup.BackupEncryption;
import app.microlead.common.DirectTaskRunner;
import app.microlead.security.EncryptedJournal;
import app.microlead.security.EncryptionSettingsViewModel;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Child process of {@link ConversionKillTest}: starts as the app does (finishing or undoing an
 * interrupted conversion, unlocking with the passphrase that matches), then makes the next
 * conversion of the cycle plain → first passphrase → second passphrase → plain through the
 * settings' view model, printing "START" before and "DONE" after it.
 */
public final class ConvertingMain {

    static final String FIRST = "first passphrase A";
    static final String SECOND = "second passphrase B";

    private ConvertingMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Path backupDir = dir.resolve("backups");
        DataFolder folder = DataFolder.open(dir);
        Conversion.recover(folder);
        Conversion.deleteWorkFiles(backupDir);
        Optional<KeyFile> k = KeyFile.read(dir);
        Database db;
        String key = null;
        String current = null;
        if (k.isEmpty()) {
            db = Database.open(folder);
        } else {
            current = k.get().verify(k.get().fileKey(FIRST.toCharArray())) == KeyFile.Verdict.MATCH ? FIRST : SECOND;
            EncryptedJournal.Opened o = EncryptedJournal.open(folder, current.toCharArray());
            BackupEncryption.encryptLeftovers(backupDir, o.fileKey());
            db = o.database();
            key = o.fileKey();
        }
        EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, new AtomicReference<>(key),
                new DirectTaskRunner(), () -> backupDir);
        System.out.println("START");
        System.out.flush();
        if (current == null) {
            vm.turnOn(FIRST.toCharArray(), FIRST.toCharArray(), true);
        } else if (current.equals(FIRST)) {
            vm.change(FIRST.toCharArray(), SECOND.toCharArray(), SECOND.toCharArray());
        } else {
            vm.turnOff(SECOND.toCharArray());
        }
        db.close();
        System.out.println("DONE " + vm.messageProperty().get());
        System.out.flush();
    }
}
