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
import app.microlead.tools.DemoAssessments;
import app.microlead.tools.DemoHabits;
import app.microlead.tools.DemoJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;

/**
 * Not a test: a year (365 reflections of ~300 words, habits, two assessments) exported to PDF, cold
 * (run it in a fresh JVM: {@code PdfBenchmark DIR} prepares DIR on first use, then times one export).
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now();
        boolean fresh = !Files.exists(dir.resolve("microlead.mv.db"));
        try (Database db = Database.open(DataFolder.open(dir))) {
            if (fresh) {
                DemoJournal.write(new JdbcJournalRepository(db, clock), today, 365, 9, 25, false);
                DemoHabits.write(new JdbcHabitRepository(db), today, 365, 9, List.of("greet-by-name", "explain-why",
                        "delegate-task", "celebrate-win", "invite-quiet-voice", "pause-before-reply", "reply-promptly"));
                DemoAssessments.write(db, 2, Instant.now(), new Random(2));
                System.out.println("prepared " + dir + "; run again for the timing");
                return;
            }
            long t0 = System.nanoTime();
            ReviewRequest r = new ReviewRequest(today.minusDays(364), today, null, null, "A year of leadership", "Lea");
            ReviewData data = ReviewData.load(r, clock, new JdbcJournalRepository(db, clock),
                    new HabitService(new JdbcHabitRepository(db), clock), new JdbcAssessmentRepository(db, clock),
                    new JdbcWeeklyReviewRepository(db, clock), QuestionBank.load(), Progress.NONE);
            long t1 = System.nanoTime();
            Path out = dir.resolve("year.pdf");
            new PdfExporter().export(data, out, Progress.NONE);
            long t2 = System.nanoTime();
            try (var pdf = Loader.loadPDF(out.toFile())) {
                System.out.printf("entries=%d pages=%d read=%d ms render=%d ms total=%d ms size=%d KB%n",
                        data.entries().size(), pdf.getNumberOfPages(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t2 - t0) / 1_000_000, Files.size(out) / 1024);
            }
        }
    }
}
