package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.I18n;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoAssessments;
import app.microlead.tools.DemoHabits;
import app.microlead.tools.DemoJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF review in German: headings, cover, contents, dates, mood words and "Seite x von y". */
class PdfExportGermanTest {

    @TempDir
    Path dir;
    private Database db;
    private final LocalDate today = LocalDate.now();
    private final Clock clock = Clock.systemDefaultZone();

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.GERMAN);
        db = Database.open(DataFolder.open(dir.resolve("data")));
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        DemoJournal.write(journal, today.minusDays(1), 40, 5, 4);
        journal.save(new Entry(today, "Ein ruhiger Tag.", 5, 3, List.of("team"), List.of(), null, null));
        DemoHabits.write(new JdbcHabitRepository(db), today, 60, 3, List.of("greet-by-name", "celebrate-win"));
        DemoAssessments.write(db, 1, Instant.now(), new Random(1));
        new JdbcWeeklyReviewRepository(db, clock).save(new WeeklyReview(today.minusDays(10), "Zwei gute Gespräche",
                "", "", "Erst fragen, dann vorschlagen", null, null));
    }

    @AfterEach
    void tearDown() {
        db.close();
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aGermanReviewHasGermanHeadingsDatesAndPageNumbers() throws Exception {
        ReviewRequest req = new ReviewRequest(today.minusDays(50), today, EnumSet.allOf(ReviewRequest.Section.class),
                null, null, "Lea Beispiel");
        ReviewData data = ReviewData.load(req, clock, new JdbcJournalRepository(db, clock),
                new HabitService(new JdbcHabitRepository(db), clock), new JdbcAssessmentRepository(db, clock),
                new JdbcWeeklyReviewRepository(db, clock), QuestionBank.load(), Progress.NONE);
        Path out = dir.resolve("rueckblick.pdf");
        new PdfExporter().export(data, out, Progress.NONE);
        Files.copy(out, Path.of(System.getProperty("java.io.tmpdir"), "microlead-review-de.pdf"),
                StandardCopyOption.REPLACE_EXISTING);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Führungsrückblick", "Lea Beispiel", "Inhalt", "Reflexionen", "Mikro-Aktionen",
                    "Selbsteinschätzungen", "Wochenrückblicke", "Was gut lief", "Vorsatz: Erst fragen, dann vorschlagen",
                    "erstellt mit Microlead am", "Stimmung 5/5 (großartig)", "Seite 2 von ", "Übersprungen",
                    "Risiko für Mikromanagement");
            assertThat(text).contains(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN).format(today));
            assertThat(text).contains(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN).format(today));
            // every percentage as German writes it, "6 %" as "91 %" (in the text a reader copies or searches too)
            assertThat(text).containsPattern("\\d[ \u00A0]%").doesNotContainPattern("\\d%");
            assertThat(text).doesNotContain("Contents", "Page 2 of", "Weekly reviews", "made with Microlead",
                    "Micro-actions", "!export.");
        }
    }
}
