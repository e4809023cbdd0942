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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attention Today's nudge and the prompt about a person are chosen from, on a start where People has
 * not read the journal: the same nudge as a whole read gives, found by reading the newest days first and
 * only as deep as the people who can be nudged need.
 */
class NudgeAttentionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-12");
    private static final int DAYS = 400;

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
    private JdbcPeopleRepository people;
    private JdbcJournalRepository journal;
    private JdbcHabitRepository habits;
    private Person ana;
    private Person ben;
    private Person carla;
    private Person dan;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        people = new JdbcPeopleRepository(db);
        journal = new JdbcJournalRepository(db, clock);
        habits = new JdbcHabitRepository(db);
        LocalDate start = TODAY.minusDays(DAYS);
        ana = people.add(Person.named("Ana Lima", start));
        ben = people.add(Person.named("Ben Okafor", start).withCadence(Person.Cadence.WEEKLY));
        carla = people.add(Person.named("Carla Souza", start));
        dan = people.add(Person.named("Dan Weiss", start));
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = start.plusDays(i);
            // Ana every other day; Ben only on the journal's 10th day (long overdue); Carla and Dan never
            String text = "Day " + i + ". " + (i % 2 == 0 ? "Ana asked about the roadmap." : "A quiet day.")
                    + (i == 10 ? " Ben Okafor presented the release." : "");
            journal.save(new Entry(day, text, null, null, List.of(), List.of(), null, null));
        }
        people.saveOneOnOne(new OneOnOne(0, ben.id(), TODAY.minusDays(20), "", "Went well", ""));
        // recognised: Ana picked 5 days ago; Ben named in a note 50 days ago, picked long before; Carla named
        // in a done note 200 days ago and in a skipped one 3 days ago (which does not count); Dan never
        Habit thank = habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false,
                start, ""));
        habits.setCheckIn(new CheckIn(thank.id(), TODAY.minusDays(5), CheckIn.State.DONE, ""));
        people.setCheckInPeople(thank.id(), TODAY.minusDays(5), Set.of(ana.id()));
        habits.setCheckIn(new CheckIn(thank.id(), TODAY.minusDays(50), CheckIn.State.DONE, "thanked Ben Okafor"));
        habits.setCheckIn(new CheckIn(thank.id(), TODAY.minusDays(300), CheckIn.State.DONE, ""));
        people.setCheckInPeople(thank.id(), TODAY.minusDays(300), Set.of(ben.id()));
        habits.setCheckIn(new CheckIn(thank.id(), TODAY.minusDays(200), CheckIn.State.DONE, "Carla's demo"));
        habits.setCheckIn(new CheckIn(thank.id(), TODAY.minusDays(3), CheckIn.State.SKIPPED, "Carla was away"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PeopleService fresh() {
        return new PeopleService(people, journal, habits, clock);
    }

    @Test
    void withOnlyRecentlyMentionedPeopleNudgeableJustTheNewestDaysAreRead() {
        people.update(people.find(ben.id()).orElseThrow().withArchived(true));
        people.update(people.find(carla.id()).orElseThrow().withNudges(true, null));
        people.update(people.find(dan.id()).orElseThrow().withNudges(false, TODAY));
        PeopleService service = fresh();

        Map<Long, Attention> attention = service.attentionForNudges();

        assertThat(attention.get(ana.id()).lastMentioned()).isEqualTo(TODAY.minusDays(2));
        assertThat(attention.get(ana.id()).lastRecognised()).isEqualTo(TODAY.minusDays(5));
        assertThat(service.journalDaysLastRead()).isEqualTo(32);
    }

    @Test
    void someoneMentionedLongAgoIsFoundAndTheNudgeIsTheOneAWholeReadGives() {
        PeopleService service = fresh();

        Map<Long, Attention> quick = service.attentionForNudges();
        int readQuickly = service.journalDaysLastRead();
        Map<Long, Attention> whole = fresh().attention();

        for (Person p : List.of(ana, ben, carla, dan)) {
            Attention a = quick.get(p.id());
            Attention w = whole.get(p.id());
            assertThat(a.lastMentioned()).as(p.name()).isEqualTo(w.lastMentioned());
            assertThat(a.lastRecognised()).as(p.name()).isEqualTo(w.lastRecognised());
            assertThat(a.lastOneOnOne()).as(p.name()).isEqualTo(w.lastOneOnOne());
        }
        assertThat(quick.get(ben.id()).lastMentioned()).isEqualTo(TODAY.minusDays(DAYS - 10));
        assertThat(quick.get(carla.id()).lastMentioned()).isNull();
        assertThat(quick.get(ben.id()).lastOneOnOne()).isEqualTo(TODAY.minusDays(20));
        assertThat(quick.get(ben.id()).lastRecognised()).isEqualTo(TODAY.minusDays(50));
        assertThat(quick.get(carla.id()).lastRecognised()).isEqualTo(TODAY.minusDays(200));
        assertThat(quick.get(dan.id()).lastRecognised()).isNull();
        // Carla and Dan were never mentioned: every day was read, in spans of 32, 64, 128 and the rest
        assertThat(readQuickly).isEqualTo(DAYS);
        List<Person> roster = people.people(false);
        assertThat(Nudges.choose(roster, quick, TODAY)).isEqualTo(Nudges.choose(roster, whole, TODAY))
                .isPresent();
    }

    @Test
    void doneCheckInNotesComeNewestFirstAcrossTheSpansAndStopWhenAsked() {
        List<LocalDate> all = new ArrayList<>();
        habits.doneWithNotesNewestFirst(c -> all.add(c.date()));
        assertThat(all).containsExactly(TODAY.minusDays(50), TODAY.minusDays(200));

        List<LocalDate> first = new ArrayList<>();
        habits.doneWithNotesNewestFirst(c -> first.add(c.date()) && false);
        assertThat(first).containsExactly(TODAY.minusDays(50));
    }

    @Test
    void todaysNudgeNeedsNoWholeReadAndPeoplesReadIsUsedOnceItIsThere() {
        people.update(people.find(carla.id()).orElseThrow().withNudges(true, null));
        people.update(people.find(dan.id()).orElseThrow().withNudges(true, null));
        people.update(people.find(ben.id()).orElseThrow().withNudges(true, null));
        PeopleService service = fresh();

        // Ana was mentioned two days ago and recognised five days ago: no nudge
        assertThat(service.nudgeToday()).isEmpty();
        assertThat(service.journalDaysLastRead()).isEqualTo(32);

        service.timeline(ana.id()); // People's whole read
        assertThat(service.journalDaysLastRead()).isEqualTo(DAYS);
        assertThat(service.attentionForNudges().get(ana.id()).mentionDays()).isEqualTo(DAYS / 2);
        assertThat(service.journalDaysLastRead()).isEqualTo(DAYS); // no newest-first read after it
    }
}
