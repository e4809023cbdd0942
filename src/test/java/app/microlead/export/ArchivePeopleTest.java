package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People in the archive (format version 2): the roster with every field, former names, 1:1s, promises
 * and the people a check-in names come back as they were put in; older archives still import; bad
 * people fields are refused before anything is written; people are merged by name.
 */
class ArchivePeopleTest {

    private static final LocalDate D = LocalDate.parse("2026-01-05");

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database source;
    private Database target;

    @BeforeEach
    void open() {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        target = Database.open(DataFolder.open(dir.resolve("b")));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    /** What was put into the source journal, to compare the imported journal with. */
    private record PutIn(List<Person> people, Map<String, List<String>> formerNames, List<OneOnOne> meetings,
                         List<Promise> promises, Set<String> checkInPeople) {
    }

    private PutIn fillPeople(Database db) {
        JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
        Person ana = repo.add(new Person(0, "Ana", "Engineer", "Platform", LocalDate.parse("2025-06-01"),
                "Wants to lead a project 🌱", Person.Cadence.BIWEEKLY, false, LocalDate.parse("2025-12-01"), true,
                LocalDate.parse("2026-02-01")));
        repo.update(ana.withName("Ana Lima")); // "Ana" becomes a former name
        ana = repo.find(ana.id()).orElseThrow();
        Person bo = repo.add(new Person(0, "Bo Chen", "", "", null, "", Person.Cadence.NONE, true,
                LocalDate.parse("2025-11-02"), false, null));
        Person jose = repo.add(new Person(0, "José Ñúñez 李", "Designer", "", null, "", Person.Cadence.MONTHLY, false,
                LocalDate.parse("2026-01-01"), false, null));
        OneOnOne m1 = repo.saveOneOnOne(new OneOnOne(0, ana.id(), D, "Release", "Long notes\nwith lines", "Pair up"));
        OneOnOne m2 = repo.saveOneOnOne(new OneOnOne(0, jose.id(), D.plusDays(3), "", "Only notes", ""));
        Promise kept = repo.savePromise(new Promise(0, ana.id(), "Review the draft", D, D.plusDays(2),
                Promise.State.KEPT, D.plusDays(1)));
        Promise open = repo.savePromise(Promise.open(ana.id(), "Find a conference", D, null));
        Promise broken = repo.savePromise(new Promise(0, bo.id(), "Call back", D, D, Promise.State.BROKEN,
                D.plusDays(4)));
        Promise dropped = repo.savePromise(new Promise(0, jose.id(), "Lunch", D, null, Promise.State.DROPPED, D));
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        Habit greet = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "", Pillar.TRUST,
                Schedule.daily(), 0, false, D, ""));
        habits.setCheckIn(new CheckIn(greet.id(), D, CheckIn.State.DONE, ""));
        habits.setCheckIn(new CheckIn(greet.id(), D.plusDays(1), CheckIn.State.DONE, "note"));
        habits.setCheckIn(new CheckIn(greet.id(), D.plusDays(2), CheckIn.State.SKIPPED, ""));
        repo.setCheckInPeople(greet.id(), D, Set.of(ana.id(), jose.id()));
        repo.setCheckInPeople(greet.id(), D.plusDays(1), Set.of(bo.id()));
        return new PutIn(List.of(ana, bo, jose), Map.of("Ana Lima", List.of("Ana")), List.of(m1, m2),
                List.of(kept, open, broken, dropped), Set.of("Greet people by name|" + D + "|Ana Lima",
                "Greet people by name|" + D + "|José Ñúñez 李", "Greet people by name|" + D.plusDays(1) + "|Bo Chen"));
    }

    private Path export(Database db) throws Exception {
        Path file = dir.resolve("journal-" + System.nanoTime() + ".json");
        ArchiveService s = ArchiveRoundTripTest.service(db, clock);
        s.write(s.snapshot(Map.of()), file);
        return file;
    }

    private static ArchiveService.Report importInto(Database db, Path file, ArchiveService.Merge merge, Clock clock)
            throws ImportException {
        return ArchiveRoundTripTest.service(db, clock).importArchive(ArchiveReader.read(file), merge);
    }

    /** A person without the id, which the import does not keep. */
    private static Person noId(Person p) {
        return new Person(0, p.name(), p.role(), p.team(), p.startDate(), p.hopes(), p.cadence(), p.archived(),
                p.addedOn(), p.nudgesOff(), p.snoozedUntil());
    }

    @Test
    void everyPersonFieldOneOnOnePromiseAndCheckInPersonComesBackAsItWasPutIn() throws Exception {
        PutIn in = fillPeople(source);
        Path file = export(source);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"version\" : 2")
                .contains("\"formerNames\" : [ \"Ana\" ]").contains("José Ñúñez 李");

        ArchiveService.Report r = importInto(target, file, ArchiveService.Merge.ONLY_IF_EMPTY, clock);
        assertThat(r.peopleAdded()).isEqualTo(3);
        assertThat(r.peopleMatched()).isZero();
        assertThat(r.oneOnOnes()).isEqualTo(2);
        assertThat(r.promises()).isEqualTo(4);

        JdbcPeopleRepository repo = new JdbcPeopleRepository(target);
        List<Person> people = repo.people(true);
        assertThat(people).extracting(ArchivePeopleTest::noId)
                .containsExactlyInAnyOrderElementsOf(in.people().stream().map(ArchivePeopleTest::noId).toList());
        Map<Long, String> oldNames = in.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        Map<String, Person> byName = people.stream().collect(Collectors.toMap(Person::name, Function.identity()));
        Map<Long, String> newNames = people.stream().collect(Collectors.toMap(Person::id, Person::name));

        assertThat(repo.aliases().entrySet().stream().collect(Collectors.toMap(e -> newNames.get(e.getKey()),
                Map.Entry::getValue))).isEqualTo(in.formerNames());
        assertThat(repo.allOneOnOnes()).extracting(m -> newNames.get(m.personId()) + "|" + m.date() + "|"
                + m.talkingPoints() + "|" + m.notes() + "|" + m.followUps())
                .containsExactlyInAnyOrderElementsOf(in.meetings().stream().map(m -> oldNames.get(m.personId()) + "|"
                        + m.date() + "|" + m.talkingPoints() + "|" + m.notes() + "|" + m.followUps()).toList());
        assertThat(repo.allPromises()).extracting(p -> newNames.get(p.personId()) + "|" + p.text() + "|" + p.madeOn()
                + "|" + p.due() + "|" + p.state() + "|" + p.closedOn())
                .containsExactlyInAnyOrderElementsOf(in.promises().stream().map(p -> oldNames.get(p.personId()) + "|"
                        + p.text() + "|" + p.madeOn() + "|" + p.due() + "|" + p.state() + "|" + p.closedOn()).toList());
        Map<Long, String> habitNames = new JdbcHabitRepository(target).habits(true).stream()
                .collect(Collectors.toMap(Habit::id, Habit::name));
        assertThat(repo.allCheckInPeople()).extracting(c -> habitNames.get(c.habitId()) + "|" + c.date() + "|"
                + newNames.get(c.personId())).containsExactlyInAnyOrderElementsOf(in.checkInPeople());
        assertThat(byName.get("Bo Chen").archived()).isTrue();
    }

    @Test
    void anArchiveOfVersionOneWithoutPeopleStillImportsWithItsCheckIns() throws Exception {
        Path file = dir.resolve("v1.json");
        Files.writeString(file, """
                {"format":"microlead-archive","version":1,"entries":[{"date":"2026-01-01","text":"Old, with Ana"}],
                 "prompts":{"custom":[],"disabled":[],"shown":{}},
                 "habits":[{"id":1,"name":"Walk","schedule":"daily","sortOrder":0,"archived":false,
                            "startDate":"2026-01-01","checkIns":[{"date":"2026-01-02","state":"DONE","note":"Ana"}]}],
                 "assessments":[],"weeklyReviews":[]}""", StandardCharsets.UTF_8);
        ArchiveService.Report r = importInto(target, file, ArchiveService.Merge.ONLY_IF_EMPTY, clock);
        assertThat(r.entriesAdded()).isEqualTo(1);
        assertThat(r.checkIns()).isEqualTo(1);
        assertThat(r.peopleAdded()).isZero();
        assertThat(new JdbcPeopleRepository(target).people(true)).isEmpty();
        assertThat(new JdbcPeopleRepository(target).allCheckInPeople()).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"cadence\" : \"BIWEEKLY\"|\"cadence\" : \"DAILY\"|\"DAILY\"",
        "\"cadence\" : \"BIWEEKLY\"|\"cadence\" : null|\"cadence\" is missing",
        "\"name\" : \"Ana Lima\"|\"name\" : \"   \"|\"name\" is blank",
        "\"name\" : \"Ana Lima\"|\"name\" : \"NAME201\"|at most 200 fit",
        "\"addedOn\" : \"2025-12-01\"|\"addedOn\" : null|\"addedOn\" is missing",
        "\"formerNames\" : [ \"Ana\" ]|\"formerNames\" : [ \"\" ]|former name 1",
        "\"state\" : \"KEPT\"|\"state\" : \"MAYBE\"|promise 1",
        "\"closedOn\" : \"2026-01-08\"|\"closedOn\" : null|\"closedOn\" is missing",
        "\"closedOn\" : null|\"closedOn\" : \"2026-01-07\"|open but has \"closedOn\" 2026-01-07",
        "\"text\" : \"Review her draft.\"|\"text\" : \"\"|\"text\" is blank",
        "\"people\" : [ 3 ]|\"people\" : [ 4 ]|names person 4, who is not in the archive",
        "\"people\" : [ 3 ]|\"people\" : [ 3, 3 ]|names person 3 twice",
        "\"oneOnOnes\" : [ {|\"oneOnOnes\" : null, \"x\" : [ {|\"oneOnOnes\" is missing",
        "\"date\" : \"2026-01-06\"|\"date\" : null|1:1 1",
        "\"hopes\" : \"Lead a project.\"|\"hopes\" : \"HOPES2001\"|\"hopes\" is 2001 characters long",
        "\"snoozedUntil\" : \"2026-01-20\"|\"snoozedUntil\" : \"2026-02-30\"|\"snoozedUntil\""
    })
    void badPeopleFieldsAreRefusedInPlainWordsAndNothingIsChanged(String from, String to, String message)
            throws Exception {
        String bad = ImportFixtures.with(from, to.replace("NAME201", "n".repeat(201))
                .replace("HOPES2001", "h".repeat(2001)));
        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad, StandardCharsets.UTF_8);
        long writes = target.writeCount();
        assertThatThrownBy(() -> importInto(target, file, ArchiveService.Merge.ONLY_IF_EMPTY, clock))
                .isInstanceOf(ImportException.class).hasMessageContaining(message)
                .hasMessageContaining("Nothing was imported")
                .satisfies(e -> ImportFixtures.assertPlainWords(e.getMessage()));
        assertThat(target.writeCount()).isEqualTo(writes);
        assertThat(ArchiveRoundTripTest.service(target, clock).journalIsEmpty()).isTrue();
    }

    @Test
    void theSameNameIsTheSamePersonAndImportingTwiceAddsNothingTwice() throws Exception {
        fillPeople(source);
        Path file = export(source);
        JdbcPeopleRepository mine = new JdbcPeopleRepository(target);
        // the journal's own Ana, written in other case: her fields stay, the archive's 1:1s and promises join her
        Person ana = mine.add(new Person(0, "ana lima", "Lead", "", null, "", Person.Cadence.WEEKLY, false,
                LocalDate.parse("2026-03-01"), false, null));
        mine.savePromise(Promise.open(ana.id(), "Find a conference", D, null));

        ArchiveService.Report first = importInto(target, file, ArchiveService.Merge.SKIP_EXISTING_DAYS, clock);
        assertThat(first.peopleMatched()).isEqualTo(1);
        assertThat(first.peopleAdded()).isEqualTo(2);
        assertThat(first.promises()).as("the promise she already has is not added again").isEqualTo(3);
        assertThat(mine.people(true)).hasSize(3);
        Person after = mine.find(ana.id()).orElseThrow();
        assertThat(after).isEqualTo(ana);
        assertThat(mine.aliases().get(ana.id())).containsExactly("Ana");
        assertThat(mine.promises(ana.id())).extracting(Promise::text)
                .containsExactlyInAnyOrder("Find a conference", "Review the draft");
        assertThat(mine.oneOnOnes(ana.id())).extracting(OneOnOne::talkingPoints).containsExactly("Release");

        ArchiveService.Report second = importInto(target, file, ArchiveService.Merge.KEEP_BOTH, clock);
        assertThat(second.peopleMatched()).isEqualTo(3);
        assertThat(second.peopleAdded() + second.oneOnOnes() + second.promises()).isZero();
        assertThat(mine.people(true)).hasSize(3);
        assertThat(mine.allOneOnOnes()).hasSize(2);
        assertThat(mine.allPromises()).hasSize(4);
        assertThat(mine.allCheckInPeople()).hasSize(3);
    }

    @Test
    void aCheckInTheJournalAlreadyHasKeepsItsOwnPeople() throws Exception {
        fillPeople(source);
        Path file = export(source);
        JdbcHabitRepository habits = new JdbcHabitRepository(target);
        Habit greet = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "", Pillar.TRUST,
                Schedule.daily(), 0, false, D, ""));
        habits.setCheckIn(new CheckIn(greet.id(), D, CheckIn.State.DONE, "mine"));
        JdbcPeopleRepository mine = new JdbcPeopleRepository(target);
        Person kim = mine.add(Person.named("Kim", D));
        mine.setCheckInPeople(greet.id(), D, Set.of(kim.id()));

        importInto(target, file, ArchiveService.Merge.SKIP_EXISTING_DAYS, clock);
        assertThat(mine.checkInPeople(greet.id(), D)).containsExactly(kim.id());
        Person bo = mine.people(true).stream().filter(p -> p.name().equals("Bo Chen")).findFirst().orElseThrow();
        assertThat(mine.checkInPeople(greet.id(), D.plusDays(1))).containsExactly(bo.id());
    }

    @Test
    void twoPeopleInTheJournalWithTheArchivesNameAreRefusedWithTheNameAndWhatToDo() throws Exception {
        fillPeople(source);
        Path file = export(source);
        JdbcPeopleRepository mine = new JdbcPeopleRepository(target);
        mine.add(Person.named("Bo Chen", D));
        mine.add(Person.named("BO CHEN", D));
        String before = ArchiveRoundTripTest.comparable(ArchiveRoundTripTest.service(target, clock).snapshot(Map.of()));
        long writes = target.writeCount();

        assertThatThrownBy(() -> importInto(target, file, ArchiveService.Merge.KEEP_BOTH, clock))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("'Bo Chen'").hasMessageContaining("2 people in this journal")
                .hasMessageContaining("Rename").hasMessageContaining("Nothing was imported")
                .satisfies(e -> assertThat(((ImportException) e).kind()).isEqualTo(ImportException.Kind.JOURNAL));
        assertThat(target.writeCount()).isEqualTo(writes);
        assertThat(ArchiveRoundTripTest.comparable(ArchiveRoundTripTest.service(target, clock).snapshot(Map.of())))
                .isEqualTo(before);
        assertThat(mine.people(true)).hasSize(2);
    }

    @Test
    void twoPeopleInTheArchiveWithTheNameOfOneInTheJournalAreRefused() throws Exception {
        JdbcPeopleRepository theirs = new JdbcPeopleRepository(source);
        theirs.add(Person.named("Sam", D));
        theirs.add(Person.named("Sam", D.plusDays(1)));
        Path file = export(source);
        JdbcPeopleRepository mine = new JdbcPeopleRepository(target);
        mine.add(Person.named("Sam", D));

        assertThatThrownBy(() -> importInto(target, file, ArchiveService.Merge.KEEP_BOTH, clock))
                .isInstanceOf(ImportException.class).hasMessageContaining("two people called 'Sam'");
        assertThat(mine.people(true)).hasSize(1);

        // into a journal without a Sam, both come in as they were
        Database empty = Database.open(DataFolder.open(dir.resolve("c")));
        try {
            importInto(empty, file, ArchiveService.Merge.ONLY_IF_EMPTY, clock);
            assertThat(new JdbcPeopleRepository(empty).people(true)).extracting(Person::addedOn)
                    .containsExactlyInAnyOrder(D, D.plusDays(1));
        } finally {
            empty.close();
        }
    }

    @Test
    void aNameWithAnApostropheCannotEndTheQuoteThatKeepsItOutOfTheLog() throws Exception {
        JdbcPeopleRepository theirs = new JdbcPeopleRepository(source);
        theirs.add(Person.named("Ciarán O'Brien", D));
        Path file = export(source);
        JdbcPeopleRepository mine = new JdbcPeopleRepository(target);
        mine.add(Person.named("Ciarán O'Brien", D));
        mine.add(Person.named("ciaran o'brien", D));
        assertThatThrownBy(() -> importInto(target, file, ArchiveService.Merge.KEEP_BOTH, clock))
                .satisfies(e -> {
                    Matcher m = Pattern.compile("'[^']*'").matcher(e.getMessage());
                    assertThat(m.find()).isTrue();
                    assertThat(m.group()).isEqualTo("'Ciarán O\u2019Brien'");
                });
        assertThat(mine.people(true)).hasSize(2);
    }
}
