package app.microlead.tools;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.I18n;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** {@code ExportReview DIR OUT.pdf DAYS [LANGUAGE]}: a review of the last DAYS days of the journal in DIR. */
public final class ExportReview {

    private ExportReview() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        int days = Integer.parseInt(args[2]);
        if (args.length > 3) {
            I18n.setLocale(Locale.forLanguageTag(args[3]));
        }
        try (Database db = Database.open(DataFolder.open(Path.of(args[0])))) {
            long t0 = System.nanoTime();
            ReviewRequest r = new ReviewRequest(LocalDate.now().minusDays(days - 1L), LocalDate.now(), null, null,
                    "Leadership review", "Lea Example");
            ReviewData data = ReviewData.load(r, clock, new JdbcJournalRepository(db, clock),
                    new HabitService(new JdbcHabitRepository(db), clock), new JdbcAssessmentRepository(db, clock),
                    new JdbcWeeklyReviewRepository(db, clock), QuestionBank.load(), Progress.NONE);
            long t1 = System.nanoTime();
            new PdfExporter().export(data, Path.of(args[1]), Progress.NONE);
            long t2 = System.nanoTime();
            System.out.printf("entries=%d load=%d ms pdf=%d ms%n", data.entries().size(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
        }
    }
}
