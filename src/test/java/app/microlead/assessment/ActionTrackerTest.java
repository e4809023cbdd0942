package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suggested action tracked twice is one habit, whether the catalogue has it or not. */
class ActionTrackerTest {

    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    @Test
    void anActionOfOurOwnTrackedTwiceIsOneHabitWithTheNewerPlan() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            ActionTracker tracker = new ActionTracker(habits, Catalogue.load());
            QuestionBank.Action own = new QuestionBank.Action("a1", "empowerment", "f", null,
                    "Ask the team which decision they want to own next", "");
            Habit first = tracker.track(own, "If planning starts, then I will ask.", DAY);
            Habit second = tracker.track(own, "If Monday comes, then I will ask.", DAY.plusDays(1));
            assertThat(habits.habits(true)).hasSize(1);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(habits.habits(true).get(0).ifThenPlan()).isEqualTo("If Monday comes, then I will ask.");
            assertThat(habits.habits(true).get(0).startDate()).isEqualTo(DAY);
        }
    }

    @Test
    void anArchivedHabitComesBackInsteadOfASecondOne() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            ActionTracker tracker = new ActionTracker(habits, Catalogue.load());
            String catalogueId = Catalogue.load().actions().get(0).id();
            QuestionBank.Action fromCatalogue = new QuestionBank.Action("a2", "trust", "f", catalogueId, "x", "");
            Habit h = tracker.track(fromCatalogue, "If a, then I will b.", DAY);
            habits.update(new Habit(h.id(), h.catalogueId(), h.name(), h.description(), h.pillar(), h.schedule(),
                    h.sortOrder(), true, h.startDate(), h.ifThenPlan()));
            tracker.track(fromCatalogue, "If c, then I will d.", DAY);
            assertThat(habits.habits(true)).hasSize(1);
            assertThat(habits.habits(false)).hasSize(1);
        }
    }
}
