package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.backup.Backups;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    @TempDir
    Path dir;

    private static final String MARKER = "ZEBRA-MARKER-7731 the secret reflection";

    private static void write(Database db, String text) {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                + " VALUES (DATE '2026-03-0" + (1 + text.length() % 8) + "', '" + text + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
    }

    private static String firstText(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM entry WHERE body LIKE 'ZEBRA%'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static boolean fileContains(Path file, String marker) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker);
    }

    @Test
    void theKeyIsDerivedSlowlyFromTheSaltAndNeverStored() throws Exception {
        KeyFile k = KeyFile.create();
        k.write(dir);
        String stored = Files.readString(dir.resolve(KeyFile.NAME));
        assertThat(stored).contains("PBKDF2WithHmacSHA256").contains("600000");
        String key = KeyFile.read(dir).orElseThrow().fileKey("correct horse".toCharArray());
        assertThat(key).hasSize(64).isEqualTo(k.fileKey("correct horse".toCharArray()));
        assertThat(stored).doesNotContain(key);
        assertThat(KeyFile.create().fileKey("correct horse".toCharArray())).as("another salt").isNotEqualTo(key);
    }

    @Test
    void anEncryptedJournalHoldsNoPlaintextAndAWrongPassphraseIsNamed() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("enc"));
        KeyFile k = KeyFile.create();
        k.write(folder.root());
        String key = k.fileKey("correct horse".toCharArray());
        try (Database db = Database.openEncrypted(folder, key)) {
            write(db, MARKER);
        }
        assertThat(fileContains(folder.root().resolve("microlead.mv.db"), "ZEBRA-MARKER")).isFalse();

        String wrong = k.fileKey("wrong horse".toCharArray());
        assertThatThrownBy(() -> Database.openEncrypted(folder, wrong)).isInstanceOf(StorageException.class)
                .hasMessageContaining("passphrase does not match");
        try (Database db = Database.openEncrypted(folder, key)) {
            assertThat(firstText(db)).isEqualTo(MARKER);
        }
    }

    @Test
    void encryptChangeAndDecryptAnExistingJournalWithoutLosingAnything() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("plain"));
        Path file = folder.root().resolve("microlead.mv.db");
        KeyFile k = KeyFile.create();
        String first = k.fileKey("first passphrase".toCharArray());
        String second = k.fileKey("second passphrase".toCharArray());
        try (Database db = Database.open(folder)) {
            write(db, MARKER);
            db.changeEncryption(folder, null, first);
            assertThat(firstText(db)).as("usable right after").isEqualTo(MARKER);
            write(db, "after encryption");
        }
        assertThat(fileContains(file, "ZEBRA-MARKER")).isFalse();
        try (Database db = Database.openEncrypted(folder, first)) {
            db.changeEncryption(folder, first, second);
        }
        assertThatThrownBy(() -> Database.openEncrypted(folder, first)).hasMessageContaining("passphrase does not match");
        try (Database db = Database.openEncrypted(folder, second)) {
            assertThat(firstText(db)).isEqualTo(MARKER);
            db.changeEncryption(folder, second, null);
        }
        try (Database db = Database.open(folder)) {
            assertThat(firstText(db)).isEqualTo(MARKER);
        }
        assertThat(fileContains(file, "ZEBRA-MARKER")).isTrue();
        try (var leftovers = Files.list(folder.root())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".reencrypt"));
        }
    }

    @Test
    void backupsOfAnEncryptedJournalAreEncryptedAndVerified() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("enc2"));
        KeyFile k = KeyFile.create();
        String key = k.fileKey("pass".toCharArray());
        try (Database db = Database.open(folder)) {
            write(db, MARKER);
            db.changeEncryption(folder, null, key);
            Backups.Backup b = new Backups(folder, folder.root().resolve("backups"), Clock.systemUTC()).backup(db, "manual");
            assertThat(b.counts()).containsEntry("entry", 1L);
            try (var zip = new ZipInputStream(Files.newInputStream(b.file()))) {
                zip.getNextEntry();
                assertThat(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("ZEBRA-MARKER");
            }
        }
    }
}
