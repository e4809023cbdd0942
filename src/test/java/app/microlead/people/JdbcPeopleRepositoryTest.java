package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPeopleRepositoryTest {

    private static final LocalDate D = LocalDate.parse("2026-03-10");

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private JdbcHabitRepository habits;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcPeopleRepository(db);
        habits = new JdbcHabitRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Person full(String name) {
        return new Person(0, name, "Engineer", "Platform", D.minusYears(1), "wants to lead the next release",
                Person.Cadence.BIWEEKLY, false, D, false, null);
    }

    @Test
    void addsListsSortedUpdatesAndArchives() {
        Person z = repo.add(full("Zoë"));
        Person a = repo.add(Person.named("Émile", D));
        Person b = repo.add(full("bea 🌻"));
        assertThat(repo.people(false)).extracting(Person::name).containsExactly("bea 🌻", "Émile", "Zoë");
        assertThat(repo.find(z.id())).contains(z);

        repo.update(a.withArchived(true).withCadence(Person.Cadence.WEEKLY).withNudges(true, D.plusDays(3)));
        assertThat(repo.people(false)).extracting(Person::id).containsExactly(b.id(), z.id());
        Person back = repo.find(a.id()).orElseThrow();
        assertThat(back.archived()).isTrue();
        assertThat(back.cadence()).isEqualTo(Person.Cadence.WEEKLY);
        assertThat(back.snoozedUntil()).isEqualTo(D.plusDays(3));
        assertThat(repo.people(true)).hasSize(3);
    }

    @Test
    void aRenameKeepsTheFormerNameAsAnAliasAndBackAgainRemovesIt() {
        Person a = repo.add(full("Ana Lima"));
        repo.update(a.withName("Ana Berg"));
        assertThat(repo.aliases()).containsEntry(a.id(), List.of("Ana Lima"));
        repo.update(a.withName("ana  lima"));
        assertThat(repo.find(a.id()).orElseThrow().name()).isEqualTo("ana lima");
        assertThat(repo.aliases().get(a.id())).containsExactly("Ana Berg");
        repo.update(a.withName("ANA LIMA"));
        assertThat(repo.aliases().get(a.id())).containsExactly("Ana Berg");
    }

    @Test
    void oneOnOnesAndPromisesAreStoredUpdatedAndListed() {
        Person a = repo.add(full("Ana"));
        OneOnOne first = repo.saveOneOnOne(new OneOnOne(0, a.id(), D.minusDays(14), "career", "Talked growth", "send link"));
        OneOnOne second = repo.saveOneOnOne(new OneOnOne(0, a.id(), D, "demo", "Went well", ""));
        assertThat(repo.oneOnOnes(a.id())).extracting(OneOnOne::id).containsExactly(second.id(), first.id());
        repo.saveOneOnOne(new OneOnOne(first.id(), a.id(), first.date(), "career", "Talked growth, again", "done"));
        assertThat(repo.oneOnOnes(a.id()).get(1).notes()).isEqualTo("Talked growth, again");

        Promise p = repo.savePromise(Promise.open(a.id(), "Review the draft", D, D.plusDays(2)));
        Promise late = repo.savePromise(Promise.open(a.id(), "Book training", D.minusDays(5), D.minusDays(1)));
        repo.savePromise(Promise.open(a.id(), "Someday", D, null));
        assertThat(repo.openDueBy(D)).extracting(Promise::id).containsExactly(late.id());
        assertThat(repo.openDueBy(D.plusDays(2))).extracting(Promise::id).containsExactly(late.id(), p.id());
        repo.savePromise(p.close(Promise.State.KEPT, D.plusDays(1)));
        Promise stored = repo.promises(a.id()).stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow();
        assertThat(stored.state()).isEqualTo(Promise.State.KEPT);
        assertThat(stored.keptOnTime()).isTrue();
        assertThat(repo.openDueBy(D.plusDays(2))).extracting(Promise::id).containsExactly(late.id());
        repo.deletePromise(late.id());
        assertThat(repo.allPromises()).hasSize(2);
    }

    @Test
    void checkInPeopleFollowTheirCheckIn() {
        Person a = repo.add(full("Ana"));
        Person b = repo.add(full("Ben"));
        Habit h = habits.add(new Habit(0, null, "Greet", "", Pillar.TRUST, Schedule.daily(), 0, false, D, ""));
        habits.setCheckIn(new CheckIn(h.id(), D, CheckIn.State.DONE, ""));
        repo.setCheckInPeople(h.id(), D, Set.of(a.id(), b.id()));
        assertThat(repo.checkInPeople(h.id(), D)).containsExactlyInAnyOrder(a.id(), b.id());
        habits.setCheckIn(new CheckIn(h.id(), D, CheckIn.State.SKIPPED, "changed"));
        assertThat(repo.checkInPeople(h.id(), D)).hasSize(2);
        repo.setCheckInPeople(h.id(), D, Set.of(b.id()));
        assertThat(repo.allCheckInPeople()).containsExactly(new PeopleRepository.CheckInPerson(h.id(), D, b.id()));
        habits.clearCheckIn(h.id(), D);
        assertThat(repo.allCheckInPeople()).isEmpty();
        // a check-in cleared meanwhile (here, or on another computer through sync) names no one
        repo.setCheckInPeople(h.id(), D, Set.of(a.id()));
        assertThat(repo.allCheckInPeople()).isEmpty();
    }

    @Test
    void deleteTakesEverythingOfThePersonAndRestorePutsItBack() {
        Person a = repo.add(full("Ana Lima"));
        Person other = repo.add(full("Ben"));
        repo.update(a.withName("Ana Berg"));
        Habit h = habits.add(new Habit(0, null, "Greet", "", Pillar.TRUST, Schedule.daily(), 0, false, D, ""));
        habits.setCheckIn(new CheckIn(h.id(), D, CheckIn.State.DONE, ""));
        repo.setCheckInPeople(h.id(), D, Set.of(a.id(), other.id()));
        repo.saveOneOnOne(new OneOnOne(0, a.id(), D, "points", "notes", "follow"));
        repo.savePromise(Promise.open(a.id(), "Review", D, D));
        repo.recordNudge(new PeopleRepository.ShownNudge(D, a.id(), Nudges.Reason.NOT_MENTIONED));

        PeopleRepository.Removed removed = repo.delete(a.id());
        assertThat(repo.people(true)).extracting(Person::name).containsExactly("Ben");
        assertThat(repo.allOneOnOnes()).isEmpty();
        assertThat(repo.allPromises()).isEmpty();
        assertThat(repo.allCheckInPeople()).hasSize(1);
        assertThat(repo.nudgeOn(D)).isEmpty();

        repo.restore(removed);
        assertThat(repo.find(a.id()).orElseThrow().name()).isEqualTo("Ana Berg");
        assertThat(repo.aliases().get(a.id())).containsExactly("Ana Lima");
        assertThat(repo.oneOnOnes(a.id())).singleElement().extracting(OneOnOne::notes).isEqualTo("notes");
        assertThat(repo.promises(a.id())).hasSize(1);
        assertThat(repo.checkInPeople(h.id(), D)).containsExactlyInAnyOrder(a.id(), other.id());
        Person c = repo.add(Person.named("Cleo", D));
        assertThat(c.id()).isNotIn(a.id(), other.id());
    }

    @Test
    void anUnsavedPageIsKeptFieldByFieldReplacedRemovedAndGoesWithItsPerson() {
        Person a = repo.add(full("Ana"));
        Person b = repo.add(full("Ben"));
        repo.saveDrafts(Map.of(a.id(), Map.of("notes", "half a thought\nand a second line", "start-date", ""),
                b.id(), Map.of("role", "Lead")));
        assertThat(repo.drafts()).isEqualTo(Map.of(a.id(), Map.of("notes", "half a thought\nand a second line",
                "start-date", ""), b.id(), Map.of("role", "Lead")));

        repo.saveDrafts(Map.of(a.id(), Map.of("promise", "send the slides"), b.id(), Map.of()));
        assertThat(repo.drafts()).as("a page written again replaces the fields it had; an empty one goes")
                .isEqualTo(Map.of(a.id(), Map.of("promise", "send the slides")));

        repo.saveDrafts(Map.of(b.id() + 100, Map.of("notes", "someone deleted meanwhile")));
        assertThat(repo.drafts()).containsOnlyKeys(a.id());
        repo.delete(a.id());
        assertThat(repo.drafts()).as("unsaved pages after their person was deleted").isEmpty();
    }

    @Test
    void whatIsDoneTogetherIsStoredAllOrNothing() {
        Person a = repo.add(full("Ana"));
        repo.saveDrafts(Map.of(a.id(), Map.of("notes", "the note being saved")));
        assertThatThrownBy(() -> repo.together(() -> {
            repo.saveOneOnOne(new OneOnOne(0, a.id(), D, "", "the note being saved", ""));
            repo.saveDrafts(Map.of(a.id(), Map.of()));
            throw new IllegalStateException("the disk filled up");
        })).hasMessageContaining("disk");
        assertThat(repo.oneOnOnes(a.id())).isEmpty();
        assertThat(repo.drafts()).as("the unsaved page as it was").isEqualTo(Map.of(a.id(),
                Map.of("notes", "the note being saved")));

        repo.together(() -> {
            repo.saveOneOnOne(new OneOnOne(0, a.id(), D, "", "the note being saved", ""));
            repo.saveDrafts(Map.of(a.id(), Map.of()));
            return null;
        });
        assertThat(repo.oneOnOnes(a.id())).hasSize(1);
        assertThat(repo.drafts()).isEmpty();
    }

    @Test
    void theNudgeOfADayIsKeptOnce() {
        Person a = repo.add(full("Ana"));
        Person b = repo.add(full("Ben"));
        repo.recordNudge(new PeopleRepository.ShownNudge(D, a.id(), Nudges.Reason.NOT_RECOGNISED));
        repo.recordNudge(new PeopleRepository.ShownNudge(D, b.id(), Nudges.Reason.NO_ONE_ON_ONE));
        assertThat(repo.nudgeOn(D)).contains(new PeopleRepository.ShownNudge(D, b.id(), Nudges.Reason.NO_ONE_ON_ONE));
        assertThat(repo.nudgeOn(D.plusDays(1))).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Person.named("  ", D)).hasMessageContaining("name");
        assertThatThrownBy(() -> Person.named("x".repeat(201), D)).hasMessageContaining("200");
        assertThatThrownBy(() -> Promise.open(1, " ", D, null)).hasMessageContaining("promised");
        for (int i = 0; i < 500; i++) {
            repo.add(Person.named("Person " + i, D));
        }
        assertThat(repo.people(false)).hasSize(500);
    }
}
