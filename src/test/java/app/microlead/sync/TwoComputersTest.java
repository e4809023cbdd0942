package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two computers, one journal: days written on either reach the other, whatever the folder does. */
class TwoComputersTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @TempDir
    Path dir;
    private TestDevice a;
    private TestDevice b;
    private SimulatedSyncService service;

    @BeforeEach
    void open() {
        a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
        b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:04:00Z")); // four minutes of clock skew
        service = new SimulatedSyncService(new Random(1), a.folder, b.folder);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private void exchange() {
        a.round();
        b.round();
        service.settle();
        a.round();
        b.round();
        service.settle();
    }

    @Test
    void aSecondComputerJoinsAndBothSeeEachOthersDays() {
        a.write(MONDAY, "Walked the floor and asked what slows the team down.");
        a.setUp("correct horse battery");
        a.round();
        service.settle();
        b.write(TUESDAY, "Gave the release decision to Sam.");
        b.setUp("correct horse battery");
        exchange();

        assertThat(b.text(MONDAY)).isEqualTo("Walked the floor and asked what slows the team down.");
        assertThat(a.text(TUESDAY)).isEqualTo("Gave the release decision to Sam.");
        assertThat(b.backups).as("a backup before merging into a journal with days").isEqualTo(1);
        assertThat(a.export()).isEqualTo(b.export());

        b.write(MONDAY, "Walked the floor; Sam raised the build times.");
        exchange();
        assertThat(a.text(MONDAY)).isEqualTo("Walked the floor; Sam raised the build times.");
        assertThat(a.engine.conflicts()).isEmpty();
    }

    @Test
    void aComputerMovedToAnotherFolderWritesEverythingThereSoAComputerJoiningItGetsTheWholeJournal() {
        a.write(MONDAY, "Walked the floor and asked what slows the team down.");
        a.setUp("correct horse battery");
        a.round();
        try (TestDevice c = new TestDevice(dir, "moved", Instant.parse("2026-12-01T18:10:00Z"))) {
            // the laptop now syncs through the folder the third computer sees ("moved-sync"), then leaves and comes back
            a.engine.setUp(c.folder, "a new folder's passphrase".toCharArray());
            a.round();
            c.setUp("a new folder's passphrase");
            c.round();
            assertThat(c.text(MONDAY)).isEqualTo("Walked the floor and asked what slows the team down.");

            // the same folder named another way is not another folder: nothing is written over again
            long snapshot = new SyncSettings(new SyncStore(a.db)).number(SyncSettings.SNAPSHOT_SEQ);
            a.engine.setUp(c.folder.getParent().resolve(".").resolve(c.folder.getFileName()),
                    "a new folder's passphrase".toCharArray());
            assertThat(new SyncSettings(new SyncStore(a.db)).number(SyncSettings.SNAPSHOT_SEQ)).isEqualTo(snapshot);

            a.engine.leave();
            a.engine.setUp(b.folder, "correct horse battery".toCharArray());
            a.round();
            b.setUp("correct horse battery");
            b.round();
            assertThat(b.text(MONDAY)).isEqualTo("Walked the floor and asked what slows the team down.");
        }
    }

    @Test
    void aMistypedFolderOrAShortPassphraseForANewFolderIsRefusedAndNothingIsMade() {
        Path typo = dir.resolve("Sycn/microlead");
        assertThatThrownBy(() -> a.engine.setUp(typo, "correct horse battery".toCharArray()))
                .isInstanceOf(SyncException.class).hasMessageContaining("There is no folder " + typo.getParent());
        assertThat(typo.getParent()).doesNotExist();
        assertThatThrownBy(() -> a.engine.setUp(a.folder, "ab".toCharArray()))
                .isInstanceOf(SyncException.class).hasMessageContaining("at least 8 characters");
        assertThat(a.folder.resolve(SyncFolder.HEADER)).doesNotExist();
        assertThat(a.engine.isSetUp()).isFalse();
    }

    @Test
    void aFolderHoldingOtherFilesOrAFileIsRefusedInWordsAndLeftAsItWas() throws IOException {
        char[] pass = "correct horse battery".toCharArray();
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(documents.resolve("notes.txt"), "mine");
        Files.createDirectories(documents.resolve("photos"));
        assertThatThrownBy(() -> a.engine.setUp(documents, pass)).isInstanceOf(SyncException.class)
                .hasMessageContaining("already holds other files (notes.txt and 1 more)")
                .hasMessageContaining("for example " + documents.resolve("microlead"));
        // the data folder itself: its journal would travel as a file and be corrupted
        assertThatThrownBy(() -> a.engine.setUp(a.data, pass)).isInstanceOf(SyncException.class)
                .hasMessage(a.data + " is a Microlead data folder: it holds a journal, and a journal that a sync service"
                        + " copies between computers gets corrupted. Choose an empty folder outside it, inside the folder"
                        + " your sync service carries.");
        Path file = Files.writeString(dir.resolve("sync.txt"), "");
        assertThatThrownBy(() -> a.engine.setUp(file, pass)).isInstanceOf(SyncException.class)
                .hasMessage(file + " is a file, not a folder. Choose a folder for sync (or type the path of a new one:"
                        + " it is made).");
        assertThat(documents.resolve(SyncFolder.HEADER)).doesNotExist();
        assertThat(a.data.resolve(SyncFolder.HEADER)).doesNotExist();
        assertThat(a.engine.isSetUp()).isFalse();

        // hidden files a sync service keeps there do not count
        Files.createDirectories(a.folder.resolve(".stfolder"));
        a.setUp("correct horse battery");
        assertThat(a.engine.isSetUp()).isTrue();
    }

    @Test
    void aFolderWhoseKeyFileHasNotArrivedIsNotSetUpASecondTime() throws IOException {
        a.write(MONDAY, "First.");
        a.setUp("correct horse battery");
        a.round();
        service.settle();
        Files.delete(b.folder.resolve(SyncFolder.HEADER)); // the service has not copied it yet
        assertThatThrownBy(() -> b.setUp("correct horse battery")).isInstanceOf(SyncException.class)
                .hasMessageContaining("holds another computer's sync files but not yet their key file");
        assertThat(b.folder.resolve(SyncFolder.HEADER)).doesNotExist();

        Files.delete(a.folder.resolve(SyncFolder.HEADER));
        assertThatThrownBy(a::round).isInstanceOf(SyncException.class)
                .hasMessageContaining("is there but its key file " + SyncFolder.HEADER + " is not");
    }

    @Test
    void aRoundWithNothingNewChangesNothingAndTheNextWriteStillTravels() {
        a.write(MONDAY, "First.");
        a.setUp("quiet rounds");
        a.round();
        service.settle();
        b.setUp("quiet rounds");
        exchange();
        long files = a.engine.round().filesMerged();
        RoundReport quiet = a.engine.round();
        assertThat(quiet.sent()).isZero();
        assertThat(quiet.recordsChanged()).isZero();
        assertThat(files).isZero();

        a.write(TUESDAY, "Written after quiet rounds.");
        assertThat(a.round().sent()).as("the write after a quiet round is sent").isPositive();
        service.settle();
        b.round();
        assertThat(b.text(TUESDAY)).isEqualTo("Written after quiet rounds.");
        b.write(MONDAY, "Changed on home.");
        b.round();
        service.settle();
        assertThat(a.round().recordsChanged()).as("new files end a run of quiet rounds").isPositive();
        assertThat(a.text(MONDAY)).isEqualTo("Changed on home.");
    }

    @Test
    void editsOfOneDayMadeWithoutSeeingEachOtherKeepBothTextsUntilOneIsPicked() {
        a.setUp("pass phrase one");
        a.round();
        service.settle();
        b.setUp("pass phrase one");
        exchange();
        a.write(MONDAY, "Laptop version of Monday.");
        b.write(MONDAY, "Home version of Monday.");
        exchange();

        assertThat(a.text(MONDAY)).contains("Laptop version of Monday.", "Home version of Monday.");
        assertThat(b.text(MONDAY)).isEqualTo(a.text(MONDAY));
        assertThat(a.engine.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.day()).isEqualTo(MONDAY);
            assertThat(c.texts()).containsExactlyInAnyOrder("Laptop version of Monday.", "Home version of Monday.");
        });
        assertThat(b.engine.conflicts()).hasSize(1);

        a.engine.resolve(MONDAY, "Home version of Monday.");
        exchange();
        assertThat(a.text(MONDAY)).isEqualTo("Home version of Monday.");
        assertThat(b.text(MONDAY)).isEqualTo("Home version of Monday.");
        assertThat(a.engine.conflicts()).isEmpty();
        assertThat(b.engine.conflicts()).isEmpty();
    }

    @Test
    void aHabitDeletedHereWhileGivenAPlanThereAndChosenAgainIsTheSameOnBoth() {
        a.setUp("habits come back");
        a.round();
        service.settle();
        b.setUp("habits come back");
        var habits = a.backend.habitRepository();
        habits.add(new Habit(0, "trust-1", "Ask one question", "", null, Schedule.parse("DAILY"), 0, false, MONDAY, ""));
        exchange();
        Habit there = b.backend.habitRepository().habits(true).get(0);

        // without seeing each other: deleted on the laptop, given a plan and a check-in at home (whose clock is ahead)
        habits.delete(habits.habits(true).get(0).id());
        b.backend.habitRepository().update(new Habit(there.id(), there.catalogueId(), there.name(), "", null,
                there.schedule(), 0, false, MONDAY, "After stand-up, ask one question"));
        b.backend.habitRepository().setCheckIn(new CheckIn(there.id(), MONDAY, CheckIn.State.DONE, "asked Sam"));
        exchange();
        assertThat(a.backend.habitRepository().habits(true)).as("deleted on both: no schedule left").isEmpty();
        assertThat(b.backend.habitRepository().habits(true)).isEmpty();

        // chosen again on the laptop, without a plan: it is the same habit on both, with or without the old
        // plan and check-in, but not with them on one computer only
        habits.add(new Habit(0, "trust-1", "Ask one question", "", null, Schedule.parse("DAILY"), 0, false, TUESDAY, ""));
        exchange();
        Habit here = habits.habits(true).get(0);
        assertThat(b.backend.habitRepository().habits(true)).singleElement().satisfies(h -> {
            assertThat(h.ifThenPlan()).isEqualTo(here.ifThenPlan());
            assertThat(b.backend.habitRepository().checkIns(h.id()).keySet())
                    .isEqualTo(habits.checkIns(here.id()).keySet());
        });
        assertThat(b.export()).isEqualTo(a.export());
    }

    /**
     * One computer moves a habit's start later while the other marks days before that new start, neither having
     * seen the other: once synced, both count the habit from the first mark, with the marks, and no round writes
     * a start of its own for it (the stored start, the laptop's, is the same on both and stays so).
     */
    @Test
    void marksMadeBeforeAStartMovedLaterOnTheOtherComputerCountOnBoth() {
        LocalDate added = MONDAY.minusDays(10);
        LocalDate moved = MONDAY.minusDays(3);
        a.setUp("habits start together");
        a.round();
        service.settle();
        b.setUp("habits start together");
        var laptop = a.backend.habitRepository();
        laptop.add(new Habit(0, null, "Ask one question", "", null, Schedule.parse("DAILY"), 0, false, added, ""));
        exchange();
        Habit there = b.backend.habitRepository().habits(true).get(0);

        laptop.update(laptop.habits(true).get(0).withStartDate(moved));
        b.backend.habits().mark(there, added.plusDays(2), CheckIn.State.DONE, "");
        b.backend.habits().mark(there, added.plusDays(3), CheckIn.State.DONE, "");
        exchange();

        for (TestDevice d : List.of(a, b)) {
            assertThat(d.backend.habitRepository().habits(true)).singleElement()
                    .satisfies(h -> assertThat(h.startDate()).as(d.name + ", stored").isEqualTo(moved));
            var row = d.backend.habits().rows(false).get(0);
            assertThat(row.habit().startDate()).as(d.name).isEqualTo(added.plusDays(2));
            assertThat(row.stats().best().length()).as(d.name + ": the early marks counted").isEqualTo(2);
            // the day between the first mark and the stored start takes a mark on either
            d.backend.habits().mark(row.habit(), added.plusDays(4), CheckIn.State.SKIPPED, "");
            assertThat(d.backend.habits().rows(false).get(0).stateOn(added.plusDays(4)))
                    .isEqualTo(CheckIn.State.SKIPPED);
            d.backend.habits().mark(row.habit(), added.plusDays(4), null, "");
        }
        exchange();
        assertThat(a.export()).isEqualTo(b.export());
        assertThat(a.backend.habitRepository().habits(true).get(0).startDate()).isEqualTo(moved);
        assertThat(b.backend.habits().rows(false).get(0).habit().startDate()).isEqualTo(added.plusDays(2));
    }

    @Test
    void theFolderHoldsNoPlaintext() throws IOException {
        a.write(MONDAY, "The Zebrafinch offsite went well.");
        a.backend.habitRepository().add(new Habit(0, null, "Zebrafinch check", "", null,
                Schedule.parse("DAILY"), 0, false, MONDAY, ""));
        a.setUp("a long sync passphrase");
        a.round();
        service.settle();
        b.setUp("a long sync passphrase");
        exchange();
        assertThat(b.text(MONDAY)).contains("Zebrafinch");

        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> f.startsWith(a.folder) || f.startsWith(b.folder)).toList();
        }
        assertThat(files).hasSizeGreaterThan(2);
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(content.toLowerCase()).as(f.toString()).doesNotContain("zebrafinch").doesNotContain("offsite");
        }
    }

    @Test
    void aWrongPassphraseIsRefusedInWordsAndChangesNothing() {
        a.write(MONDAY, "Monday.");
        a.setUp("the right one");
        a.round();
        service.settle();
        b.write(TUESDAY, "Tuesday.");
        assertThatThrownBy(() -> b.setUp("the wrong one")).isInstanceOf(SyncException.class)
                .hasMessageContaining("not the passphrase of this sync folder");
        assertThat(b.engine.isSetUp()).isFalse();
        assertThat(b.text(MONDAY)).isNull();
        assertThat(b.text(TUESDAY)).isEqualTo("Tuesday.");
    }
}
