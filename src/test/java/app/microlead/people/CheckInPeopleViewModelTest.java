package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.MutableClock;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone a check-in is for, added from its picker: to People and to the check-in, in one step. */
class CheckInPeopleViewModelTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-12");

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private CheckInPeopleViewModel vm;
    private long habit;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
        repo = new JdbcPeopleRepository(db);
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        habit = habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false,
                DAY.minusDays(5), "")).id();
        habits.setCheckIn(new CheckIn(habit, DAY, CheckIn.State.DONE, ""));
        vm = new CheckInPeopleViewModel(new PeopleService(repo, new JdbcJournalRepository(db, clock), habits, clock),
                new DirectTaskRunner());
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void someoneAddedFromAnEmptyRosterIsInPeopleAndNamedOnTheCheckIn() {
        assertThat(vm.roster()).isEmpty();
        Set<Long> told = new HashSet<>();
        vm.addAndPick("  Ana Lima ", habit, DAY, Set.of(), told::addAll);

        assertThat(repo.people(false)).extracting(Person::name).containsExactly("Ana Lima");
        long ana = repo.people(false).get(0).id();
        assertThat(repo.checkInPeople(habit, DAY)).containsExactly(ana);
        assertThat(told).containsExactly(ana);
        assertThat(vm.roster()).extracting(Person::name).containsExactly("Ana Lima");
        assertThat(vm.messageProperty().get()).isEqualTo("Ana Lima was added.");
    }

    @Test
    void aNameSomeoneOnTheRosterHasNamesThemInsteadOfAddingASecond() {
        Person ben = repo.add(Person.named("Ben", DAY));
        Person ana = repo.add(Person.named("Ana", DAY));
        vm.load();
        Set<Long> told = new HashSet<>();
        vm.addAndPick("ana", habit, DAY, Set.of(ben.id()), told::addAll);

        assertThat(repo.people(false)).hasSize(2);
        assertThat(repo.checkInPeople(habit, DAY)).containsExactlyInAnyOrder(ben.id(), ana.id());
        assertThat(told).containsExactlyInAnyOrder(ben.id(), ana.id());
    }

    @Test
    void aNameThatCannotBeIsSaidAndNothingIsAdded() {
        assertThat(vm.nameProblem("")).as("no name yet").isNull();
        assertThat(vm.nameProblem("Ana")).isNull();
        assertThat(vm.nameProblem("🚀")).startsWith("A name needs at least one letter or digit");
        vm.addAndPick("🚀", habit, DAY, Set.of(), ids -> { });
        assertThat(repo.people(true)).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("A name needs at least one letter or digit");
    }

    @Test
    void someoneAddedInPeopleSinceTheDayWasShownIsNamedNotAddedTwice() {
        vm.load(); // the picker's roster: no one
        Person ana = repo.add(Person.named("Ana", DAY)); // added in People since
        Set<Long> told = new HashSet<>();
        vm.addAndPick("Ana", habit, DAY, Set.of(), told::addAll);

        assertThat(repo.people(true)).extracting(Person::id).containsExactly(ana.id());
        assertThat(repo.checkInPeople(habit, DAY)).containsExactly(ana.id());
        assertThat(told).containsExactly(ana.id());
        assertThat(vm.names(told)).as("the picker names them").isEqualTo("Ana");
    }

    @Test
    void aNameAnArchivedPersonOrTwoPeopleHaveIsRefusedAndNothingChanges() {
        Person archived = repo.add(Person.named("Ana", DAY));
        repo.update(archived.withArchived(true));
        Set<Long> told = new HashSet<>();
        vm.addAndPick("ana", habit, DAY, Set.of(), told::addAll);
        assertThat(vm.messageProperty().get()).startsWith("Ana is in People, archived");
        assertThat(repo.people(true)).hasSize(1);
        assertThat(repo.checkInPeople(habit, DAY)).isEmpty();
        assertThat(told).as("nothing ticked").isEmpty();

        repo.add(Person.named("Ben", DAY));
        repo.add(Person.named("Ben", DAY));
        vm.addAndPick("Ben", habit, DAY, Set.of(), told::addAll);
        assertThat(vm.messageProperty().get()).startsWith("Ben is the name of 2 people");
        assertThat(repo.people(true)).hasSize(3);
        assertThat(repo.checkInPeople(habit, DAY)).isEmpty();
        assertThat(told).isEmpty();
    }
}
