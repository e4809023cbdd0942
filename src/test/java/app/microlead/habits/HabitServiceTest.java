package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.MutableClock;
import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows are shared between views: every write, through any path, is seen by the next read. */
class HabitServiceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @TempDir
    Path dir;
    private Database db;
    private JdbcHabitRepository repo;
    private MutableClock clock;
    private HabitService service;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcHabitRepository(db);
        clock = new MutableClock(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        service = new HabitService(repo, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Habit add(String name) {
        return repo.add(new Habit(0, null, name, "why", Pillar.TRUST, Schedule.daily(), 0, false, TODAY.minusDays(9), ""));
    }

    @Test
    void unchangedJournalGivesTheSameRowsToEveryone() {
        add("Greet");
        List<HabitRow> first = service.rows(false);
        assertThat(service.rows(false).get(0)).isSameAs(first.get(0));
        assertThat(service.rows(true).get(0)).isSameAs(first.get(0));
    }

    @Test
    void aMarkIsVisibleInTheNextRead() {
        Habit h = add("Greet");
        assertThat(service.rows(false).get(0).stateOn(TODAY)).isNull();
        service.mark(h, TODAY, CheckIn.State.DONE, "Ana");
        HabitRow row = service.rows(false).get(0);
        assertThat(row.stateOn(TODAY)).isEqualTo(CheckIn.State.DONE);
        assertThat(row.noteOn(TODAY)).isEqualTo("Ana");
        assertThat(row.stats().current().length()).isEqualTo(1);
        service.mark(h, TODAY, null, "Ana");
        assertThat(service.rows(false).get(0).stateOn(TODAY)).isNull();
    }

    @Test
    void aDayBeforeTheStartIsRefusedAndTheStartStays() {
        Habit h = add("Greet"); // started nine days ago
        LocalDate before = h.startDate().minusDays(1);
        assertThatThrownBy(() -> service.mark(h, before, CheckIn.State.DONE, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“Greet” started on 1 March 2026: a day before that cannot be marked.");
        assertThatThrownBy(() -> service.mark(h, before, CheckIn.State.SKIPPED, "away"))
                .isInstanceOf(IllegalArgumentException.class);
        HabitRow row = service.rows(false).get(0);
        assertThat(row.habit().startDate()).isEqualTo(h.startDate());
        assertThat(row.stateOn(before)).isNull();
        assertThat(row.stats().days().length()).isEqualTo(10);
        service.mark(h, before, null, ""); // leaving it empty is no mark: nothing to refuse
    }

    /**
     * Sync can leave marks before the stored start (another computer's, made before this one moved the start
     * later): the habit then counts from the first of them, everywhere its rows go, and nothing is written.
     */
    @Test
    void aSyncedMarkBeforeTheStoredStartIsWhereTheHabitStartsAndIsCounted() {
        Habit h = repo.add(new Habit(0, null, "Greet", "", Pillar.TRUST, Schedule.daily(), 0, false,
                TODAY.minusDays(3), ""));
        repo.copyCheckIn(new CheckIn(h.id(), TODAY.minusDays(6), CheckIn.State.DONE, ""));
        repo.copyCheckIn(new CheckIn(h.id(), TODAY.minusDays(5), CheckIn.State.DONE, ""));

        HabitRow row = service.rows(false).get(0);
        assertThat(row.habit().startDate()).isEqualTo(TODAY.minusDays(6));
        assertThat(row.habit().startsAfter(TODAY.minusDays(6))).isFalse();
        assertThat(row.stats().habit()).isEqualTo(row.habit());
        assertThat(row.stats().days().start()).isEqualTo(TODAY.minusDays(6));
        assertThat(row.stats().days().length()).isEqualTo(7);
        assertThat(row.stats().best().length()).isEqualTo(2);
        assertThat(row.stats().strength()).isPositive();

        // the days between the first mark and the stored start take marks; the days before the first mark do not
        service.mark(h, TODAY.minusDays(4), CheckIn.State.DONE, "");
        assertThat(service.rows(false).get(0).stats().best().length()).isEqualTo(3);
        assertThatThrownBy(() -> service.mark(h, TODAY.minusDays(7), CheckIn.State.DONE, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“Greet” started on 4 March 2026: a day before that cannot be marked.");
        assertThat(repo.habits(true).get(0).startDate()).as("stored as it came").isEqualTo(TODAY.minusDays(3));

        // the form edits the start that counts: kept, it saves; moved past the first mark, it is refused
        Habit shown = service.rows(false).get(0).habit();
        service.edit(new Habit(shown.id(), null, "Greet by name", "", Pillar.TRUST, Schedule.daily(), 0, false,
                shown.startDate(), ""));
        assertThat(service.rows(false).get(0).habit().name()).isEqualTo("Greet by name");
        assertThatThrownBy(() -> service.edit(shown.withStartDate(TODAY.minusDays(5))))
                .isInstanceOf(IllegalArgumentException.class);
        // neither that save nor archiving writes a start of its own (sync would send it as this computer's edit)
        service.setArchived(h.id(), true);
        assertThat(repo.habits(true)).singleElement().satisfies(s -> {
            assertThat(s.archived()).isTrue();
            assertThat(s.startDate()).isEqualTo(TODAY.minusDays(3));
        });
        assertThat(service.rows(true).get(0).habit().startDate()).isEqualTo(TODAY.minusDays(6));
        // a start moved earlier than the first mark by hand is stored
        service.edit(service.rows(true).get(0).habit().withStartDate(TODAY.minusDays(8)));
        assertThat(repo.habits(true).get(0).startDate()).isEqualTo(TODAY.minusDays(8));
    }

    @Test
    void writesThroughTheRepositoryOrAnyTransactionAreVisible() {
        Habit h = add("Greet");
        service.rows(true);
        repo.update(h.withArchived(true));
        assertThat(service.rows(false)).isEmpty();
        assertThat(service.rows(true)).extracting(r -> r.habit().archived()).containsExactly(true);

        service.rows(true);
        Habit other = add("Thank");
        assertThat(service.rows(true)).extracting(r -> r.habit().name()).containsExactly("Greet", "Thank");

        service.rows(true);
        // as an archive import does: another repository on the same journal, in one transaction
        db.transaction(() -> {
            new JdbcHabitRepository(db).setCheckIn(new CheckIn(other.id(), TODAY, CheckIn.State.SKIPPED, ""));
            return null;
        });
        assertThat(service.rows(false).get(0).stateOn(TODAY)).isEqualTo(CheckIn.State.SKIPPED);

        service.rows(true);
        HabitRepository.Removed removed = repo.delete(other.id());
        assertThat(service.rows(true)).hasSize(1);
        repo.restore(removed);
        assertThat(service.rows(false).get(0).stateOn(TODAY)).isEqualTo(CheckIn.State.SKIPPED);
    }

    @Test
    void aNewDayComputesTheNumbersAgain() {
        Habit h = add("Greet");
        service.mark(h, TODAY, CheckIn.State.DONE, "");
        assertThat(service.rows(false).get(0).stats().days().length()).isEqualTo(10);
        clock.plusDays(1);
        assertThat(service.rows(false).get(0).stats().days().length()).isEqualTo(11);
    }

    @Test
    void loadReadsTheDatabaseEachTime() {
        add("Greet");
        List<HabitRow> shared = service.rows(false);
        List<HabitRow> loaded = service.load(false);
        assertThat(loaded).isNotSameAs(shared).hasSize(1);
        assertThat(loaded.get(0)).isNotSameAs(shared.get(0));
        assertThat(loaded.get(0).habit()).isEqualTo(shared.get(0).habit());
        assertThat(loaded.get(0).checkIns()).isEqualTo(shared.get(0).checkIns());
    }
}
