package app.microlead.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.StubDialogs;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private static void addEntry(Database db, String date, String text) {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                + " VALUES (DATE '" + date + "', '" + text + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
    }

    private static long count(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aBackupIsVerifiedAndDescribed() {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01", "one");
            addEntry(db, "2026-03-02", "two");
            Backups backups = new Backups(folder, folder.root().resolve("backups"), Clock.systemUTC());
            assertThat(backups.dailyDue()).isTrue();
            // a backup before an import holds the journal as it was before: today's backup is still due
            backups.backup(db, "before-import");
            assertThat(backups.dailyDue()).isTrue();
            Backups.Backup b = backups.backup(db, "manual");
            assertThat(b.counts()).containsEntry("entry", 2L).containsEntry("habit", 0L);
            assertThat(b.describeContents()).startsWith("2 days, 0 habits");
            assertThat(b.size()).isPositive();
            assertThat(backups.list()).hasSize(2).filteredOn(x -> x.reason().equals("manual")).singleElement()
                    .satisfies(x -> assertThat(x.counts()).containsEntry("entry", 2L));
            assertThat(backups.dailyDue()).isFalse();
        }
    }

    @Test
    void aBackupWithoutItsDescriptionTakesTimeAndReasonFromItsNameAndClaimsNoCounts() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = folder.root().resolve("backups");
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01", "one");
            Clock clock = Clock.fixed(Instant.parse("2026-03-05T09:00:00Z"), ZoneId.of("Europe/Berlin"));
            Backups backups = new Backups(folder, backupDir, clock);
            Backups.Backup made = backups.backup(db, "daily");
            // as H2's BACKUP TO before a schema upgrade leaves it: a zip, no description, and (after the folder was
            // copied) a file time of the copy
            Path upgrade = backupDir.resolve("microlead-2026-03-04T22-30-00-before-upgrade.zip");
            Files.copy(made.file(), upgrade);
            Files.setLastModifiedTime(upgrade, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));

            Backups.Backup read = backups.list().stream().filter(b -> b.file().equals(upgrade)).findFirst().orElseThrow();
            assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-03-04T21:30:00Z")); // Berlin's 22:30
            assertThat(read.reason()).isEqualTo("before-upgrade");
            assertThat(read.describeContents()).isEqualTo("contents not counted");
            assertThat(backups.list().get(0).file()).isEqualTo(made.file()); // the newest by when it was made
        }
    }

    @Test
    void rotationKeepsSevenDaysAndFourWeeks() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = folder.root().resolve("backups");
        try (Database db = Database.open(folder)) {
            Instant start = Instant.parse("2026-01-01T12:00:00Z");
            for (int day = 0; day < 40; day++) {
                Clock c = Clock.fixed(start.plusSeconds(day * 86_400L), ZoneOffset.UTC);
                new Backups(folder, backupDir, c).backup(db, "daily");
            }
            Backups backups = new Backups(folder, backupDir, Clock.systemUTC());
            assertThat(backups.list()).hasSize(40);
            List<Path> removed = backups.rotate();
            List<Backups.Backup> kept = backups.list();
            // the 7 newest days, plus the newest of the 4 newest ISO weeks (some of them already among the 7 days)
            assertThat(kept.size()).isBetween(8, 11);
            assertThat(removed).hasSize(40 - kept.size());
            assertThat(kept.get(0).createdAt()).isEqualTo(start.plusSeconds(39 * 86_400L));
            assertThat(Files.list(backupDir).filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(kept.size());
        }
    }

    @Test
    void aRequestedRestoreIsAppliedAtTheNextStartKeepingTheCurrentState() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = folder.root().resolve("backups");
        Backups.Backup b;
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01", "kept in the backup");
            Backups backups = new Backups(folder, backupDir, Clock.systemUTC());
            b = backups.backup(db, "manual");
            addEntry(db, "2026-03-02", "written after the backup");
            assertThat(count(db)).isEqualTo(2);
            backups.requestRestore(b);
        }
        assertThat(Backups.applyPendingRestore(folder, backupDir, Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"),
                ZoneId.of("UTC")))).contains(b.file());
        // the journal put in place is the backup's database as it was written, not a copy rewritten by its check
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(b.file()))) {
            z.getNextEntry();
            assertThat(Files.readAllBytes(folder.root().resolve("microlead.mv.db"))).isEqualTo(z.readAllBytes());
        }
        try (Database db = Database.open(folder)) {
            assertThat(count(db)).isEqualTo(1);
        }
        assertThat(backupDir.resolve("microlead-2026-03-03T10-00-00-before-restore.mv.db")).exists();
        assertThat(Backups.applyPendingRestore(folder, backupDir, Clock.systemUTC())).isEmpty();
        // the next start says which backup it restored, once
        StubDialogs dialogs = new StubDialogs();
        Locale before = I18n.locale();
        I18n.setLocale(Locale.ENGLISH);
        try {
            RestoreNotice.sayIfApplied(folder, Clock.systemUTC(), new DirectTaskRunner(), dialogs);
            assertThat(dialogs.shown).singleElement().asString().startsWith("Your journal was restored")
                    .contains(b.describeContents()).contains("the journal a restore replaced");
        } finally {
            I18n.setLocale(before);
        }
        RestoreNotice.sayIfApplied(folder, Clock.systemUTC(), new DirectTaskRunner(), dialogs);
        assertThat(dialogs.shown).as("said at one start only").hasSize(1);

        // the journal the restore replaced is listed with the backups (the restore can be undone), never taken
        // for the newest backup that opens (it may be a damaged journal), and restoring it brings both days back
        Clock later = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneId.of("UTC"));
        Backups backups = new Backups(folder, backupDir, later);
        Backups.Backup kept = backups.list().stream().filter(x -> x.reason().equals("before-restore")).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + backups.list()));
        assertThat(kept.createdAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.file()))).isEqualTo("rw-------");
        }
        assertThat(backups.newestThatOpens(null)).hasValueSatisfying(x -> assertThat(x.file()).isEqualTo(b.file()));
        // a backup made the same day after it does not rotate it away
        try (Database db = Database.open(folder)) {
            new Backups(folder, backupDir, Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), ZoneId.of("UTC")))
                    .backup(db, "daily");
        }
        backups.rotate();
        assertThat(kept.file()).exists();
        backups.requestRestore(kept);
        assertThat(Backups.applyPendingRestore(folder, backupDir, later)).contains(kept.file());
        try (Database db = Database.open(folder)) {
            assertThat(count(db)).as("the day written after the backup, back").isEqualTo(2);
        }
    }

    @Test
    void onlyTheNewestThreeJournalsARestoreReplacedAreKept() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = Files.createDirectories(folder.root().resolve("backups"));
        for (int day = 1; day <= 5; day++) {
            Files.writeString(backupDir.resolve("microlead-2026-03-0" + day + "T10-00-00-before-restore.mv.db"), "x");
        }
        Backups backups = new Backups(folder, backupDir, Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("UTC")));
        assertThat(backups.list()).as("the test can fail: all five are listed").hasSize(5);
        backups.rotate();
        assertThat(backups.list()).extracting(x -> x.file().getFileName().toString()).containsExactly(
                "microlead-2026-03-05T10-00-00-before-restore.mv.db", "microlead-2026-03-04T10-00-00-before-restore.mv.db",
                "microlead-2026-03-03T10-00-00-before-restore.mv.db");
    }
}
