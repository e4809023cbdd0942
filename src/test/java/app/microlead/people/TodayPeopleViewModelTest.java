package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.MutableClock;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayPeopleViewModelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-12");

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private TodayPeopleViewModel vm;
    private final AtomicBoolean nudgesOn = new AtomicBoolean(true);
    private Person ana;
    private MutableClock clock;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        clock = new MutableClock(Instant.parse("2026-03-12T12:00:00Z"));
        repo = new JdbcPeopleRepository(db);
        PeopleService service = new PeopleService(repo, new JdbcJournalRepository(db, clock),
                new JdbcHabitRepository(db), clock);
        vm = new TodayPeopleViewModel(service, new DirectTaskRunner(), nudgesOn::get);
        ana = repo.add(Person.named("Ana", TODAY.minusDays(40)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void showsTheNudgeForSomeoneNeglectedWithItsReason() {
        vm.load();
        assertThat(vm.nudgeProperty().get()).isNotNull();
        assertThat(vm.nudgeProperty().get().person().name()).isEqualTo("Ana");
        assertThat(vm.nudgeProperty().get().text()).contains("Ana").contains("40");
    }

    @Test
    void settingsSwitchOffShowsNoNudge() {
        nudgesOn.set(false);
        vm.load();
        assertThat(vm.nudgeProperty().get()).isNull();
    }

    @Test
    void snoozeStoresTheDayAndHidesTheNudge() {
        vm.load();
        vm.snooze();
        assertThat(vm.nudgeProperty().get()).isNull();
        assertThat(repo.find(ana.id()).orElseThrow().snoozedUntil())
                .isEqualTo(TODAY.plusDays(TodayPeopleViewModel.SNOOZE_DAYS));
        vm.load();
        assertThat(vm.nudgeProperty().get()).isNull();
    }

    @Test
    void turningNudgesOffForAPersonIsStored() {
        vm.load();
        vm.turnOffForPerson();
        assertThat(repo.find(ana.id()).orElseThrow().nudgesOff()).isTrue();
    }

    @Test
    void promisesDueTodayOrOverdueAreListedAndLeaveWhenMarked() {
        repo.savePromise(Promise.open(ana.id(), "review the draft", TODAY.minusDays(5), TODAY));
        repo.savePromise(Promise.open(ana.id(), "book the course", TODAY.minusDays(5), TODAY.minusDays(1)));
        repo.savePromise(Promise.open(ana.id(), "later", TODAY, TODAY.plusDays(1)));
        vm.load();
        assertThat(vm.due()).extracting(d -> d.promise().text()).containsExactlyInAnyOrder(
                "review the draft", "book the course");
        TodayPeopleViewModel.DuePromise first = vm.due().get(0);
        vm.close(first, Promise.State.KEPT);
        assertThat(vm.due()).hasSize(1).doesNotContain(first);
        assertThat(repo.promises(ana.id())).filteredOn(p -> p.state() == Promise.State.KEPT).hasSize(1)
                .allSatisfy(p -> assertThat(p.closedOn()).isEqualTo(TODAY));
    }

    @Test
    void theWeeklyReviewGetsEveryOpenPromiseEarliestDueFirstButNoClosedOne() {
        PeopleService service = new PeopleService(repo, new JdbcJournalRepository(db, clock),
                new JdbcHabitRepository(db), clock);
        repo.savePromise(Promise.open(ana.id(), "later", TODAY, TODAY.plusDays(9)));
        repo.savePromise(Promise.open(ana.id(), "soon", TODAY, TODAY.plusDays(1)));
        repo.savePromise(Promise.open(ana.id(), "done", TODAY, TODAY).close(Promise.State.KEPT, TODAY));
        assertThat(service.openPromiseLines()).hasSize(2);
        assertThat(service.openPromiseLines().get(0)).contains("Ana").contains("soon");
        assertThat(service.openPromiseLines().get(1)).contains("later");
        // a past week's review: the promises open at its end (one made since was listed in it), kept since or not
        repo.savePromise(Promise.open(ana.id(), "made a week ago", TODAY.minusDays(7), null));
        repo.savePromise(Promise.open(ana.id(), "kept yesterday", TODAY.minusDays(8), null)
                .close(Promise.State.KEPT, TODAY.minusDays(1)));
        repo.savePromise(Promise.open(ana.id(), "dropped before", TODAY.minusDays(8), null)
                .close(Promise.State.DROPPED, TODAY.minusDays(5)));
        assertThat(service.openPromiseLines(TODAY.minusDays(3))).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("made a week ago"))
                .anySatisfy(l -> assertThat(l).contains("kept yesterday"));
        assertThat(service.openPromiseLines(TODAY)).hasSize(3).noneMatch(l -> l.contains("kept yesterday"));
    }
}
