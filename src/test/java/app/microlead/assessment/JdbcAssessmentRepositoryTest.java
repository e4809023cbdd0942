package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAssessmentRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private JdbcAssessmentRepository repo;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcAssessmentRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anUnfinishedSessionKeepsItsAnswersAndPlaceForResuming() {
        Session s = repo.start("microlead-mlm", "1.0.0");
        repo.answer(s.id(), "tr-1", 4, null);
        repo.answer(s.id(), "tr-2", Answers.NO_OPPORTUNITY, null);
        repo.answer(s.id(), "sc-1", null, "sc-1c");
        repo.answer(s.id(), "tr-1", 5, null);
        repo.setPosition(s.id(), 3);

        db.close();
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcAssessmentRepository(db, clock);
        Session back = repo.unfinished().orElseThrow();
        assertThat(back.id()).isEqualTo(s.id());
        assertThat(back.position()).isEqualTo(3);
        assertThat(back.answers().likert()).containsEntry("tr-1", 5).containsEntry("tr-2", 0);
        assertThat(back.answers().scenarios()).containsEntry("sc-1", "sc-1c");
        assertThat(repo.finished()).isEmpty();
    }

    @Test
    void clearingAnAnswerRemovesIt() {
        Session s = repo.start("b", "1");
        repo.answer(s.id(), "tr-1", 4, null);
        repo.answer(s.id(), "tr-1", null, null);
        assertThat(repo.find(s.id()).orElseThrow().answers().likert()).isEmpty();
    }

    @Test
    void finishingMakesItCountAndPlansAreKept() {
        Session a = repo.start("microlead-mlm", "1.0.0");
        repo.finish(a.id());
        Session b = repo.start("microlead-mlm", "1.0.0");
        assertThat(repo.unfinished()).map(Session::id).contains(b.id());
        Session done = repo.finish(b.id());
        assertThat(done.finishedAt()).isEqualTo(clock.instant());
        assertThat(repo.unfinished()).isEmpty();
        assertThat(repo.finished()).extracting(Session::id).containsExactly(a.id(), b.id());

        repo.setPlan(b.id(), 7L, "If a meeting starts, then I will ask the quietest person first.");
        assertThat(repo.find(b.id()).orElseThrow().planHabitId()).isEqualTo(7L);
        assertThat(repo.find(b.id()).orElseThrow().planText()).startsWith("If a meeting starts");
    }

    @Test
    void discardOnlyRemovesUnfinishedSessions() {
        Session done = repo.start("b", "1");
        repo.finish(done.id());
        repo.discard(done.id());
        Session open = repo.start("b", "1");
        repo.answer(open.id(), "tr-1", 3, null);
        repo.discard(open.id());
        assertThat(repo.finished()).hasSize(1);
        assertThat(repo.unfinished()).isEmpty();
    }
}
