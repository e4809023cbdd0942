package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.backup.Backups;
import app.microlead.common.I18n;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.JournalDamagedException;
import app.microlead.storage.KeyFile;
import app.microlead.storage.StorageException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking tells a wrong passphrase from a damaged journal, and never opens a new journal in place of one. */
class EncryptedJournalTest {

    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    DataFolder folder;
    Path file;

    @BeforeEach
    void encryptedJournal() {
        I18n.setLocale(Locale.ENGLISH);
        folder = DataFolder.open(dir);
        file = dir.resolve("microlead.mv.db");
        try (Database db = Database.open(folder)) {
            for (int i = 1; i <= 200; i++) {
                int day = i;
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                        + " VALUES (DATE '2020-01-01' + " + day + ", 'day " + day + " " + "x".repeat(500)
                        + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            }
            KeyFile k = KeyFile.create();
            String key = k.fileKey(PASS.toCharArray());
            db.changeEncryption(folder, null, key, k.sealedWith(key));
        }
    }

    private static long entries(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void truncate(long size) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    void theRightPassphraseOpensAndAWrongOneIsRefused() {
        assertThatThrownBy(() -> EncryptedJournal.open(folder, "correct horse batter".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("does not match");
        EncryptedJournal.Opened o = EncryptedJournal.open(folder, PASS.toCharArray());
        try (Database db = o.database()) {
            assertThat(entries(db)).isEqualTo(200);
        }
    }

    @Test
    void aJournalCutToHalfIsDamageWithTheRightPassphraseAndWrongWithAWrongOne() throws Exception {
        truncate(Files.size(file) / 2);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, "not the passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray()))
                .isInstanceOf(JournalDamagedException.class).hasMessageContaining("passphrase is right")
                .satisfies(e -> assertThat(((JournalDamagedException) e).fileKey()).hasSize(64));
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray()))
                .as("still damage at the next try: nothing new was opened in its place").isInstanceOf(JournalDamagedException.class);
    }

    @Test
    void aJournalCutToAFewKilobytesIsDamageNeverANewJournal() throws Exception {
        truncate(6 * 1024);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray())).isInstanceOf(JournalDamagedException.class);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray()))
                .as("still damage the second time: nothing was created meanwhile").isInstanceOf(JournalDamagedException.class);
    }

    @Test
    void anEmptiedJournalIsDamageAndStaysEmpty() throws Exception {
        truncate(0);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray()))
                .isInstanceOf(JournalDamagedException.class).hasMessageContaining("empty or cut short");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aMissingJournalIsDamageAndNoneIsCreated() throws Exception {
        Files.delete(file);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, "wrong passphrase".toCharArray()))
                .as("a wrong passphrase is known from the key file alone").isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> EncryptedJournal.open(folder, PASS.toCharArray()))
                .isInstanceOf(JournalDamagedException.class).hasMessageContaining("is missing");
        assertThat(file).doesNotExist();
    }

    @Test
    void aKeyFileBesideAnUnencryptedJournalAcceptsNoPassphrase() throws Exception {
        Path plainDir = dir.resolve("plain");
        DataFolder plain = DataFolder.open(plainDir);
        Database.open(plain).close();
        Files.copy(dir.resolve(KeyFile.NAME), plainDir.resolve(KeyFile.NAME));
        assertThatThrownBy(() -> EncryptedJournal.open(plain, "any text at all".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> EncryptedJournal.open(plain, PASS.toCharArray()))
                .isInstanceOf(StorageException.class).hasMessageContaining("is not encrypted");
        // an older key file (no check value) cannot tell: still refused, because the file is not encrypted
        KeyFile.create().write(plainDir);
        assertThatThrownBy(() -> EncryptedJournal.open(plain, "any text at all".toCharArray()))
                .hasMessageContaining("is not encrypted");
    }

    @Test
    void anEncryptedJournalWhoseKeyFileIsGoneIsNamedSoAndNothingIsCreated() throws Exception {
        Files.delete(dir.resolve(KeyFile.NAME));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> EncryptedJournal.checkNotEncrypted(folder)).hasMessageContaining("key file (microlead.key) is missing");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        Path plainDir = dir.resolve("plain2");
        DataFolder plain = DataFolder.open(plainDir);
        EncryptedJournal.checkNotEncrypted(plain);
        Database.open(plain).close();
        EncryptedJournal.checkNotEncrypted(plain);
    }

    @Test
    void anOlderKeyFileWithoutCheckValueUnlocksAndIsUpgraded() throws Exception {
        Path oldDir = dir.resolve("old");
        DataFolder old = DataFolder.open(oldDir);
        KeyFile k = KeyFile.create();
        k.write(oldDir);
        try (Database db = Database.open(old)) {
            db.changeEncryption(old, null, k.fileKey(PASS.toCharArray()));
        }
        assertThat(KeyFile.read(oldDir).orElseThrow().hasCheck()).isFalse();
        assertThatThrownBy(() -> EncryptedJournal.open(old, "wrong passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(KeyFile.read(oldDir).orElseThrow().hasCheck()).as("not upgraded by a wrong passphrase").isFalse();
        EncryptedJournal.open(old, PASS.toCharArray()).database().close();
        KeyFile upgraded = KeyFile.read(oldDir).orElseThrow();
        assertThat(upgraded.hasCheck()).isTrue();
        assertThat(upgraded.verify(upgraded.fileKey(PASS.toCharArray()))).isEqualTo(KeyFile.Verdict.MATCH);
        EncryptedJournal.open(old, PASS.toCharArray()).database().close();
    }

    @Test
    void aDamagedJournalIsReplacedByTheNewestBackupThatOpensWithTheKey() throws Exception {
        Path backupDir = dir.resolve("backups");
        Backups older = new Backups(folder, backupDir, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        Backups newer = new Backups(folder, backupDir, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
        Backups.Backup good;
        Backups.Backup broken;
        try (Database db = EncryptedJournal.open(folder, PASS.toCharArray()).database()) {
            good = older.backup(db, "daily");
            broken = newer.backup(db, "daily");
        }
        try (RandomAccessFile f = new RandomAccessFile(broken.file().toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        truncate(Files.size(file) / 2);
        JournalDamagedException damage = (JournalDamagedException) Assertions.catchThrowable(
                () -> EncryptedJournal.open(folder, PASS.toCharArray()));
        Backups.Backup offer = newer.newestThatOpens(damage.fileKey()).orElseThrow();
        assertThat(offer.file()).isEqualTo(good.file());
        newer.requestRestore(offer);
        Backups.applyPendingRestore(folder, backupDir, Clock.systemUTC(), damage.fileKey());
        try (Database db = EncryptedJournal.openWithKey(folder, damage.fileKey())) {
            assertThat(entries(db)).isEqualTo(200);
        }
        try (var kept = Files.list(backupDir)) {
            Path damagedCopy = kept.filter(p -> p.toString().endsWith("before-restore.mv.db")).findFirst().orElseThrow();
            assertThat(Conversion.isEncrypted(damagedCopy)).isTrue();
        }
    }

    @Test
    void aPlainBackupIsNeverRestoredIntoAnEncryptedJournal() throws Exception {
        Path plainDir = dir.resolve("p");
        DataFolder plain = DataFolder.open(plainDir);
        Backups.Backup plainBackup;
        try (Database db = Database.open(plain)) {
            plainBackup = new Backups(plain, plainDir.resolve("backups"), Clock.systemUTC()).backup(db, "manual");
        }
        Backups mine = new Backups(folder, dir.resolve("backups"), Clock.systemUTC());
        assertThatThrownBy(() -> mine.requestRestore(plainBackup)).hasMessageContaining("not encrypted, but your journal is");
        // asked for some other way (an older version's request): refused when applied, too
        Files.writeString(dir.resolve(Backups.PENDING), plainBackup.file().toString());
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Backups.applyPendingRestore(folder, dir.resolve("backups"), Clock.systemUTC(), "00".repeat(32)))
                .hasMessageContaining("not encrypted, but your journal is");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
