package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.I18n;
import app.microlead.security.EncryptedJournal;
import app.microlead.security.WrongPassphraseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversion interrupted between any two of its steps is finished or undone at the next start:
 * the journal and the key file always belong together, and no work copy is left.
 */
class ConversionTest {

    private static final String MARKER = "QUOKKA-7319";
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    DataFolder folder;
    Path db;

    @BeforeEach
    void plainJournal() {
        I18n.setLocale(Locale.ENGLISH);
        folder = DataFolder.open(dir);
        db = dir.resolve("microlead.mv.db");
        try (Database d = Database.open(folder)) {
            d.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                    + " VALUES (DATE '2026-03-01', '" + MARKER + " met the team', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    private String bodies(Database d) {
        return d.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM entry")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** An encrypted copy of the plain journal in a work folder, and its key file. */
    private Path encryptedCopy(KeyFile[] keyOut, String[] fileKeyOut) throws Exception {
        Path work = Files.createTempDirectory(dir, Conversion.WORK_PREFIX);
        KeyFile k = KeyFile.create();
        String key = k.fileKey(PASS.toCharArray());
        Path copy = work.resolve("microlead.mv.db");
        Conversion.copy(db, null, copy, key);
        keyOut[0] = k.sealedWith(key);
        fileKeyOut[0] = key;
        return copy;
    }

    private void assertNoWorkFilesLeft() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".convert") || n.startsWith(".reencrypt")
                    || n.equals(Conversion.PENDING) || n.endsWith(".restoring") || n.endsWith(".tmp") || n.endsWith(".key.new"));
        }
    }

    @Test
    void theEncryptedCopyIsEncryptedFromItsFirstByte() throws Exception {
        Path copy = encryptedCopy(new KeyFile[1], new String[1]);
        assertThat(Conversion.isEncrypted(copy)).isTrue();
        assertThat(contains(copy, MARKER)).isFalse();
        assertThat(contains(db, MARKER)).as("the plain journal does hold it (the test can fail)").isTrue();
    }

    @Test
    void interruptedAfterTheRecordBeforeTheRenameLeavesTheOldJournalWithoutKey() throws Exception {
        KeyFile[] k = new KeyFile[1];
        Path copy = encryptedCopy(k, new String[1]);
        Conversion.writeRecord(folder, copy, k[0], false);
        // crash here; the next start:
        Conversion.recover(folder);
        assertThat(KeyFile.read(dir)).isEmpty();
        assertThat(Conversion.isEncrypted(db)).isFalse();
        assertNoWorkFilesLeft();
        try (Database d = Database.open(folder)) {
            assertThat(bodies(d)).contains(MARKER);
        }
    }

    @Test
    void interruptedAfterTheRenameLeavesTheNewJournalWithItsKey() throws Exception {
        KeyFile[] k = new KeyFile[1];
        String[] key = new String[1];
        Path copy = encryptedCopy(k, key);
        Conversion.writeRecord(folder, copy, k[0], false);
        Files.move(copy, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // crash here, before the key file was put in place; the next start:
        assertThat(KeyFile.read(dir)).isEmpty();
        Conversion.recover(folder);
        assertThat(KeyFile.read(dir)).isPresent();
        assertNoWorkFilesLeft();
        assertThatThrownBy(() -> EncryptedJournal.open(folder, "any other text".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        try (Database d = EncryptedJournal.open(folder, PASS.toCharArray()).database()) {
            assertThat(bodies(d)).contains(MARKER);
        }
        assertThat(contains(db, MARKER)).isFalse();
    }

    @Test
    void anInterruptedDecryptionAfterTheRenameRemovesTheKeyFile() throws Exception {
        KeyFile[] k = new KeyFile[1];
        String[] key = new String[1];
        Path copy = encryptedCopy(k, key);
        Conversion.commit(folder, copy, k[0], false);
        assertThat(KeyFile.read(dir)).isPresent();
        Path work = Files.createTempDirectory(dir, Conversion.WORK_PREFIX);
        Path plain = work.resolve("microlead.mv.db");
        Conversion.copy(db, key[0], plain, null);
        Conversion.writeRecord(folder, plain, null, true);
        Files.move(plain, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Conversion.recover(folder);
        assertThat(KeyFile.read(dir)).isEmpty();
        assertNoWorkFilesLeft();
        try (Database d = Database.open(folder)) {
            assertThat(bodies(d)).contains(MARKER);
        }
    }

    @Test
    void aStagedKeyOfTheOlderCodeBesideAPlainJournalIsDroppedSoNoLockScreenAppears() throws Exception {
        KeyFile k = KeyFile.create();
        k.write(dir);
        Files.move(dir.resolve(KeyFile.NAME), dir.resolve(KeyFile.NAME + ".new"));
        Path leftover = Files.createDirectory(dir.resolve(".reencrypt4711"));
        Files.copy(db, leftover.resolve("microlead.mv.db"));
        Files.copy(db, dir.resolve("microlead.mv.db.restoring"));
        Conversion.recover(folder);
        assertThat(KeyFile.read(dir)).isEmpty();
        assertThat(dir.resolve(KeyFile.NAME + ".new")).doesNotExist();
        assertNoWorkFilesLeft();
        try (Database d = Database.open(folder)) {
            assertThat(bodies(d)).contains(MARKER);
        }
    }

    @Test
    void aStagedKeyOfTheOlderCodeBesideAnEncryptedJournalIsPutInPlace() throws Exception {
        KeyFile k = KeyFile.create();
        try (Database d = Database.open(folder)) {
            d.changeEncryption(folder, null, k.fileKey(PASS.toCharArray()));
        }
        k.write(dir);
        Files.move(dir.resolve(KeyFile.NAME), dir.resolve(KeyFile.NAME + ".new"));
        Conversion.recover(folder);
        try (Database d = EncryptedJournal.open(folder, PASS.toCharArray()).database()) {
            assertThat(bodies(d)).contains(MARKER);
        }
    }
}
