package app.microlead.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backup.Backups;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.StorageException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flipped bytes in the journal file: opening either still works with the data intact, or fails with
 * a readable StorageException (never a crash), and the newest backup brings the journal back.
 */
class CorruptionTest {

    @TempDir
    Path dir;

    @Test
    void flippedBytesGiveAReadableErrorAndTheBackupRestores() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        Path backups = dir.resolve("backups");
        try (Database db = Database.open(folder)) {
            JdbcJournalRepository j = new JdbcJournalRepository(db, Clock.systemUTC());
            for (int i = 0; i < 50; i++) {
                j.save(new Entry(LocalDate.parse("2026-01-01").plusDays(i), "Day " + i + " " + "text ".repeat(200), 3, null,
                        List.of(), List.of(), null, null));
            }
            new Backups(folder, backups, Clock.systemUTC()).backup(db, "daily");
        }
        Path file = dir.resolve("microlead.mv.db");
        byte[] original = Files.readAllBytes(file);
        int failures = 0;
        long[][] cases = {{0}, {4096}, {0, 4096}, {original.length / 2}, {original.length - 100}, {0, 4096, 8192}};
        for (long[] offsets : cases) {
            Files.write(file, original);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                for (long offset : offsets) {
                    raf.seek(offset);
                    byte[] junk = new byte[256];
                    for (int k = 0; k < junk.length; k++) {
                        junk[k] = (byte) ~original[(int) Math.min(original.length - 1, offset + k)];
                    }
                    raf.write(junk);
                }
            }
            try (Database db = Database.open(folder)) {
                // when H2 can still open it (it keeps two file headers), nothing may be silently missing
                assertThat(new JdbcJournalRepository(db, Clock.systemUTC()).count())
                        .as("damage at %s", Arrays.toString(offsets)).isEqualTo(50);
            } catch (StorageException e) {
                failures++;
                assertThat(e.getMessage()).as("damage at %s", Arrays.toString(offsets)).isNotBlank()
                        .doesNotContain("Exception").doesNotContain("org.h2");
            }
        }
        assertThat(failures).as("damage to both file headers is detected").isPositive();

        Backups b = new Backups(folder, backups, Clock.systemUTC());
        b.requestRestore(b.list().get(0));
        Backups.applyPendingRestore(folder, backups, Clock.systemUTC());
        try (Database db = Database.open(folder)) {
            assertThat(new JdbcJournalRepository(db, Clock.systemUTC()).count()).isEqualTo(50);
        }
    }
}
