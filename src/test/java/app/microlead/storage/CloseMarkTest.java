package app.microlead.storage;

import static app.microlead.storage.TestEntries.addEntry;
import static app.microlead.storage.TestEntries.entries;
import static app.microlead.storage.TestEntries.journalWithOneDay;
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
        assertThat(number(folder.root().resolve(CloseMark.FILE))).isEqualTo(2);

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
        assertThat(number(folder.root().resolve(CloseMark.FILE))).as("written again at the close").isEqualTo(3);
    }

    @Test
    void aRunThatOnlyReadsLeavesBothNumbersAsTheyWereAndALockedJournalIsNotOpenedAgainToBeClosed() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path markFile = folder.root().resolve(CloseMark.FILE);
        try (Database db = Database.open(folder)) {
            addEntry(db, "2026-03-01");
        }
        assertThat(number(markFile)).isEqualTo(1);
        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).isEqualTo(1);
        }
        try (Database db = Database.open(folder)) {
            assertThat(db.read(CloseMark::inJournal)).as("not numbered again by a run that only read").isEqualTo(1);
            addEntry(db, "2026-03-02");
            db.suspend(); // the app's lock: closed, numbered
            assertThat(number(markFile)).isEqualTo(2);
            Files.writeString(markFile, "7"); // a second close would number itself 3 and write it here
        } // closed again at exit: nothing to do
        assertThat(Files.readString(markFile).strip()).isEqualTo("7");
    }

    /** The number in a mark file ("number folder-name", or a number alone as written before folders were named). */
    private static long number(Path markFile) throws Exception {
        return Long.parseLong(Files.readString(markFile).strip().split("\\s+")[0]);
    }

    @Test
    void aJournalLastClosedInAnotherFolderIsNotTakenForAnEarlierState() throws Exception {
        DataFolder here = DataFolder.open(dir.resolve("here"));
        for (int day = 1; day <= 3; day++) {
            try (Database db = Database.open(here)) {
                addEntry(db, "2026-03-0" + day);
            }
        }
        String name = Files.readString(here.root().resolve(CloseMark.FILE)).strip().split(" ")[1];
        assertThat(Files.readString(here.root().resolve(CloseMark.FILE)).strip()).as("the folder's name kept").isEqualTo("3 " + name);
        DataFolder there = DataFolder.open(dir.resolve("there"));
        try (Database db = Database.open(there)) {
            addEntry(db, "2026-04-01");
        }

        // a journal from another folder, copied in by hand: its one close counts that folder's closes
        Files.copy(there.root().resolve("microlead.mv.db"), here.root().resolve("microlead.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(here)) {
            assertThat(db.openedEarlierThanLastClose()).as("1 < 3, but another folder's").isFalse();
            assertThat(entries(db)).isEqualTo(1);
        }
        assertThat(Files.readString(here.root().resolve(CloseMark.FILE)).strip()).as("numbered here, under this folder's name")
                .isEqualTo("2 " + name);
    }

    @Test
    void anEarlierStateToldWhereItMayGoUnreadIsToldAgainAtTheNextOpen() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = journalWithOneDay(folder, "2026-03-01");
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
