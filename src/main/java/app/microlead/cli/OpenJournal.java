package app.microlead.cli;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.export.ArchiveService;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.insights.JdbcWeeklyReviewRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.InstanceLock;
import app.microlead.storage.StorageException;
import java.nio.file.Path;
import java.time.Clock;

/** The journal opened for a command: the same repositories and services the app uses. */
final class OpenJournal implements AutoCloseable {

    final DataFolder folder;
    final Database db;
    final Clock clock = Clock.systemDefaultZone();
    final JdbcJournalRepository journal;
    final JdbcPromptRepository prompts;
    final JdbcHabitRepository habitRepo;
    final HabitService habits;
    final JdbcAssessmentRepository assessments;
    final JdbcWeeklyReviewRepository reviews;
    final QuestionBank bank = QuestionBank.load();
    private final InstanceLock lock;

    private OpenJournal(DataFolder folder, InstanceLock lock, Database db) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
        journal = new JdbcJournalRepository(db, clock);
        prompts = new JdbcPromptRepository(db, clock);
        habitRepo = new JdbcHabitRepository(db);
        habits = new HabitService(habitRepo, clock);
        assessments = new JdbcAssessmentRepository(db, clock);
        reviews = new JdbcWeeklyReviewRepository(db, clock);
    }

    /** Opens the journal, refusing while the app has it open. */
    static OpenJournal open(Path dataDir) {
        DataFolder folder = DataFolder.open(dataDir);
        InstanceLock lock = InstanceLock.tryAcquire(folder.lockFile()).orElseThrow(() -> new StorageException(
                "Microlead is open with this journal; close the app first, then run the command again."));
        try {
            app.microlead.storage.Conversion.recover(folder);
            return new OpenJournal(folder, lock, Database.open(folder));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    ArchiveService archive() {
        return new ArchiveService(db, journal, prompts, habitRepo, assessments, reviews, clock, MicroleadCommand.appVersion());
    }

    @Override
    public void close() {
        db.close();
        lock.close();
    }
}
