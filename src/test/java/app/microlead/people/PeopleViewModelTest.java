package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
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

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
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

    private void add(String name) {
        vm.newNameProperty().set(name);
        vm.add();
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
        assertThat(page.messageProperty().get()).isEqualTo("What you typed here and had not saved is still here.");
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
