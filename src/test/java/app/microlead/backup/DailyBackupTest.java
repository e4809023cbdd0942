package app.microlead.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's automatic backup: made once a day, and a failure is told, not thrown. */
class DailyBackupTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private final Clock evening = Clock.fixed(Instant.parse("2026-03-02T20:00:00Z"), ZoneOffset.UTC);
    private final List<String> failures = new ArrayList<>();

    @Test
    void theFirstStartOfADayMakesOneBackupTheNextNone() {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = folder.root().resolve("backups");
        try (Database db = Database.open(folder)) {
            DailyBackup.run(() -> new Backups(folder, backupDir, clock), db, new DirectTaskRunner(), failures::add);
            DailyBackup.run(() -> new Backups(folder, backupDir, evening), db, new DirectTaskRunner(), failures::add);

            assertThat(new Backups(folder, backupDir, clock).list()).singleElement()
                    .satisfies(b -> {
                        assertThat(b.reason()).isEqualTo("daily");
                        // the morning's (rotation keeps a day's newest: a second backup would have replaced it)
                        assertThat(b.createdAt()).isEqualTo(clock.instant());
                    });
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotHoldBackupsIsTold() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "not a folder");
        try (Database db = Database.open(folder)) {
            DailyBackup.run(() -> new Backups(folder, notAFolder, clock), db, new DirectTaskRunner(), failures::add);

            assertThat(failures).singleElement().asString().isNotBlank();
        }
    }
}
