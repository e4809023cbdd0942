package app.microlead.bench;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.export.PdfExporter;
import app.microlead.export.Progress;
import app.microlead.export.ReviewData;
import app.microlead.export.ReviewRequest;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year (the generated {@code year} journal: 365 days, 7 habits, 2 self-assessments) exported to PDF,
 * cold: one export per fresh JVM (class loading, font parsing and JIT included; JVM start and opening
 * the database excluded), three forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m"})
public class PdfBench {

    private Database db;
    private Path out;

    @Setup(Level.Trial)
    public void open() throws Exception {
        db = Database.open(DataFolder.open(BenchJournals.journal("year")));
        out = Files.createTempFile("microlead-bench", ".pdf");
    }

    @Benchmark
    public long yearCold() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        ReviewRequest r = new ReviewRequest(today.minusDays(364), today, null, null, "A year of leadership", "Lea");
        ReviewData data = ReviewData.load(r, clock, new JdbcJournalRepository(db, clock),
                new HabitService(new JdbcHabitRepository(db), clock), new JdbcAssessmentRepository(db, clock),
                new JdbcWeeklyReviewRepository(db, clock), QuestionBank.load(), Progress.NONE);
        new PdfExporter().export(data, out, Progress.NONE);
        return Files.size(out);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        db.close();
        Files.deleteIfExists(out);
    }
}
