package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleViewModelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-12");

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private JdbcJournalRepository journal;
    private StubDialogs dialogs;
    private ManualScheduler scheduler;
    private PeopleViewModel vm;
    private MutableClock clock;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
        repo = new JdbcPeopleRepository(db);
        journal = new JdbcJournalRepository(db, clock);
        dialogs = new StubDialogs();
        scheduler = new ManualScheduler();
        vm = new PeopleViewModel(new PeopleService(repo, journal, new JdbcHabitRepository(db), clock),
                new DirectTaskRunner(), scheduler, dialogs);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A view model whose reads and writes wait for {@code held}, with {@code names} added (each write let through). */
    private PeopleViewModel slowWith(HeldTaskRunner held, String... names) {
        PeopleViewModel slow = new PeopleViewModel(new PeopleService(repo, journal, new JdbcHabitRepository(db), clock),
                held, scheduler, dialogs);
        for (String name : names) {
            slow.newNameProperty().set(name);
            slow.add();
            held.release();
        }
        return slow;
    }

    private void add(String name) {
        vm.newNameProperty().set(name);
        vm.add();
    }

    @Test
    void nobodyIsSaidOnlyWhenThereIsNoOneAtAllArchivedPeopleIncluded() {
        assertThat(vm.nobodyProperty().get()).isTrue();
        add("Ana Lima");
        assertThat(vm.nobodyProperty().get()).isFalse();
        vm.toggleArchived(); // Ana archived: the roster shows no one, but there is someone
        assertThat(vm.roster()).isEmpty();
        assertThat(vm.nobodyProperty().get()).isFalse();
    }

    @Test
    void addEditArchiveAndBringBack() {
        add("  ");
        assertThat(vm.messageProperty().get()).isEqualTo("Write the person's name.");
        add("Ana Lima");
        add("Ben");
        assertThat(vm.roster()).extracting(r -> r.person().name()).containsExactly("Ana Lima", "Ben");
        assertThat(vm.selectedProperty().get().person().name()).isEqualTo("Ben");

        PersonViewModel page = vm.page();
        page.roleProperty().set("Designer");
        page.cadenceProperty().set(Person.Cadence.WEEKLY);
        page.save();
        assertThat(repo.people(false).get(1).role()).isEqualTo("Designer");
        assertThat(vm.roster().get(1).summary()).startsWith("Designer · last 1:1: never");

        vm.toggleArchived();
        assertThat(vm.roster()).extracting(r -> r.person().name()).containsExactly("Ana Lima");
        vm.showArchivedProperty().set(true);
        vm.selectedProperty().set(vm.roster().get(1));
        vm.toggleArchived();
        vm.showArchivedProperty().set(false);
        assertThat(vm.roster()).hasSize(2);
    }

    @Test
    void aMessageSaidTwiceIsSaidTwiceAndSomeoneAddedIsSaidOnceTheirPageIsChosen() {
        List<String> said = new ArrayList<>();
        vm.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                said.add(now + (vm.selectedProperty().get() == null ? "" : " / " + vm.selectedProperty().get().person().name()));
            }
        });
        add("  ");
        add("  ");
        add("Ana Lima");
        // the same words twice are two messages (a narrow window shows only what is said while a page is shown)
        assertThat(said).containsExactly("Write the person's name.", "Write the person's name.",
                "Ana Lima was added. / Ana Lima");
    }

    @Test
    void whatWasTypedForOnePersonStaysWithThemWhenAnotherIsOpened() {
        add("Ana Lima");
        add("Ben");
        PersonViewModel page = vm.page();
        vm.selectedProperty().set(vm.roster().get(0));
        page.roleProperty().set("Tech lead");
        page.notesProperty().set("Talked about the move to Lisbon");
        page.promiseTextProperty().set("Send her the conference budget");

        vm.selectedProperty().set(vm.roster().get(1));
        assertThat(page.nameProperty().get()).isEqualTo("Ben");
        assertThat(page.roleProperty().get()).as("Ben's role").isEmpty();
        assertThat(page.notesProperty().get()).as("Ben's 1:1 note").isEmpty();
        assertThat(page.promiseTextProperty().get()).as("Ben's new promise").isEmpty();
        assertThat(page.messageProperty().get()).as("Ben's page, nothing typed for him").isEmpty();
        page.saveOneOnOne(); // a blank form: nothing of Ana's is saved as Ben's
        assertThat(repo.oneOnOnes(vm.roster().get(1).person().id())).isEmpty();

        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.roleProperty().get()).isEqualTo("Tech lead");
        assertThat(page.notesProperty().get()).isEqualTo("Talked about the move to Lisbon");
        assertThat(page.promiseTextProperty().get()).isEqualTo("Send her the conference budget");
        assertThat(page.messageProperty().get()).isEqualTo("Your unsaved changes are still here.");
        page.saveOneOnOne();
        assertThat(repo.oneOnOnes(vm.roster().get(0).person().id())).extracting(OneOnOne::notes)
                .containsExactly("Talked about the move to Lisbon");

        // saved, nothing is kept: the next visit shows the stored page and no message
        vm.selectedProperty().set(vm.roster().get(1));
        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.notesProperty().get()).isEmpty();
        assertThat(page.roleProperty().get()).as("Ana's role, typed and still not saved").isEqualTo("Tech lead");
        page.save();
        vm.selectedProperty().set(vm.roster().get(1));
        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.roleProperty().get()).isEqualTo("Tech lead");
        assertThat(page.promiseTextProperty().get()).isEqualTo("Send her the conference budget");
        page.promiseTextProperty().set("");
        vm.selectedProperty().set(vm.roster().get(1));
        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.messageProperty().get()).as("Ana's page with nothing left unsaved").isEmpty();
    }

    @Test
    void aKeptDraftGoesBackOverWhatIsStoredByThen() {
        add("Ana Lima");
        add("Ben");
        PersonViewModel page = vm.page();
        vm.selectedProperty().set(vm.roster().get(0));
        page.notesProperty().set("Half a thought");
        vm.selectedProperty().set(vm.roster().get(1));
        // meanwhile, elsewhere (Today's "no nudges about them", a sync): Ana's details change
        Person ana = repo.people(false).get(0);
        repo.update(ana.withNudges(true, null));
        vm.load(); // People shown again

        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.notesProperty().get()).isEqualTo("Half a thought");
        assertThat(page.nudgesOffProperty().get()).as("what is stored now, not the form as it was").isTrue();
        page.save();
        assertThat(repo.people(false).get(0).nudgesOff()).as("saving the page keeps the change made elsewhere").isTrue();
    }

    @Test
    void whatWasSavedWithSpacesAroundIsNotLeftAsUnsaved() {
        add("Ana Lima");
        PersonViewModel page = vm.page();
        page.roleProperty().set("Tech lead ");
        page.hopesProperty().set("Lead the platform team\n");
        page.save();
        assertThat(repo.people(false).get(0).role()).isEqualTo("Tech lead");
        assertThat(page.roleProperty().get()).as("the role as stored").isEqualTo("Tech lead");
        assertThat(page.unsavedPages()).isEmpty();
    }

    @Test
    void writesThatEndAfterAnotherPersonIsOpenedStayWithTheirOwn() {
        HeldTaskRunner held = new HeldTaskRunner();
        PeopleViewModel slow = slowWith(held, "Ana Lima", "Ben");
        PersonViewModel page = slow.page();
        slow.selectedProperty().set(slow.roster().get(1));
        held.release();
        page.notesProperty().set("Ben's half-written note");

        // Ana's role and 1:1 are saved, and Ben is opened before the writes end
        slow.selectedProperty().set(slow.roster().get(0));
        held.release();
        page.roleProperty().set("Tech lead");
        page.notesProperty().set("Ana's note");
        page.save();
        page.saveOneOnOne();
        slow.selectedProperty().set(slow.roster().get(1));
        held.release();

        long anaId = repo.people(false).get(0).id();
        assertThat(page.personProperty().get().name()).as("the page shown").isEqualTo("Ben");
        assertThat(slow.messageProperty().get()).as("Ana's save, said where it is seen").isEqualTo("Ana Lima is saved.");
        assertThat(page.messageProperty().get()).as("Ben's page").isNotEqualTo("Ana Lima is saved.");
        assertThat(page.nameProperty().get()).isEqualTo("Ben");
        assertThat(page.notesProperty().get()).as("Ben's note, not cleared by Ana's save").isEqualTo("Ben's half-written note");
        assertThat(repo.people(false).get(0).role()).isEqualTo("Tech lead");
        assertThat(repo.oneOnOnes(anaId)).extracting(OneOnOne::notes).containsExactly("Ana's note");
        assertThat(page.unsavedPages()).as("Ana's page, all of it saved").containsExactly("Ben");
        // what worked goes by itself, as it does on the page (it stayed in the roster's line until replaced)
        scheduler.advance(FadingMessage.SHOWN.plusSeconds(1));
        assertThat(slow.messageProperty().get()).as("Ana's save, said for a while").isEmpty();
        page.save(); // Ben's details saved as Ben's
        held.release();
        assertThat(repo.people(false)).extracting(Person::name).containsExactly("Ana Lima", "Ben");

        slow.selectedProperty().set(slow.roster().get(0));
        held.release();
        assertThat(page.notesProperty().get()).as("Ana's note, saved: not offered again").isEmpty();
        assertThat(page.messageProperty().get()).isEmpty();
    }

    @Test
    void aDeletedPersonLeavesNothingUnsavedAndAnArchivedOneIsNamedSo() {
        add("Ana Lima");
        add("Ben");
        PersonViewModel page = vm.page();
        vm.selectedProperty().set(vm.roster().get(0));
        page.notesProperty().set("About Ana");
        vm.toggleArchived();
        assertThat(page.unsavedPages()).containsExactly("Ana Lima (archived)");

        vm.selectedProperty().set(vm.roster().get(0)); // Ben
        page.notesProperty().set("About Ben");
        vm.deleteSelected();
        assertThat(repo.people(false)).isEmpty();
        assertThat(page.unsavedPages()).containsExactly("Ana Lima (archived)");
    }

    @Test
    void aChangeOfLineBreaksOnlyIsUnsavedAndStays() {
        add("Ana Lima");
        add("Ben");
        PersonViewModel page = vm.page();
        vm.selectedProperty().set(vm.roster().get(0));
        page.hopesProperty().set("Lead the team\nMove to Lisbon");
        page.save();
        page.hopesProperty().set("Lead the team\n\nMove to Lisbon");
        assertThat(page.unsavedPages()).containsExactly("Ana Lima");
        page.snooze(); // another write for her: the typed hopes stay
        assertThat(page.hopesProperty().get()).isEqualTo("Lead the team\n\nMove to Lisbon");
        vm.selectedProperty().set(vm.roster().get(1));
        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.hopesProperty().get()).isEqualTo("Lead the team\n\nMove to Lisbon");
    }

    @Test
    void aNoteKeptOverMidnightKeepsItsDay() {
        add("Ana Lima");
        add("Ben");
        PersonViewModel page = vm.page();
        vm.selectedProperty().set(vm.roster().get(0));
        page.notesProperty().set("Talked late");
        vm.selectedProperty().set(vm.roster().get(1));
        clock.plusDays(1);
        vm.selectedProperty().set(vm.roster().get(0));
        assertThat(page.meetingDateProperty().get()).isEqualTo(TODAY);
    }

    @Test
    void whatIsTypedWhileANoteIsSavedStays() {
        HeldTaskRunner held = new HeldTaskRunner();
        PeopleViewModel slow = slowWith(held, "Ana Lima");
        PersonViewModel page = slow.page();
        page.notesProperty().set("First part.");
        page.saveOneOnOne();
        page.notesProperty().set("First part. And the second.");
        held.release();
        assertThat(page.notesProperty().get()).isEqualTo("First part. And the second.");
        assertThat(page.unsavedPages()).containsExactly("Ana Lima");
    }

    @Test
    void aPersonOpenedAgainBeforeTheRosterIsReadAgainShowsWhatWasSaved() {
        HeldTaskRunner held = new HeldTaskRunner();
        PeopleViewModel slow = slowWith(held, "Ana Lima", "Ben");
        PersonViewModel page = slow.page();
        slow.selectedProperty().set(slow.roster().get(0));
        held.release();
        page.roleProperty().set("Tech lead");
        page.save();
        slow.selectedProperty().set(slow.roster().get(1));
        held.step(); // the save ends; the roster is not read again yet
        slow.selectedProperty().set(slow.roster().get(0));
        assertThat(page.roleProperty().get()).isEqualTo("Tech lead");
        page.hopesProperty().set("Lead the platform");
        page.save();
        held.release();
        assertThat(repo.people(false).get(0).role()).as("the role saved before, not written back empty").isEqualTo("Tech lead");
    }

    @Test
    void aSecondPersonWithTheSameNameIsAddedOnlyAfterAsking() {
        add("Ana");
        dialogs.answer = false;
        add("ana");
        assertThat(repo.people(true)).hasSize(1);
        dialogs.answer = true;
        add("ana");
        assertThat(repo.people(true)).hasSize(2);
    }

    @Test
    void deleteAsksSaysWhatHappensToMentionsAndCanBeUndone() {
        journal.save(new Entry(TODAY, "Ana showed the demo", null, null, List.of(), List.of(), null, null));
        add("Ana");
        vm.page().promiseTextProperty().set("Review the draft");
        vm.page().addPromise();
        dialogs.answer = false;
        vm.deleteSelected();
        assertThat(repo.people(true)).hasSize(1);
        dialogs.answer = true;
        vm.deleteSelected();
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("1 days that mention them"));
        assertThat(repo.people(true)).isEmpty();
        assertThat(vm.undoAvailableProperty().get()).isTrue();
        vm.undoDelete();
        assertThat(repo.people(true)).extracting(Person::name).containsExactly("Ana");
        assertThat(repo.allPromises()).hasSize(1);
        assertThat(journal.find(TODAY).orElseThrow().text()).isEqualTo("Ana showed the demo");
        scheduler.advance(Duration.ofSeconds(11));
        assertThat(vm.undoAvailableProperty().get()).isFalse();
    }

    @Test
    void aOneOnOneOpenedFromTheTimelineIsChangedOrDeleted() {
        add("Ana");
        PersonViewModel page = vm.page();
        page.meetingDateProperty().set(TODAY.minusDays(7));
        page.talkingPointsProperty().set("Growth");
        page.notesProperty().set("Talked about growth");
        page.saveOneOnOne();
        Timeline line = page.timeline().stream().filter(l -> l.kind() == Timeline.Kind.ONE_ON_ONE).findFirst().orElseThrow();
        OneOnOne m = page.meeting(line.refId()).orElseThrow();
        assertThat(m.talkingPoints()).isEqualTo("Growth");

        // all three blank is no 1:1: said, nothing stored
        assertThat(page.changeOneOnOne(m, m.date(), " ", "", "\n")).hasValueSatisfying(
                said -> assertThat(said).contains("delete the 1:1"));
        assertThat(repo.oneOnOnes(m.personId())).containsExactly(m);

        // another day and other words: the same 1:1, changed
        assertThat(page.changeOneOnOne(m, TODAY.minusDays(6), "Growth", "Talked about growth and a course",
                "send the link")).isEmpty();
        assertThat(repo.oneOnOnes(m.personId())).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(m.id());
            assertThat(c.date()).isEqualTo(TODAY.minusDays(6));
            assertThat(c.notes()).isEqualTo("Talked about growth and a course");
            assertThat(c.followUps()).isEqualTo("send the link");
        });
        assertThat(page.messageProperty().get()).isEqualTo("The 1:1 of 6 March 2026 is saved.");
        assertThat(page.timeline()).anySatisfy(l -> assertThat(l.text()).isEqualTo("Talked about growth and a course"));

        // no day: said, nothing stored (it was kept under its old day without a word)
        OneOnOne changed = page.meeting(m.id()).orElseThrow();
        assertThat(page.changeOneOnOne(changed, null, "Growth", "Other words", "")).hasValueSatisfying(
                said -> assertThat(said).contains("Pick the day of the 1:1 (it was 6 March 2026)"));
        assertThat(repo.oneOnOnes(m.personId())).singleElement().extracting(OneOnOne::notes)
                .isEqualTo("Talked about growth and a course");

        // deleted only once the user confirms
        dialogs.answer = false;
        page.deleteOneOnOne(changed);
        assertThat(repo.oneOnOnes(m.personId())).hasSize(1);
        dialogs.answer = true;
        page.deleteOneOnOne(changed);
        assertThat(dialogs.destructiveAsked).isEqualTo(2);
        assertThat(repo.oneOnOnes(m.personId())).isEmpty();
        assertThat(page.timeline()).noneMatch(l -> l.kind() == Timeline.Kind.ONE_ON_ONE);
        assertThat(page.messageProperty().get()).isEqualTo("The 1:1 of 6 March 2026 is deleted.");
        assertThat(page.meeting(m.id())).isEmpty();

        // changed after it was deleted elsewhere (sync): said, nothing stored in its place
        assertThat(page.changeOneOnOne(changed, changed.date(), "Growth", "Too late", "")).isEmpty();
        assertThat(page.messageProperty().get()).contains("is no longer in your journal");
        assertThat(repo.oneOnOnes(m.personId())).isEmpty();
    }

    @Test
    void oneOnOnesPromisesFiguresAndAgenda() {
        add("Ana");
        PersonViewModel page = vm.page();
        page.saveOneOnOne();
        assertThat(page.messageProperty().get()).contains("Write talking points");
        page.meetingDateProperty().set(TODAY.minusDays(7));
        page.notesProperty().set("Talked about growth");
        page.followUpsProperty().set("send the course link");
        page.saveOneOnOne();
        page.promiseTextProperty().set("Review her draft");
        page.promiseDueProperty().set(TODAY.plusDays(1));
        page.addPromise();
        page.promiseTextProperty().set("Book training");
        page.promiseDueProperty().set(TODAY.minusDays(2));
        page.addPromise();
        Promise review = page.promises().stream().filter(p -> p.text().startsWith("Review")).findFirst().orElseThrow();
        page.close(review, Promise.State.KEPT);
        assertThat(page.figuresProperty().get()).contains("last 1:1: 5 Mar 2026")
                .contains("kept 1 of 2 on time");
        assertThat(page.timeline()).extracting(Timeline::kind).contains(Timeline.Kind.ONE_ON_ONE, Timeline.Kind.PROMISE);
        page.prepare();
        assertThat(page.agendaProperty().get()).contains("- send the course link").contains("- [ ] Book training")
                .doesNotContain("Review her draft");
    }
}
