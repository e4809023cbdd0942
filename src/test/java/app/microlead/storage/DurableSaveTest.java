package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeeklyReview;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Saved" means on the disk: every save through the real repositories writes the journal file and
 * then forces it to the disk before it returns. The journal runs on a file system that records each
 * write and force of the journal file, with the app's own connection settings.
 */
class DurableSaveTest {

    /** Records "write" and "force" of the journal file, in order. */
    public static final class RecordingFilePath extends ObservedFilePath {
        static final List<String> EVENTS = new ArrayList<>();

        @Override
        public String getScheme() {
            return "recording";
        }

        private static void record(String file, String event) {
            if (file.endsWith(".mv.db")) {
                synchronized (EVENTS) {
                    EVENTS.add(event);
                }
            }
        }

        @Override
        protected void beforeWrite(String file, long position, int length) {
            record(file, "write");
        }

        @Override
        protected void beforeTruncate(String file, long size) {
            record(file, "write");
        }

        @Override
        protected void beforeForce(String file) throws IOException {
            record(file, "force");
        }
    }

    @TempDir
    Path dir;

    private Database db;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        FilePath.register(new RecordingFilePath());
        String url = Database.urlFor(DataFolder.open(dir), null).replace("jdbc:h2:file:", "jdbc:h2:recording:");
        db = Database.open(url, "sa", "");
    }

    /** The journal file events that {@code save} caused, in order. */
    private static List<String> eventsOf(Runnable save) {
        int from;
        synchronized (RecordingFilePath.EVENTS) {
            from = RecordingFilePath.EVENTS.size();
        }
        save.run();
        synchronized (RecordingFilePath.EVENTS) {
            return List.copyOf(RecordingFilePath.EVENTS.subList(from, RecordingFilePath.EVENTS.size()));
        }
    }

    private static void assertWrittenThenForced(String what, List<String> events) {
        assertThat(events).as("%s writes the journal file", what).contains("write");
        assertThat(events.lastIndexOf("force")).as("%s forces the file after its last write: %s", what, events)
                .isGreaterThan(events.lastIndexOf("write"));
    }

    @Test
    void everySaveIsForcedToTheDiskBeforeItReturns() {
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        JdbcWeeklyReviewRepository reviews = new JdbcWeeklyReviewRepository(db, clock);
        LocalDate day = LocalDate.parse("2026-12-03");
        Habit habit = habits.add(new Habit(0, null, "Ask one question", "", Pillar.TRUST, Schedule.daily(), 0, false,
                day, ""));

        for (int i = 0; i < 5; i++) {
            LocalDate d = day.minusDays(i);
            assertWrittenThenForced("reflection " + d, eventsOf(() -> journal.save(new Entry(d, "Text " + d, 3, 4,
                    List.of("team"), List.of(), null, null))));
        }
        assertWrittenThenForced("a tag added", eventsOf(() -> journal.save(new Entry(day, "Text " + day, 3, 4,
                List.of("team", "hiring"), List.of(), null, null))));
        assertWrittenThenForced("a prompt answer", eventsOf(() -> journal.save(new Entry(day, "Text " + day, 3, 4,
                List.of("team", "hiring"), List.of(new Entry.PromptAnswer("p1", "What went well?", "The 1:1")),
                null, null))));
        assertWrittenThenForced("a check-in", eventsOf(() -> habits.setCheckIn(
                new CheckIn(habit.id(), day, CheckIn.State.DONE, "asked"))));
        assertWrittenThenForced("a weekly review", eventsOf(() -> reviews.save(new WeeklyReview(day, "Went well",
                "Differently", "Next", "Commit", null, null))));
        assertWrittenThenForced("a day deleted", eventsOf(() -> journal.delete(day.minusDays(4))));
        assertWrittenThenForced("an all-or-nothing transaction", eventsOf(() -> db.transaction(() -> {
            journal.save(new Entry(day.minusDays(10), "Imported", null, null, List.of(), List.of(), null, null));
            journal.save(new Entry(day.minusDays(11), "Imported", null, null, List.of(), List.of(), null, null));
            return null;
        })));
        db.close();
    }
}
