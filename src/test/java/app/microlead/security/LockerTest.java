package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockerTest {

    @TempDir
    Path dir;

    private static int count(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM app_meta")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void locksAfterQuietTimeAndOpensOnlyWithThePassphrase() {
        DataFolder folder = DataFolder.open(dir);
        KeyFile k = KeyFile.create();
        k.write(dir);
        String key = k.fileKey("correct horse".toCharArray());
        try (Database plain = Database.open(folder)) {
            plain.changeEncryption(folder, null, key);
        }
        ManualScheduler clock = new ManualScheduler();
        try (Database db = Database.openEncrypted(folder, key)) {
            Locker locker = new Locker(folder, db, new AtomicReference<>(key), new DirectTaskRunner(), clock);
            int[] saved = {0};
            locker.beforeLock(() -> saved[0]++);
            locker.setIdleTime(Duration.ofMinutes(15));
            clock.advance(Duration.ofMinutes(14));
            locker.activity();
            clock.advance(Duration.ofMinutes(14));
            assertThat(locker.lockedProperty().get()).as("activity restarted the wait").isFalse();
            clock.advance(Duration.ofMinutes(1));
            assertThat(locker.lockedProperty().get()).isTrue();
            assertThat(saved[0]).isEqualTo(1);
            // closed while locked: its connection pool is gone
            assertThatThrownBy(() -> count(db)).as("closed while locked").isInstanceOf(IllegalStateException.class);

            locker.unlock("wrong horse".toCharArray());
            assertThat(locker.lockedProperty().get()).isTrue();
            assertThat(locker.errorProperty().get()).contains("does not match");
            locker.unlock("correct horse".toCharArray());
            assertThat(locker.lockedProperty().get()).isFalse();
            assertThat(count(db)).isPositive();
        }
    }

    @Test
    void aJournalWithoutEncryptionNeverLocks() {
        DataFolder folder = DataFolder.open(dir);
        ManualScheduler clock = new ManualScheduler();
        try (Database db = Database.open(folder)) {
            Locker locker = new Locker(folder, db, new AtomicReference<>(null), new DirectTaskRunner(), clock);
            locker.setIdleTime(Duration.ofMinutes(1));
            locker.lock();
            clock.advance(Duration.ofHours(1));
            assertThat(locker.lockedProperty().get()).isFalse();
            assertThat(count(db)).isPositive();
        }
    }
}
