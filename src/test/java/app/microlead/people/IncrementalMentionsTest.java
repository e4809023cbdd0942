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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People keeps what it read of the journal and, after an edit, reads only the days written since: what
 * it then knows must be exactly what a full read of the journal finds (a new service on the same
 * journal). The clock stands still throughout, as a clock's tick can hold two saves.
 */
class IncrementalMentionsTest {

    private static final LocalDate START = LocalDate.parse("2025-01-01");
    private static final int DAYS = 120;

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
    private JdbcPeopleRepository people;
    private JdbcJournalRepository journal;
    private JdbcHabitRepository habits;
    private PeopleService kept;
    private Person ana;
    private Person ben;
    private Person carla;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        people = new JdbcPeopleRepository(db);
        journal = new JdbcJournalRepository(db, clock);
        habits = new JdbcHabitRepository(db);
        ana = people.add(Person.named("Ana Lima", START));
        ben = people.add(Person.named("Ben Okafor", START));
        carla = people.add(Person.named("Carla Souza", START));
        String[] lines = {"Ana asked about the roadmap.", "Talked with @Ben about the release.",
            "Quiet day, no one in particular.", "Carla and Ana paired on the migration; Ben reviewed.",
            "Benjamin from finance called (not Ben)."};
        for (int i = 0; i < DAYS; i++) {
            write(START.plusDays(i), "Day " + i + ". " + lines[i % lines.length]);
        }
        kept = new PeopleService(people, journal, habits, clock);
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(DAYS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void write(LocalDate day, String text) {
        journal.save(new Entry(day, text, null, null, List.of(), List.of(), null, null));
    }

    /** Everything People shows from the journal, per person: their timeline and attention figures. */
    private static Map<String, Object> seen(PeopleService s, List<Person> roster) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Person p : roster) {
            out.put(p.name() + " timeline", s.timeline(p.id()));
            out.put(p.name() + " attention", s.attention(p.id()));
        }
        out.put("period", s.period(START, START.plusDays(DAYS + 10)));
        return out;
    }

    private void assertSameAsFullRead() {
        List<Person> roster = people.people(true);
        Map<String, Object> incremental = seen(kept, roster);
        Map<String, Object> full = seen(new PeopleService(people, journal, habits, clock), roster);
        assertThat(incremental).isEqualTo(full);
    }

    @Test
    void anEditedDayIsReadAgainAndNothingElse() {
        LocalDate day = START.plusDays(1); // "Talked with @Ben …"
        assertThat(kept.timeline(ben.id())).extracting(Timeline::date).contains(day);

        write(day, "Talked with @Carla about the release, at length.");
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(1);
        assertThat(kept.timeline(ben.id())).extracting(Timeline::date).doesNotContain(day);
        assertThat(kept.timeline(carla.id())).extracting(Timeline::date).contains(day);

        write(day, "Talked with @Ana about the release, at length."); // same length, same clock tick
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(1);
    }

    @Test
    void aNewDayAndADeletedDayAreSeen() {
        LocalDate added = START.plusDays(DAYS + 3);
        write(added, "Ben Okafor presented, Carla helped.");
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(1);
        assertThat(kept.attention(ben.id()).lastMentioned()).isEqualTo(added);

        Entry gone = journal.delete(added).orElseThrow();
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isZero();
        assertThat(kept.attention(ben.id()).lastMentioned()).isBefore(added);

        journal.restore(gone); // undo: the very same day, times and all
        assertSameAsFullRead();
        assertThat(kept.attention(ben.id()).lastMentioned()).isEqualTo(added);
    }

    @Test
    void aRenameReadsTheWholeJournalAgain() {
        people.update(carla.withName("Benjamin Souza")); // "Carla" stays hers as a former name's first word
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(DAYS);
        assertThat(kept.attention(carla.id()).mentionDays()).isEqualTo(DAYS * 2 / 5); // "Carla" and "Benjamin" days
    }

    @Test
    void aFormerNameReadsTheWholeJournalAgain() {
        people.addFormerNames(carla.id(), List.of("Benjamin"));
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(DAYS);
        assertThat(kept.attention(carla.id()).mentionDays()).isEqualTo(DAYS * 2 / 5); // "Carla" and "Benjamin" days
    }

    @Test
    void aCheckInWrittenAfterADayIsSeenAloneOrInOneTransactionWithADay() {
        Habit thanks = habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false,
                START, ""));
        write(START.plusDays(2), "Quiet day, then Carla called.");
        assertSameAsFullRead();
        habits.setCheckIn(new CheckIn(thanks.id(), START.plusDays(2), CheckIn.State.DONE, "thanked Carla"));
        assertSameAsFullRead();
        assertThat(kept.attention(carla.id()).lastRecognised()).isEqualTo(START.plusDays(2));

        db.transaction(() -> {
            write(START.plusDays(3), "Ana, all day.");
            habits.setCheckIn(new CheckIn(thanks.id(), START.plusDays(3), CheckIn.State.DONE, "thanked Ana"));
            return null;
        });
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isEqualTo(1);
        assertThat(kept.attention(ana.id()).lastRecognised()).isEqualTo(START.plusDays(3));
    }

    @Test
    void aShortPeriodAskedBeforeAnythingIsKeptReadsOnlyItsDaysAndFindsWhatTheWholeJournalDoes() {
        Habit thanks = habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false,
                START, ""));
        LocalDate from = START.plusDays(30);
        LocalDate to = START.plusDays(59);
        for (LocalDate d : List.of(from, from.plusDays(1), to, to.plusDays(1))) {
            habits.setCheckIn(new CheckIn(thanks.id(), d, CheckIn.State.DONE, "thanked Carla")); // named in the note
        }
        for (LocalDate d : List.of(from.minusDays(1), from.plusDays(2), to.plusDays(2))) {
            habits.setCheckIn(new CheckIn(thanks.id(), d, CheckIn.State.DONE, ""));
            people.setCheckInPeople(thanks.id(), d, Set.of(ben.id())); // picked
        }
        PeopleService fresh = new PeopleService(people, journal, habits, clock);

        List<PersonPeriod> alone = fresh.period(from, to);
        assertThat(fresh.journalDaysLastRead()).as("the period's days only").isEqualTo(30);
        assertThat(alone).isEqualTo(kept.period(from, to)); // the whole journal, kept and brought up to date
        assertThat(alone).filteredOn(p -> p.person().id() == carla.id()).singleElement()
                .satisfies(p -> assertThat(p.checkIns()).extracting(Timeline::date).containsExactly(from, from.plusDays(1), to));
        assertThat(alone).filteredOn(p -> p.person().id() == ben.id()).singleElement()
                .satisfies(p -> assertThat(p.checkIns()).extracting(Timeline::date).containsExactly(from.plusDays(2)));

        // what was read for the period is not kept: a timeline reads the whole journal, and a long period uses it
        assertThat(fresh.timeline(ben.id())).isNotEmpty();
        assertThat(fresh.journalDaysLastRead()).isEqualTo(DAYS);
        assertThat(fresh.period(from, to)).isEqualTo(alone);
        PeopleService another = new PeopleService(people, journal, habits, clock);
        assertThat(another.period(START.minusYears(2), START.plusDays(DAYS))).isEqualTo(kept.period(START.minusYears(2),
                START.plusDays(DAYS)));
        assertThat(another.journalDaysLastRead()).as("a long period: the whole journal, kept").isEqualTo(DAYS);
    }

    @Test
    void aWriteElsewhereReadsNoDay() {
        people.saveOneOnOne(new OneOnOne(0, ana.id(), START.plusDays(4), "growth", "She wants to mentor.", ""));
        assertSameAsFullRead();
        assertThat(kept.journalDaysLastRead()).isZero();
    }
}
