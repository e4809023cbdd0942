package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionTrackerTest {

    @TempDir
    Path dir;

    @Test
    void reusesATrackedCatalogueHabitAndMakesOwnHabitsForTheRest() {
        LocalDate today = LocalDate.parse("2026-03-10");
        QuestionBank bank = QuestionBank.load();
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            Habit archived = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "", Pillar.TRUST,
                    Schedule.daily(), 0, true, today.minusDays(90), ""));
            ActionTracker tracker = new ActionTracker(habits, Catalogue.load());

            QuestionBank.Action greet = bank.actions().stream().filter(a -> a.id().equals("ac-greet")).findFirst().orElseThrow();
            Habit again = tracker.track(greet, "If I arrive, then I will greet everyone.", today);
            assertThat(again.id()).isEqualTo(archived.id());
            assertThat(again.archived()).isFalse();
            assertThat(again.startDate()).isEqualTo(today.minusDays(90));
            assertThat(again.ifThenPlan()).isEqualTo("If I arrive, then I will greet everyone.");

            QuestionBank.Action detail = bank.actions().stream().filter(a -> a.id().equals("ac-detail")).findFirst().orElseThrow();
            Habit own = tracker.track(detail, "If I spot a flaw, then I will ask if it matters.", today);
            assertThat(own.catalogueId()).isNull();
            assertThat(own.schedule()).isEqualTo(Schedule.daily());
            assertThat(own.startDate()).isEqualTo(today);
            assertThat(habits.habits(false)).hasSize(2);
        }
    }
}
