package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    @TempDir
    Path dir;
    private Database db;
    private final LocalDate today = LocalDate.now();
    private final Clock clock = Clock.systemDefaultZone();
    private JdbcJournalRepository journal;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir.resolve("data")));
        journal = new JdbcJournalRepository(db, clock);
        DemoJournal.write(journal, today.minusDays(1), 70, 5, 4);
        journal.save(new Entry(today, "# A heading\n\nGreek Ελληνικά, Cyrillic Кириллица, accents àéîõü, and a plant 🌱."
                + "\n\n> a quote\n\n- a list item\n\n<script>alert(1)</script>", 4, 3, List.of("unicode"),
                List.of(new Entry.PromptAnswer("trust-01", "Whom did you greet by name today?", "Ana & Sam")), null, null));
        DemoHabits.write(new JdbcHabitRepository(db), today, 90, 3, List.of("greet-by-name", "celebrate-win", "on-time"));
        DemoAssessments.write(db, 2, Instant.now(), new Random(1));
        JdbcWeeklyReviewRepository reviews = new JdbcWeeklyReviewRepository(db, clock);
        reviews.save(new WeeklyReview(today.minusDays(10), "Two honest one-to-ones", "Reply after a pause",
                "Greet people by name", "Ask before I suggest", null, null));
        reviews.save(new WeeklyReview(today.minusDays(200), "Long ago", "", "", "", null, null));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ReviewData data(ReviewRequest r, Progress p) {
        return ReviewData.load(r, clock, journal, new HabitService(new JdbcHabitRepository(db), clock),
                new JdbcAssessmentRepository(db, clock), new JdbcWeeklyReviewRepository(db, clock), QuestionBank.load(), p);
    }

    @Test
    void aReviewHasCoverContentsMonthsHabitsAndAssessmentsWithEmbeddedFonts() throws Exception {
        ReviewRequest req = new ReviewRequest(today.minusDays(80), today, EnumSet.allOf(ReviewRequest.Section.class),
                null, "Leadership review", "Lea Example");
        Path out = dir.resolve("review.pdf");
        new PdfExporter().export(data(req, Progress.NONE), out, Progress.NONE);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Leadership review", "Lea Example", "Contents", "Reflections", "Micro-actions",
                    "Self-assessments");
            assertThat(text).contains(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)
                    .format(today));
            assertThat(text).contains("Greek Ελληνικά, Cyrillic Кириллица, accents àéîõü");
            assertThat(text).contains("Whom did you greet by name today?", "Ana & Sam", "<script>alert(1)</script>");
            assertThat(text).contains("Greet people by name", "Micromanagement risk", "Page 2 of ");
            assertThat(text).contains("Weekly reviews", "What went well", "Two honest one-to-ones",
                    "Reply after a pause", "Commitment: Ask before I suggest").doesNotContain("Long ago");
            assertThat(text).doesNotContain("Ελληνικ#");
            assertThat(pdf.getNumberOfPages()).isBetween(8, 80);
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aTagFilterAndSectionsNarrowTheReview() throws Exception {
        ReviewRequest req = new ReviewRequest(today.minusDays(80), today, EnumSet.of(ReviewRequest.Section.REFLECTIONS),
                "unicode", null, null);
        ReviewData d = data(req, Progress.NONE);
        assertThat(d.entries()).hasSize(1);
        Path out = dir.resolve("tagged.pdf");
        new PdfExporter().export(d, out, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ελληνικά").doesNotContain("Micro-actions\n").doesNotContain("Self-assessments")
                    .doesNotContain("Weekly reviews");
            assertThat(pdf.getNumberOfPages()).isBetween(2, 5);
        }
    }

    @Test
    void aPeriodWithoutASelfAssessmentSpendsNoPageOnIt() throws Exception {
        ReviewRequest req = new ReviewRequest(today.minusDays(69), today.minusDays(50),
                EnumSet.allOf(ReviewRequest.Section.class), null, null, null);
        ReviewData d = data(req, Progress.NONE);
        assertThat(d.assessments()).isEmpty();
        Path out = dir.resolve("no-assessment.pdf");
        new PdfExporter().export(d, out, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Micro-actions").doesNotContain("Self-assessments")
                    .doesNotContain("No self-assessment");
        }
    }

    @Test
    void aOneDayPeriodNamesItsDayOnceAndCountsOneDay() throws Exception {
        ReviewRequest req = new ReviewRequest(today, today, EnumSet.allOf(ReviewRequest.Section.class), null, null, null);
        Path out = dir.resolve("one-day.pdf");
        new PdfExporter().export(data(req, Progress.NONE), out, Progress.NONE);
        String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(today);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(day).doesNotContain(day + " – " + day).contains("Written on 1 of 1 day")
                    .doesNotContain("of 1 days");
        }
    }

    @Test
    void aPillarNotTrackedYetWhenThePeriodBeganHasNoStrengthAtItsStart() throws Exception {
        // the micro-actions began 90 days ago: a period from 100 days ago starts before any of them
        ReviewRequest req = new ReviewRequest(today.minusDays(100), today, EnumSet.of(ReviewRequest.Section.HABITS),
                null, null, null);
        Path out = dir.resolve("before-start.pdf");
        new PdfExporter().export(data(req, Progress.NONE), out, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            // each pillar's row: its one micro-action, no strength at the start, its strength at the end
            assertThat(Pattern.compile("(?m)^1 – \\d+%$").matcher(text).results().count())
                    .as(text).isEqualTo(3);
        }
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        Progress cancel = new Progress() {
            @Override
            public void update(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        ReviewRequest req = new ReviewRequest(today.minusDays(80), today, null, null, null, null);
        Path out = dir.resolve("never.pdf");
        assertThatThrownBy(() -> new PdfExporter().export(data(req, Progress.NONE), out, cancel))
                .isInstanceOf(Progress.Cancelled.class);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains("never"));
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ReviewRequest(today, today.minusDays(1), null, null, null, null))
                .hasMessageContaining("end is not before its start");
    }
}
