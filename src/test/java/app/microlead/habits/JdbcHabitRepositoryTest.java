package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcHabitRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private JdbcHabitRepository repo;
    private static final LocalDate D = LocalDate.parse("2026-03-10");

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcHabitRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Habit habit(String name, Pillar p, Schedule s) {
        return new Habit(0, null, name, "why", p, s, 0, false, D.minusDays(30), "");
    }

    @Test
    void addsInOrderAndReordersUpdatesAndArchives() {
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily()));
        Habit b = repo.add(habit("Celebrate", Pillar.EMPOWERMENT, Schedule.perWeek(3)));
        Habit c = repo.add(habit("Own", null, Schedule.perMonth(2)));
        assertThat(repo.habits(false)).extracting(Habit::name).containsExactly("Greet", "Celebrate", "Own");
        assertThat(c.pillar()).isNull();

        repo.reorder(List.of(c.id(), a.id(), b.id()));
        assertThat(repo.habits(false)).extracting(Habit::name).containsExactly("Own", "Greet", "Celebrate");

        repo.update(new Habit(b.id(), null, "Celebrate wins", "new why", Pillar.EMPOWERMENT, Schedule.weekdays(
                DayOfWeek.FRIDAY), b.sortOrder(), true, b.startDate(), "If the week ends, then I thank someone."));
        assertThat(repo.habits(false)).extracting(Habit::name).containsExactly("Own", "Greet");
        Habit back = repo.habits(true).stream().filter(h -> h.id() == b.id()).findFirst().orElseThrow();
        assertThat(back.archived()).isTrue();
        assertThat(back.schedule().format()).isEqualTo("weekdays:FRI");
        assertThat(back.ifThenPlan()).startsWith("If the week ends");
    }

    @Test
    void checkInsAreSetReplacedAndCleared() {
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily()));
        repo.setCheckIn(new CheckIn(a.id(), D, CheckIn.State.DONE, "Ana, Sam 👋"));
        repo.setCheckIn(new CheckIn(a.id(), D.minusDays(1), CheckIn.State.SKIPPED, ""));
        assertThat(repo.checkIns(a.id())).containsOnlyKeys(D.minusDays(1), D);
        assertThat(repo.checkIns(a.id()).get(D).note()).isEqualTo("Ana, Sam 👋");

        repo.setCheckIn(new CheckIn(a.id(), D, CheckIn.State.SKIPPED, "away"));
        assertThat(repo.checkIns(a.id()).get(D).state()).isEqualTo(CheckIn.State.SKIPPED);
        repo.clearCheckIn(a.id(), D);
        assertThat(repo.allCheckIns().get(a.id())).containsOnlyKeys(D.minusDays(1));
    }

    @Test
    void aDayBeforeItsHabitsStartIsRefusedAndNothingIsStored() {
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily())); // started on D - 30
        LocalDate start = a.startDate();
        assertThatThrownBy(() -> repo.setCheckIn(new CheckIn(a.id(), start.minusDays(1), CheckIn.State.DONE, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“Greet” started on 8 February 2026: a day before that cannot be marked.");
        assertThatThrownBy(() -> repo.setCheckIn(new CheckIn(a.id(), LocalDate.parse("1999-01-01"),
                CheckIn.State.SKIPPED, "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repo.allCheckIns()).isEmpty();
        assertThat(repo.habits(true).get(0).startDate()).isEqualTo(start); // the start is not moved either

        repo.setCheckIn(new CheckIn(a.id(), start, CheckIn.State.DONE, "the first day")); // the start itself is a day
        assertThat(repo.checkIns(a.id())).containsOnlyKeys(start);
        assertThatThrownBy(() -> repo.setCheckIn(new CheckIn(a.id() + 99, D, CheckIn.State.DONE, "")))
                .hasMessage("That habit no longer exists.");
    }

    @Test
    void aCopyFromAnotherComputerIsStoredAsItIs() {
        // sync keeps every computer's journal alike: a day that one written before the guard holds is copied
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily()));
        repo.copyCheckIn(new CheckIn(a.id(), a.startDate().minusDays(3), CheckIn.State.DONE, "from the laptop"));
        assertThat(repo.checkIns(a.id())).containsOnlyKeys(a.startDate().minusDays(3));
        assertThat(repo.habits(true).get(0).startDate()).as("the start as stored").isEqualTo(a.startDate());

        // the habit counts from that mark: the days after it take marks, the days before it still do not
        repo.setCheckIn(new CheckIn(a.id(), a.startDate().minusDays(2), CheckIn.State.SKIPPED, ""));
        assertThatThrownBy(() -> repo.setCheckIn(new CheckIn(a.id(), a.startDate().minusDays(4), CheckIn.State.DONE,
                ""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(repo.checkIns(a.id())).containsOnlyKeys(a.startDate().minusDays(3), a.startDate().minusDays(2));
    }

    @Test
    void compactLogsHoldTheSameCheckInsAsTheMaps() {
        LocalDate early = LocalDate.parse("1969-12-01"); // room for the days before 1970 and the late entry
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily()).withStartDate(early));
        Habit b = repo.add(habit("Celebrate", null, Schedule.perWeek(3)).withStartDate(early));
        Habit none = repo.add(habit("Nothing yet", null, Schedule.daily()));
        for (int i = 0; i < 40; i++) {
            repo.setCheckIn(new CheckIn(a.id(), D.minusDays(i), i % 3 == 0 ? CheckIn.State.SKIPPED : CheckIn.State.DONE,
                    i % 7 == 0 ? "note " + i : ""));
        }
        repo.setCheckIn(new CheckIn(b.id(), LocalDate.parse("1969-12-31"), CheckIn.State.DONE, "before 1970"));
        repo.setCheckIn(new CheckIn(b.id(), D, CheckIn.State.DONE, "Ana, Sam 👋"));
        // stored after b's, and out of date order: the log is read in stored order, not sorted by SQL
        repo.setCheckIn(new CheckIn(a.id(), D.minusDays(50), CheckIn.State.DONE, "late entry"));

        var logs = repo.checkInLogs();
        assertThat(logs).containsOnlyKeys(a.id(), b.id()).doesNotContainKey(none.id());
        repo.allCheckIns().forEach((id, map) -> assertThat(logs.get(id)).isEqualTo(CheckInLog.of(map.values())));
        assertThat(logs.get(b.id()).noteOn(LocalDate.parse("1969-12-31"))).isEqualTo("before 1970");
        assertThat(logs.get(a.id()).size()).isEqualTo(41);
        assertThat(logs.get(a.id()).noteOn(D.minusDays(50))).isEqualTo("late entry");
    }

    @Test
    void deleteTakesCheckInsAlongAndRestoreBringsEverythingBack() {
        Habit a = repo.add(habit("Greet", Pillar.TRUST, Schedule.daily()));
        Habit b = repo.add(habit("Other", null, Schedule.daily()));
        repo.setCheckIn(new CheckIn(a.id(), D, CheckIn.State.DONE, "note"));
        HabitRepository.Removed removed = repo.delete(a.id());
        assertThat(repo.habits(true)).extracting(Habit::id).containsExactly(b.id());
        assertThat(repo.allCheckIns()).doesNotContainKey(a.id());

        repo.restore(removed);
        assertThat(repo.habits(true)).extracting(Habit::name).containsExactly("Greet", "Other");
        assertThat(repo.checkIns(a.id()).get(D).note()).isEqualTo("note");
        // new habits after a restore still get fresh ids
        assertThat(repo.add(habit("Third", null, Schedule.daily())).id()).isNotIn(a.id(), b.id());
    }

    @Test
    void deletingAMissingHabitSaysSo() {
        assertThatThrownBy(() -> repo.delete(999)).hasMessageContaining("no longer exists");
    }

    @Test
    void flagsAreRemembered() {
        assertThat(repo.flag("onboarding-done")).isFalse();
        repo.setFlag("onboarding-done");
        repo.setFlag("onboarding-done");
        assertThat(repo.flag("onboarding-done")).isTrue();
    }
}
