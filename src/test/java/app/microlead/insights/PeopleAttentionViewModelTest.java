package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.PeopleService;
import app.microlead.people.Person;
import app.microlead.people.PersonPeriod;
import app.microlead.people.Promise;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who got your attention", computed off the toolkit on a real journal. */
class PeopleAttentionViewModelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @TempDir
    Path dir;
    private Database db;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-20T18:00:00Z"), ZoneOffset.UTC);
    private final SimpleObjectProperty<PillarTrend.Range> range =
            new SimpleObjectProperty<>(PillarTrend.Range.THREE_MONTHS);
    private PeopleAttentionViewModel vm;
    private JdbcPeopleRepository people;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        people = new JdbcPeopleRepository(db);
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        Person ana = people.add(Person.named("Ana Lima", TODAY.minusYears(2)));
        Person bo = people.add(Person.named("Bo Chen", TODAY.minusYears(2)));
        people.add(Person.named("Cleo Park", TODAY.minusYears(2)));
        people.add(Person.named("Dan Roe", TODAY.minusYears(2)));
        people.add(Person.named("Eve Old", TODAY.minusYears(2)).withArchived(true));
        for (int i = 1; i <= 3; i++) {
            journal.save(new Entry(TODAY.minusDays(i), "Talked with @Ana Lima about the launch.", null, null,
                    List.of(), List.of(), null, null));
        }
        // Dan and Cleo: mentioned long ago only, so in the last year but not the last three months
        journal.save(new Entry(TODAY.minusMonths(6), "Dan Roe and Cleo Park shared the demo; Dan Roe led.", null, null,
                List.of(), List.of(), null, null));
        journal.save(new Entry(TODAY.minusMonths(7), "Dan Roe asked a sharp question.", null, null, List.of(),
                List.of(), null, null));
        Habit greet = habits.add(new Habit(0, null, "Recognise effort", "", Pillar.TRUST, Schedule.daily(), 0, false,
                TODAY.minusYears(1), ""));
        for (int i = 1; i <= 2; i++) {
            habits.setCheckIn(new CheckIn(greet.id(), TODAY.minusDays(i), CheckIn.State.DONE, ""));
            people.setCheckInPeople(greet.id(), TODAY.minusDays(i), Set.of(bo.id()));
        }
        habits.setCheckIn(new CheckIn(greet.id(), TODAY.minusDays(5), CheckIn.State.DONE, "Thanked Bo Chen"));
        // promises this month: two kept on time, one kept late, one broken; one dropped (not counted)
        LocalDate due = TODAY.minusDays(5);
        people.savePromise(new Promise(0, ana.id(), "a", due.minusDays(3), due, Promise.State.KEPT, due));
        people.savePromise(new Promise(0, ana.id(), "b", due.minusDays(3), due, Promise.State.KEPT, due.minusDays(1)));
        people.savePromise(new Promise(0, bo.id(), "c", due.minusDays(3), due, Promise.State.KEPT, due.plusDays(1)));
        people.savePromise(new Promise(0, bo.id(), "d", due.minusDays(3), due, Promise.State.BROKEN, due));
        people.savePromise(new Promise(0, bo.id(), "e", due.minusDays(3), due, Promise.State.DROPPED, due));
        vm = new PeopleAttentionViewModel(new PeopleService(people, journal, habits, clock), new DirectTaskRunner(),
                clock, range);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> rows() {
        List<String> out = new ArrayList<>();
        for (PeopleAttention.Row r : vm.attentionProperty().get().rows()) {
            out.add(r.name() + " " + r.mentionDays() + "/" + r.microActions() + (r.quiet() ? " quiet" : ""));
        }
        return out;
    }

    @Test
    void countsMentionsAndMicroActionsInThePeriodMostFirstAndMarksTheQuietest() {
        vm.load();
        assertThat(rows()).containsExactly("Ana Lima 3/0", "Bo Chen 0/3", "Cleo Park 0/0 quiet", "Dan Roe 0/0 quiet");
        assertThat(vm.attentionProperty().get().from()).isEqualTo(TODAY.minusMonths(3));
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void aLongerRangeCountsAgainByItself() {
        vm.load();
        range.set(PillarTrend.Range.ONE_YEAR);
        assertThat(rows()).containsExactly("Ana Lima 3/0", "Bo Chen 0/3", "Dan Roe 2/0", "Cleo Park 1/0 quiet");
    }

    @Test
    void noOneIsMarkedWhenEveryoneGotTheSameAndArchivedPeopleAreLeftOut() {
        List<PersonPeriod> same = List.of(
                new PersonPeriod(Person.named("Ana", TODAY), List.of(), List.of(), 0, List.of(), List.of()),
                new PersonPeriod(Person.named("Bo", TODAY), List.of(), List.of(), 0, List.of(), List.of()),
                new PersonPeriod(Person.named("Eve", TODAY).withArchived(true), List.of(), List.of(), 7, List.of(),
                        List.of()));
        PeopleAttention a = PeopleAttention.compute(same, List.of(), TODAY, TODAY, TODAY);
        assertThat(a.rows()).extracting(PeopleAttention.Row::name).containsExactly("Ana", "Bo");
        assertThat(a.rows()).noneMatch(PeopleAttention.Row::quiet);
    }

    @Test
    void showsThePromisesKeptOnTimeThisMonth() {
        vm.load();
        PeopleAttention a = vm.attentionProperty().get();
        assertThat(a.promisesThisMonth().keptOnTime()).isEqualTo(2);
        assertThat(a.promisesThisMonth().counted()).isEqualTo(4);
        assertThat(a.promiseLine()).isEqualTo("You kept 2 of 4 promises on time this month.");
    }

    @Test
    void theAssessmentsPromiseFigureIsEmptyUntilAPromiseWasMade() {
        PeopleService service = new PeopleService(people, new JdbcJournalRepository(db, clock),
                new JdbcHabitRepository(db), clock);
        assertThat(service.promisesThisMonth()).isEqualTo("You kept 2 of 4 promises on time this month.");
        people.allPromises().forEach(p -> people.deletePromise(p.id()));
        assertThat(service.promisesThisMonth()).isEmpty();
    }
}
