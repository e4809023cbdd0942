package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.DirectTaskRunner;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheGapTheTrendAndTheWritingHabitFromTheJournal() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
        LocalDate today = LocalDate.parse("2026-03-10");
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
            journal.save(new Entry(today.minusDays(1), "x", null, null, List.of(), List.of(), null, null));
            journal.save(new Entry(today, "y", null, null, List.of(), List.of(), null, null));
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            Habit h = habits.add(new Habit(0, null, "Explain the why", "", Pillar.TRUST, Schedule.daily(), 0, false,
                    today.minusDays(60), ""));
            for (int i = 0; i < 60; i++) {
                habits.setCheckIn(new CheckIn(h.id(), today.minusDays(60 - i), CheckIn.State.DONE, ""));
            }
            // a self-assessment yesterday answering "Never" to everything: Trust far below the habits
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db,
                    Clock.fixed(Instant.parse("2026-03-09T20:00:00Z"), ZoneOffset.UTC));
            var s = assessments.start("microlead-mlm", "1.0.0");
            QuestionBank.load().items().forEach(i -> assessments.answer(s.id(), i.id(), i.reversed() ? 5 : 1, null));
            assessments.finish(s.id());

            InsightsViewModel vm = new InsightsViewModel(journal, new HabitService(habits, clock), assessments,
                    QuestionBank.load(), new DirectTaskRunner(), clock);
            vm.load();
            assertThat(vm.writingProperty().get().current()).isEqualTo(2);
            assertThat(vm.gapProperty().get().findings()).singleElement().satisfies(f -> {
                assertThat(f.pillar()).isEqualTo(Pillar.TRUST);
                assertThat(f.kind()).isEqualTo(SayDoGap.Kind.HIDDEN_STRENGTH);
            });
            assertThat(vm.trendProperty().get().isEmpty()).isFalse();
            vm.rangeProperty().set(PillarTrend.Range.THREE_MONTHS);
            assertThat(vm.trendProperty().get().range()).isEqualTo(PillarTrend.Range.THREE_MONTHS);
        }
    }
}
