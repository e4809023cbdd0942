package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people a leader leads, their 1:1s, the promises made to them and the check-ins that name them, on two computers. */
class PeopleSyncTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final String SECRET = "team on two laptops";

    @TempDir
    Path dir;

    private static void exchange(SimulatedSyncService service, TestDevice... devices) {
        for (int i = 0; i < 2; i++) {
            for (TestDevice d : devices) {
                d.round();
            }
            service.settle();
        }
    }

    private static Habit habit(TestDevice d, String name) {
        return d.backend.habitRepository().add(new Habit(0, null, name, "", Pillar.TRUST, Schedule.parse("DAILY"), 0,
                false, DAY.minusDays(10), ""));
    }

    private static Person person(TestDevice d, String name) {
        return d.backend.people().people(true).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTeamTheirMeetingsPromisesAndCheckInNamesReachTheOtherComputerAndEditsComeBack() {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:03:00Z"))) {
            SimulatedSyncService service = new SimulatedSyncService(new Random(3), a.folder, b.folder);
            var people = a.backend.people();
            Person ana = people.add(new Person(0, "Ana Díaz", "Designer", "Platform", DAY.minusYears(1),
                    "Wants to lead a project", Person.Cadence.BIWEEKLY, false, DAY.minusDays(20), false, null));
            Person li = people.add(Person.named("Li Wei", DAY.minusDays(20)));
            people.saveOneOnOne(new OneOnOne(0, ana.id(), DAY.minusDays(3), "Roadmap", "She asked for the search project.",
                    "Send the brief"));
            people.savePromise(Promise.open(ana.id(), "Review Ana's draft", DAY.minusDays(3), DAY));
            Habit greet = habit(a, "Greet people by name");
            a.backend.habitRepository().setCheckIn(new CheckIn(greet.id(), DAY, CheckIn.State.DONE, "morning round"));
            people.setCheckInPeople(greet.id(), DAY, Set.of(ana.id(), li.id()));
            a.setUp(SECRET);
            a.round();
            service.settle();
            b.setUp(SECRET);
            exchange(service, a, b);

            assertThat(b.people()).as("the other computer holds the same people").isEqualTo(a.people())
                    .anyMatch(l -> l.startsWith("1:1|Ana Díaz|2026-11-27|Roadmap|She asked for the search project."))
                    .anyMatch(l -> l.startsWith("named|Greet people by name|2026-11-30|Li Wei"))
                    .hasSize(6);

            // edits on the second computer: a rename (the old name stays a former name), a kept promise, a note
            var there = b.backend.people();
            Person anaThere = person(b, "Ana Díaz");
            there.update(anaThere.withName("Ana Díaz-Ruiz"));
            Promise draft = there.allPromises().get(0);
            there.savePromise(draft.close(Promise.State.KEPT, DAY));
            OneOnOne met = there.allOneOnOnes().get(0);
            there.saveOneOnOne(new OneOnOne(met.id(), met.personId(), met.date(), met.talkingPoints(),
                    met.notes() + " Agreed on a first milestone.", met.followUps()));
            b.clock.advanceSeconds(30);
            exchange(service, a, b);

            assertThat(a.people()).isEqualTo(b.people())
                    .contains("promise|Ana Díaz-Ruiz|Review Ana's draft|2026-11-27|2026-11-30|KEPT|2026-11-30")
                    .anyMatch(l -> l.startsWith("person|Ana Díaz-Ruiz|") && l.endsWith("|[Ana Díaz]"))
                    .anyMatch(l -> l.contains("Agreed on a first milestone."));
            assertThat(people.people(true)).as("a rename is one person, not a new one").hasSize(2);
        }
    }

    @Test
    void aPersonDeletedOnOneComputerIsGoneOnTheOtherWithTheirMeetingsWhileTheCheckInStays() {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:01:00Z"))) {
            SimulatedSyncService service = new SimulatedSyncService(new Random(4), a.folder, b.folder);
            var people = a.backend.people();
            Person sam = people.add(Person.named("Sam", DAY.minusDays(5)));
            people.add(Person.named("Noor", DAY.minusDays(5)));
            people.saveOneOnOne(new OneOnOne(0, sam.id(), DAY, "Growth", "", ""));
            people.savePromise(Promise.open(sam.id(), "Book the course", DAY, null));
            Habit ask = habit(a, "Ask what slows them down");
            a.backend.habitRepository().setCheckIn(new CheckIn(ask.id(), DAY, CheckIn.State.DONE, ""));
            people.setCheckInPeople(ask.id(), DAY, Set.of(sam.id()));
            a.setUp(SECRET);
            a.round();
            service.settle();
            b.setUp(SECRET);
            exchange(service, a, b);
            assertThat(b.people()).hasSize(5);

            var there = b.backend.people();
            there.delete(person(b, "Sam").id());
            b.clock.advanceSeconds(20);
            exchange(service, a, b);

            assertThat(a.people()).isEqualTo(b.people()).containsExactly(
                    "person|Noor|||null||NONE|false|2026-11-25|false|null|[]");
            assertThat(a.backend.habitRepository().checkIns(ask.id())).as("the check-in itself stays").containsKey(DAY);
        }
    }

    @Test
    void aPersonDeletedHereWhileEditedThereAndAddedAgainIsTheSameOnBoth() {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:04:00Z"))) {
            SimulatedSyncService service = new SimulatedSyncService(new Random(5), a.folder, b.folder);
            var people = a.backend.people();
            Person li = people.add(Person.named("Li Wei", DAY.minusDays(5)));
            a.setUp(SECRET);
            a.round();
            service.settle();
            b.setUp(SECRET);
            exchange(service, a, b);

            // without seeing each other: deleted on the laptop; at home (whose clock is ahead) a cadence and a 1:1
            people.delete(li.id());
            var there = b.backend.people();
            Person liThere = person(b, "Li Wei");
            there.update(liThere.withCadence(Person.Cadence.WEEKLY));
            there.saveOneOnOne(new OneOnOne(0, liThere.id(), DAY, "Onboarding", "", ""));
            exchange(service, a, b);
            assertThat(a.people()).as("deleted on both: no name left").isEqualTo(b.people()).isEmpty();

            // added again on the laptop: the same person (same name and day) on both, 1:1 and cadence alike
            people.add(Person.named("Li Wei", DAY.minusDays(5)));
            exchange(service, a, b);
            assertThat(b.people()).isEqualTo(a.people()).anyMatch(l -> l.startsWith("person|Li Wei|"));
            assertThat(b.export()).isEqualTo(a.export());
        }
    }

    @Test
    void aMeetingThatArrivesBeforeItsPersonIsWrittenWhenThePersonComes() throws IOException {
        try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "b", Instant.parse("2026-12-01T18:00:10Z"));
             TestDevice c = new TestDevice(dir, "c", Instant.parse("2026-12-01T18:00:20Z"))) {
            a.setUp(SECRET);
            copyHeader(a, b);
            copyHeader(a, c);
            b.setUp(SECRET);
            c.setUp(SECRET);
            // c's first file holds only a day of its own
            c.write(DAY, "A day on c.");
            c.round();
            // b adds a person; c learns of them and writes a 1:1 with them (a file of its own with only that)
            b.backend.people().add(Person.named("Priya", DAY));
            b.round();
            copyDevice(b, c);
            c.round();
            var onC = c.backend.people();
            onC.saveOneOnOne(new OneOnOne(0, person(c, "Priya").id(), DAY, "Feedback", "Went well", ""));
            c.clock.advanceSeconds(10);
            c.round();

            // a gets c's files first: the 1:1 names someone a does not know yet
            copyDevice(c, a);
            a.round();
            assertThat(a.people()).as("nothing of a person a does not know").isEmpty();
            // then b's: the person, and with them the 1:1 that waited
            copyDevice(b, a);
            a.round();
            assertThat(a.people()).containsExactly("1:1|Priya|2026-11-30|Feedback|Went well|",
                    "person|Priya|||null||NONE|false|2026-11-30|false|null|[]");
            assertThat(a.people()).isEqualTo(c.people());
        }
    }

    @Test
    void theSamePersonAddedOnBothComputersBeforeTheyMetIsOnePerson() {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:02:00Z"))) {
            SimulatedSyncService service = new SimulatedSyncService(new Random(5), a.folder, b.folder);
            // the same roster reached both (an archive imported on each): same name, same first day
            a.backend.people().add(Person.named("Jonas", DAY));
            b.backend.people().add(Person.named("jonas", DAY)); // case does not make another person
            b.backend.people().add(Person.named("Mia", DAY));
            a.setUp(SECRET);
            a.round();
            service.settle();
            b.setUp(SECRET);
            exchange(service, a, b);

            assertThat(a.people()).isEqualTo(b.people()).hasSize(2);
        }
    }

    private static void copyHeader(TestDevice from, TestDevice to) throws IOException {
        Files.createDirectories(to.folder);
        Files.copy(from.folder.resolve(SyncFolder.HEADER), to.folder.resolve(SyncFolder.HEADER),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies the files one computer wrote (not those it received) into another computer's copy of the folder. */
    private static void copyDevice(TestDevice from, TestDevice to) throws IOException {
        String id = from.engine.devices().stream().filter(SyncEngine.Device::thisOne).findFirst().orElseThrow().id();
        Path src = from.folder.resolve("devices").resolve(id);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.folder.resolve("devices").resolve(id).resolve(src.relativize(f));
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }
}
