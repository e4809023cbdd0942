package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is typed on a person's page and not saved is on disk within a second of a change, so that a crash or a
 * power cut does not lose it: the next run (a new view model on the same journal, nothing closed) shows it again.
 */
class PersonDraftsOnDiskTest {

    private static final Duration QUIET = PersonViewModel.KEEP_ON_DISK_AFTER;

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private PeopleService service;
    private ManualScheduler scheduler;
    private PeopleViewModel vm;
    private long ana;
    private long ben;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
        repo = new JdbcPeopleRepository(db);
        service = new PeopleService(repo, new JdbcJournalRepository(db, clock), new JdbcHabitRepository(db), clock);
        ana = repo.add(Person.named("Ana Lima", LocalDate.parse("2026-01-05"))).id();
        ben = repo.add(Person.named("Ben", LocalDate.parse("2026-01-05"))).id();
        scheduler = new ManualScheduler();
        vm = started();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A run of the app's People view model on the journal, its roster read. */
    private PeopleViewModel started() {
        PeopleViewModel run = new PeopleViewModel(service, new DirectTaskRunner(), scheduler, new StubDialogs());
        run.load();
        return run;
    }

    /** Ana's page in a run whose tasks wait for {@code held} (its roster and her page read). */
    private PersonViewModel anasPageWith(HeldTaskRunner held) {
        PeopleViewModel run = new PeopleViewModel(service, held, scheduler, new StubDialogs());
        run.load();
        held.release();
        open(run, ana);
        held.release();
        return run.page();
    }

    private void open(PeopleViewModel run, long id) {
        run.selectedProperty().set(run.roster().stream().filter(r -> r.person().id() == id).findFirst().orElseThrow());
    }

    @Test
    void whatIsTypedIsOnDiskASecondAfterTheFirstChangeAndTheNextRunShowsItAgain() {
        open(vm, ana);
        PersonViewModel page = vm.page();
        page.roleProperty().set("Tech lead");
        page.notesProperty().set("She wants to lead the launch");
        page.promiseDueProperty().set(LocalDate.parse("2026-03-20"));
        scheduler.advance(QUIET.minusMillis(1));
        assertThat(repo.drafts()).as("on disk before a second has passed").isEmpty();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(repo.drafts()).containsOnlyKeys(ana);
        assertThat(repo.drafts().get(ana)).containsEntry("role", "Tech lead")
                .containsEntry("notes", "She wants to lead the launch").containsEntry("promise-due", "2026-03-20")
                .doesNotContainKeys("name", "talking-points");

        // the app stops without closing (a crash): the next run shows it as unsaved, and on her page
        PeopleViewModel next = started();
        assertThat(next.page().unsavedPages()).containsExactly("Ana Lima");
        assertThat(next.messageProperty().get()).as("the roster says whose page to open")
                .isEqualTo("Kept from last time and not saved yet: changes on Ana Lima's page.");
        open(next, ben);
        assertThat(next.page().notesProperty().get()).as("Ben's page").isEmpty();
        open(next, ana);
        PersonViewModel again = next.page();
        assertThat(again.roleProperty().get()).isEqualTo("Tech lead");
        assertThat(again.notesProperty().get()).isEqualTo("She wants to lead the launch");
        assertThat(again.promiseDueProperty().get()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(again.nameProperty().get()).isEqualTo("Ana Lima");
        assertThat(again.messageProperty().get()).isEqualTo("Your unsaved changes are still here.");
    }

    @Test
    void typingOnWithoutAPauseIsOnDiskASecondAfterItBegan() {
        open(vm, ana);
        PersonViewModel page = vm.page();
        StringBuilder note = new StringBuilder();
        for (int word = 1; word <= 10; word++) { // a word every 100 ms
            note.append("w").append(word).append(' ');
            page.notesProperty().set(note.toString());
            scheduler.advance(Duration.ofMillis(100));
        }
        assertThat(repo.drafts().get(ana)).as("after a second of typing on").isNotNull()
                .containsEntry("notes", "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 "); // as typed, not as it would be stored
    }

    @Test
    void aPageLeftIsKeptOnDiskAndWhatIsSavedOrClearedLeavesIt() {
        open(vm, ana);
        PersonViewModel page = vm.page();
        page.notesProperty().set("Half a thought");
        open(vm, ben); // before the quiet time is over
        page.roleProperty().set("Designer");
        scheduler.advance(QUIET);
        assertThat(repo.drafts()).as("Ana's page, left, and Ben's, shown").containsOnlyKeys(ana, ben);

        page.save(); // Ben's role stored: nothing of his page is unsaved, at once
        assertThat(repo.find(ben).orElseThrow().role()).isEqualTo("Designer");
        assertThat(repo.drafts()).containsOnlyKeys(ana);

        open(vm, ana);
        page.saveOneOnOne();
        assertThat(repo.oneOnOnes(ana)).hasSize(1);
        assertThat(repo.drafts()).as("after the 1:1 was saved, before any quiet time").isEmpty();

        page.promiseTextProperty().set("Send the slides");
        scheduler.advance(QUIET);
        assertThat(repo.drafts()).containsOnlyKeys(ana);
        page.promiseTextProperty().set("");
        scheduler.advance(QUIET);
        assertThat(repo.drafts()).as("what was typed, then deleted by hand").isEmpty();
    }

    @Test
    void closingTheAppGivesUpWhatItKnowsOfAndLeavesWhatItNeverRead() {
        open(vm, ana);
        vm.page().notesProperty().set("Given up when the window closes");
        scheduler.advance(QUIET);
        assertThat(repo.drafts()).containsOnlyKeys(ana);

        // a run that never showed People (its drafts never read) gives up nothing it has not seen
        PeopleViewModel unseen = new PeopleViewModel(service, new DirectTaskRunner(), scheduler, new StubDialogs());
        unseen.page().dropDrafts();
        assertThat(repo.drafts()).containsOnlyKeys(ana);

        PeopleViewModel next = started();
        assertThat(next.page().unsavedPages()).containsExactly("Ana Lima");
        next.page().dropDrafts(); // the window closed, "Close without saving" chosen
        assertThat(repo.drafts()).isEmpty();
    }

    @Test
    void whatWasTypedSinceTheDraftsWereReadWinsOverWhatIsOnDisk() {
        repo.saveDrafts(Map.of(ana, Map.of("notes", "from the last run"),
                ben, Map.of("notes", "Ben's from the last run", "start-date", "not a date")));
        HeldTaskRunner held = new HeldTaskRunner();
        PeopleViewModel slow = new PeopleViewModel(service, held, scheduler, new StubDialogs());
        slow.load();
        held.step(); // the roster is read; what is on disk is still on its way
        assertThat(slow.roster()).hasSize(2);
        open(slow, ana);
        slow.page().notesProperty().set("typed before the last run's came");
        while (held.held() > 0) {
            held.step();
        }
        assertThat(slow.page().notesProperty().get()).isEqualTo("typed before the last run's came");

        open(slow, ben);
        held.release(); // his page's read
        assertThat(slow.page().notesProperty().get()).as("Ben's page, a field this version cannot read left out")
                .isEqualTo("Ben's from the last run");
        assertThat(slow.page().startDateProperty().get()).isNull();
        assertThat(slow.page().messageProperty().get()).isEqualTo("Your unsaved changes are still here.");

        scheduler.advance(QUIET);
        held.release();
        assertThat(repo.drafts().get(ana)).as("Ana's, as typed in this run").containsEntry("notes",
                "typed before the last run's came");
    }

    @Test
    void aDraftWriteThatFailedIsWrittenAgainWhenPeopleShows() {
        HeldTaskRunner held = new HeldTaskRunner();
        PersonViewModel page = anasPageWith(held);
        page.notesProperty().set("Written before the journal locked");
        scheduler.advance(QUIET);
        held.release();
        page.notesProperty().set("Typed on while it locked");
        scheduler.advance(QUIET);
        db.suspend(); // the journal locks before the write runs
        held.release();
        db.resume(); // and is unlocked
        assertThat(repo.drafts().get(ana)).as("the write having failed").containsEntry("notes",
                "Written before the journal locked");

        page.writeDrafts(); // People shown again
        held.release();
        assertThat(repo.drafts().get(ana)).as("after People showed again").containsEntry("notes",
                "Typed on while it locked");
    }

    @Test
    void whatASaveStoresLeavesTheUnsavedPageInTheSameWriteSoThatNoCrashComesBetween() throws Exception {
        HeldTaskRunner held = new HeldTaskRunner();
        PersonViewModel page = anasPageWith(held);
        page.notesProperty().set("She wants to lead the launch");
        page.promiseTextProperty().set("Send the slides");
        page.roleProperty().set("Tech lead");
        scheduler.advance(QUIET);
        held.release();
        assertThat(repo.drafts().get(ana)).containsKeys("notes", "promise", "role");

        // each save's write is committed and the app stops before it hears so
        page.saveOneOnOne();
        held.stopAfterWork();
        assertThat(repo.oneOnOnes(ana)).hasSize(1);
        assertThat(repo.drafts().get(ana)).as("the note stored, what is left unsaved of her page")
                .doesNotContainKey("notes").containsEntry("promise", "Send the slides").containsEntry("role", "Tech lead");
        page.addPromise();
        held.stopAfterWork();
        assertThat(repo.promises(ana)).hasSize(1);
        assertThat(repo.drafts().get(ana)).doesNotContainKeys("notes", "promise").containsEntry("role", "Tech lead");
        page.save();
        held.stopAfterWork();
        assertThat(repo.find(ana).orElseThrow().role()).isEqualTo("Tech lead");
        assertThat(repo.drafts()).as("all of it stored").isEmpty();

        PeopleViewModel next = started();
        assertThat(next.page().unsavedPages()).as("the next run").isEmpty();
    }

    @Test
    void whatIsKeptOnDiskWhileASaveIsOnItsWayLeavesOutWhatItSaves() {
        HeldTaskRunner held = new HeldTaskRunner();
        PersonViewModel page = anasPageWith(held);
        page.notesProperty().set("Saved at once");
        page.saveOneOnOne(); // within the second: the change is still to be kept on disk
        page.promiseTextProperty().set("Typed while it saves");
        scheduler.advance(QUIET); // kept on disk now, behind the save
        while (held.held() > 0) {
            held.step();
            assertThat(repo.drafts().getOrDefault(ana, Map.of())).as("what is on disk after each write")
                    .doesNotContainKey("notes");
        }
        assertThat(repo.oneOnOnes(ana)).hasSize(1);
        assertThat(repo.drafts().get(ana)).containsEntry("promise", "Typed while it saves");
    }

    @Test
    void aSaveThatFailsLeavesWhatItHeldOnDiskAsUnsavedAlsoInTheWritesQueuedBehindIt() {
        HeldTaskRunner held = new HeldTaskRunner();
        PersonViewModel page = anasPageWith(held);
        page.notesProperty().set("A note the journal could not store");
        scheduler.advance(QUIET);
        held.release();
        page.saveOneOnOne();
        page.promiseTextProperty().set("Typed while it saves");
        scheduler.advance(QUIET); // what is unsaved, kept on disk behind the save (the note left out: on its way)
        db.suspend(); // the journal locks before the save runs
        held.step(); // the save fails
        db.resume();
        held.step(); // the write that was queued behind it
        assertThat(repo.oneOnOnes(ana)).isEmpty();
        assertThat(repo.drafts().get(ana)).as("on disk after the write queued behind the failed save")
                .containsEntry("notes", "A note the journal could not store")
                .containsEntry("promise", "Typed while it saves");
        held.release();
        assertThat(repo.drafts().get(ana)).containsEntry("notes", "A note the journal could not store");
        assertThat(page.notesProperty().get()).as("still on her page, to be saved again")
                .isEqualTo("A note the journal could not store");
    }

    @Test
    void aSaveThatFailsStaysSaidWhenKeepingThePageOnDiskFailsToo() {
        HeldTaskRunner held = new HeldTaskRunner();
        PersonViewModel page = anasPageWith(held);
        page.roleProperty().set("Tech lead");
        page.save();
        db.suspend(); // the journal locks before the save runs, and stays locked for what follows it
        held.step(); // the save fails; keeping her page on disk as unsaved is queued behind it
        String saveFailed = page.messageProperty().get();
        assertThat(saveFailed).as("what the failed save says").startsWith("Saving did not work, so nothing was stored")
                .contains("save again").doesNotContain("..");
        held.step(); // keeping her page on disk fails too
        db.resume();
        held.release();
        assertThat(page.messageProperty().get()).as("the save's failure, still said, and the draft's added")
                .startsWith(saveFailed).contains("could not be kept on disk");
        assertThat(page.roleProperty().get()).as("still on her page, to be saved again").isEqualTo("Tech lead");

        page.save(); // saved once the journal is unlocked: the failures are over and no longer said
        held.release();
        assertThat(page.messageProperty().get()).isEqualTo("Ana Lima is saved.");
    }

    @Test
    void aDeletionUndoneBringsBackWhatWasTypedOnThePersonsPage() {
        open(vm, ana);
        vm.page().notesProperty().set("Half a thought about Ana");
        scheduler.advance(QUIET);
        vm.page().roleProperty().set("Typed just before deleting");
        vm.deleteSelected();
        assertThat(repo.find(ana)).isEmpty();
        assertThat(repo.drafts()).as("gone with her").isEmpty();
        assertThat(vm.page().unsavedPages()).isEmpty();

        vm.undoDelete();
        assertThat(repo.find(ana)).isPresent();
        assertThat(vm.page().unsavedPages()).containsExactly("Ana Lima");
        assertThat(repo.drafts().get(ana)).as("kept on disk again").containsEntry("notes", "Half a thought about Ana")
                .containsEntry("role", "Typed just before deleting");
        open(vm, ana);
        assertThat(vm.page().notesProperty().get()).isEqualTo("Half a thought about Ana");
        assertThat(vm.page().roleProperty().get()).isEqualTo("Typed just before deleting");
        assertThat(vm.page().messageProperty().get()).isEqualTo("Your unsaved changes are still here.");
    }

    @Test
    void whatWasSavedBeforeACrashIsNotShownAsUnsavedAndWhatCannotBeReadIsLeftOut() {
        repo.saveDrafts(Map.of(ana, Map.of("cadence", "WEEKLY", "nudges-off", "yes please")));
        // saved, and the crash came before its draft went
        repo.update(repo.find(ana).orElseThrow().withCadence(Person.Cadence.WEEKLY));
        PeopleViewModel next = started();
        assertThat(next.page().unsavedPages()).as("a draft that holds only what is stored").isEmpty();
        assertThat(next.messageProperty().get()).isEmpty();
        assertThat(repo.drafts()).as("what is on disk of it, once read").isEmpty();
    }

    @Test
    void aPageWrittenAgainAsItIsIsNotWritten() {
        open(vm, ana);
        vm.page().notesProperty().set("Written once");
        scheduler.advance(QUIET);
        long writes = db.writeCount();
        vm.load(); // People shown again, the roster read twice: each time the shown page is settled
        vm.page().writeDrafts();
        assertThat(db.writeCount()).as("writes of an unsaved page that did not change").isEqualTo(writes);
        assertThat(repo.drafts().get(ana)).containsEntry("notes", "Written once");
    }
}
