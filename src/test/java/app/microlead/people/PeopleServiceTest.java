package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.MutableClock;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleServiceTest {

    private static final LocalDate START = LocalDate.parse("2026-03-01");

    @TempDir
    Path dir;
    private Database db;
    private MutableClock clock;
    private JdbcPeopleRepository people;
    private JdbcJournalRepository journal;
    private JdbcHabitRepository habits;
    private PeopleService service;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        clock = new MutableClock(Instant.parse("2026-03-01T18:00:00Z"));
        people = new JdbcPeopleRepository(db);
        journal = new JdbcJournalRepository(db, clock);
        habits = new JdbcHabitRepository(db);
        service = new PeopleService(people, journal, habits, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void write(LocalDate day, String text) {
        journal.save(new Entry(day, text, null, null, List.of(), List.of(), null, null));
    }

    @Test
    void aTimelineHoldsMentionsCheckInsOneOnOnesAndPromisesNewestFirst() {
        Person ana = people.add(Person.named("Ana Lima", START));
        Person ben = people.add(Person.named("Ben", START));
        write(START, "Quiet day. Ana asked about the roadmap.");
        write(START.plusDays(1), "Thanked @ben, then @Ana Lima again; ana@example.com is her mail.");
        write(START.plusDays(2), "Nobody today.");
        Habit greet = habits.add(new Habit(0, null, "Greet by name", "", Pillar.TRUST, Schedule.daily(), 0, false, START, ""));
        Habit delegate = habits.add(new Habit(0, null, "Delegate", "", Pillar.EMPOWERMENT, Schedule.daily(), 1, false, START, ""));
        habits.setCheckIn(new CheckIn(greet.id(), START.plusDays(2), CheckIn.State.DONE, ""));
        people.setCheckInPeople(greet.id(), START.plusDays(2), Set.of(ana.id()));
        habits.setCheckIn(new CheckIn(delegate.id(), START.plusDays(3), CheckIn.State.DONE, "gave Ana the demo"));
        habits.setCheckIn(new CheckIn(greet.id(), START.plusDays(4), CheckIn.State.SKIPPED, "Ana was away"));
        people.saveOneOnOne(new OneOnOne(0, ana.id(), START.plusDays(5), "growth", "She wants to mentor.\nMore.", ""));
        people.savePromise(Promise.open(ana.id(), "Review her draft", START.plusDays(5), START.plusDays(7)));

        List<Timeline> t = service.timeline(ana.id());
        assertThat(t).extracting(Timeline::kind).containsExactly(Timeline.Kind.ONE_ON_ONE, Timeline.Kind.PROMISE,
                Timeline.Kind.CHECK_IN, Timeline.Kind.CHECK_IN, Timeline.Kind.CHECK_IN, Timeline.Kind.JOURNAL,
                Timeline.Kind.JOURNAL);
        assertThat(t.get(0).text()).isEqualTo("She wants to mentor.");
        assertThat(t.get(1).text()).as("where the promise stands")
                .isEqualTo("Review her draft — " + Promise.open(ana.id(), "x", START, START.plusDays(7)).status());
        assertThat(t.get(2).text()).isEqualTo("Greet by name — Ana was away");
        assertThat(t.get(5).text()).contains("@Ana Lima");
        assertThat(t.get(6).text()).contains("Ana asked");

        Attention a = service.attention(ana.id());
        assertThat(a.lastMentioned()).isEqualTo(START.plusDays(1));
        assertThat(a.lastRecognised()).isEqualTo(START.plusDays(3));
        assertThat(a.lastOneOnOne()).isEqualTo(START.plusDays(5));
        assertThat(a.mentionDays()).isEqualTo(2);
        assertThat(a.done(Pillar.TRUST)).isEqualTo(1);
        assertThat(a.done(Pillar.EMPOWERMENT)).isEqualTo(1);
        assertThat(service.timeline(ben.id())).extracting(Timeline::kind).containsExactly(Timeline.Kind.JOURNAL);
    }

    @Test
    void aRenameChangesWhatOldTextResolvesToWithoutRewritingIt() {
        Person ana = people.add(Person.named("Ana", START));
        write(START, "Talked with Ana.");
        assertThat(service.timeline(ana.id())).hasSize(1);
        people.update(ana.withName("Anabel"));
        assertThat(service.timeline(ana.id())).hasSize(1);
        assertThat(journal.find(START).orElseThrow().text()).isEqualTo("Talked with Ana.");
        Person other = people.add(Person.named("Ana", START));
        assertThat(service.timeline(other.id())).hasSize(1);
        assertThat(service.timeline(ana.id())).isEmpty();
    }

    @Test
    void oneNudgeADayThatStaysTheSameAllDay() {
        Person ana = people.add(Person.named("Ana", START));
        Person ben = people.add(Person.named("Ben", START));
        clock.plusDays(31);
        Nudges.Nudge first = service.nudgeToday().orElseThrow();
        assertThat(first.person().id()).isEqualTo(ana.id());
        assertThat(first.reason()).isEqualTo(Nudges.Reason.NOT_RECOGNISED);
        // The user writes about Ben and recognises no one; Ana stays the day's nudge.
        write(START.plusDays(31), "Ben and Ana");
        assertThat(service.nudgeToday()).map(n -> n.person().id()).contains(ana.id());
        // Snoozing Ana leaves the day without a nudge rather than showing a second one.
        people.update(ana.withNudges(false, START.plusDays(40)));
        assertThat(service.nudgeToday()).isEmpty();
        clock.plusDays(1);
        assertThat(service.nudgeToday()).map(n -> n.person().id()).contains(ben.id());
    }

    @Test
    void promisesDueShowWithTheirPerson() {
        Person ana = people.add(Person.named("Ana", START));
        people.savePromise(Promise.open(ana.id(), "Send the link", START, START));
        people.savePromise(Promise.open(ana.id(), "Later", START, START.plusDays(3)));
        assertThat(service.promisesDue()).singleElement().satisfies(e -> {
            assertThat(e.getKey().name()).isEqualTo("Ana");
            assertThat(e.getValue().text()).isEqualTo("Send the link");
        });
    }

    @Test
    void aPeriodCountsOnlyWhatHappenedInItAndPromisesOpenDuringIt() {
        LocalDate from = START.plusDays(10);
        LocalDate to = START.plusDays(19);
        Person ana = people.add(Person.named("Ana Lima", START));
        Person gone = people.add(Person.named("Gus Old", START).withArchived(true));
        people.add(Person.named("Hal Quiet", START).withArchived(true));
        write(from.minusDays(1), "Before: @Ana");
        write(from, "First day: Ana Lima and Gus Old");
        write(to, "Last day: @Ana");
        write(to.plusDays(1), "After: @Ana");
        Habit h = habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false, START, ""));
        habits.setCheckIn(new CheckIn(h.id(), from.plusDays(1), CheckIn.State.DONE, ""));
        habits.setCheckIn(new CheckIn(h.id(), from.plusDays(2), CheckIn.State.SKIPPED, ""));
        habits.setCheckIn(new CheckIn(h.id(), to.plusDays(1), CheckIn.State.DONE, ""));
        people.setCheckInPeople(h.id(), from.plusDays(1), Set.of(ana.id()));
        people.setCheckInPeople(h.id(), from.plusDays(2), Set.of(ana.id()));
        people.setCheckInPeople(h.id(), to.plusDays(1), Set.of(ana.id()));
        people.saveOneOnOne(new OneOnOne(0, ana.id(), from.plusDays(3), "", "in", ""));
        people.saveOneOnOne(new OneOnOne(0, ana.id(), to.plusDays(3), "", "after", ""));
        people.savePromise(new Promise(0, ana.id(), "closed before", START, null, Promise.State.KEPT, from.minusDays(1)));
        people.savePromise(new Promise(0, ana.id(), "closed in", START, null, Promise.State.BROKEN, from));
        people.savePromise(Promise.open(ana.id(), "open since before", START, null));
        people.savePromise(Promise.open(ana.id(), "made after", to.plusDays(1), null));

        List<PersonPeriod> period = service.period(from, to);
        assertThat(period).extracting(p -> p.person().name()).containsExactly("Ana Lima", "Gus Old");
        PersonPeriod a = period.get(0);
        assertThat(a.mentions()).extracting(Timeline::date).containsExactly(from, to);
        assertThat(a.checkIns()).hasSize(2);
        assertThat(a.microActions()).isEqualTo(1);
        assertThat(a.oneOnOnes()).extracting(OneOnOne::notes).containsExactly("in");
        assertThat(a.promises()).extracting(Promise::text).containsExactly("closed in", "open since before");
        assertThat(a.promises(Promise.State.OPEN)).isEqualTo(1);
        assertThat(period.get(1).mentionDays()).as("an archived person with a mention in the period").isEqualTo(1);
        assertThat(gone.archived()).isTrue();
    }
}
