package app.microlead.storage;

import static app.microlead.storage.TestEntries.addEntry;
import static app.microlead.storage.TestEntries.entries;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backup.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal that opens as an earlier state than it was last closed in is told apart from every other open. */
class CloseMarkTest {

    @TempDir
    Path dir;

    @Test
    void aJournalBackAtAnEarlierStateIsToldOnceAndNeverOtherwise() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = folder.root().resolve("microlead.mv.db");
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).as("a new journal").isFalse();
            addEntry(db, "2026-03-01");
        }
        Path earlier = dir.resolve("earlier.mv.db");
        Files.copy(file, earlier);
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).as("opened as it was closed").isFalse();
            addEntry(db, "2026-03-02");
        }
        assertThat(Files.readString(folder.root().resolve(CloseMark.FILE)).strip()).isEqualTo("2");

        // the file goes back to the state of the first close, as the damaged journal of the twentieth round did
        Files.copy(earlier, file, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).isEqualTo(1);
            assertThat(db.openedEarlierThanLastClose()).as("the second day, kept at the last close, is missing").isTrue();
        }
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).as("said once: the close after numbers itself from there").isFalse();
        }
    }

    @Test
    void aJournalWithoutTheMarkBesideItOrWithAnUnreadableOneIsNotCompared() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01");
        }
        Files.delete(folder.root().resolve(CloseMark.FILE));
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).isFalse();
        }
        Files.writeString(folder.root().resolve(CloseMark.FILE), "not a number");
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).isFalse();
        }
        assertThat(Files.readString(folder.root().resolve(CloseMark.FILE)).strip()).as("written again at the close").isEqualTo("3");
    }

    @Test
    void aRunThatOnlyReadsLeavesBothNumbersAsTheyWereAndALockedJournalIsNotOpenedAgainToBeClosed() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path markFile = folder.root().resolve(CloseMark.FILE);
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01");
        }
        assertThat(Files.readString(markFile).strip()).isEqualTo("1");
        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).isEqualTo(1);
        }
        try (Database db = Database.open(folder)) {
            assertThat(db.read(CloseMark::inJournal)).as("not numbered again by a run that only read").isEqualTo(1);
            addEntry(db, "2026-03-02");
            db.suspend(); // the app's lock: closed, numbered
            assertThat(Files.readString(markFile).strip()).isEqualTo("2");
            Files.writeString(markFile, "7"); // a second close would number itself 3 and write it here
        } // closed again at exit: nothing to do
        assertThat(Files.readString(markFile).strip()).isEqualTo("7");
    }

    @Test
    void anEarlierStateToldWhereItMayGoUnreadIsToldAgainAtTheNextOpen() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = folder.root().resolve("microlead.mv.db");
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01");
        }
        Path earlier = dir.resolve("earlier.mv.db");
        Files.copy(file, earlier);
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-02");
        }
        Files.copy(earlier, file, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).isTrue();
            db.tellEarlierStateAgainNextTime(); // the command line
            addEntry(db, "2026-03-03"); // a command that writes: its close would number itself
        }
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).as("told again: the day of the second close is still missing").isTrue();
            assertThat(entries(db)).isEqualTo(2);
        }
        try (Database db = Database.open(folder)) {
            assertThat(db.openedEarlierThanLastClose()).as("then once only").isFalse();
        }
    }

    @Test
    void aRestoredBackupIsAnEarlierStateOnPurposeNotLostWork() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path backupDir = folder.root().resolve("backups");
        Backups.Backup backup;
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01");
            backup = new Backups(folder, backupDir, Clock.systemUTC()).backup(db, "manual");
            addEntry(db, "2026-03-02");
        }
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-03");
            new Backups(folder, backupDir, Clock.systemUTC()).requestRestore(backup);
        }
        assertThat(Backups.applyPendingRestore(folder, backupDir, Clock.systemUTC())).isPresent();
        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).as("the restore took place").isEqualTo(1);
            assertThat(db.openedEarlierThanLastClose()).isFalse();
        }
    }
}
