package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.assessment.QuestionBank;
import app.microlead.backend.Backend;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.people.PeopleService;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the export dialog's job writes for each format: the chosen period, tag and sections only. */
class ExportJobsTest {

    private static final LocalDate MAR_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MAR_5 = LocalDate.parse("2026-03-05");
    private static final LocalDate MAR_8 = LocalDate.parse("2026-03-08");
    private static final LocalDate FEB_20 = LocalDate.parse("2026-02-20");

    @TempDir
    Path dir;
    private Database db;
    private ExportJobs jobs;
    private final List<String> steps = new ArrayList<>();
    private final List<Double> fractions = new ArrayList<>();
    private final Progress progress = new Progress() {
        @Override
        public void update(double fraction, String step) {
            fractions.add(fraction);
            steps.add(step);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        db = Database.open(DataFolder.open(dir.resolve("data")));
        Backend b = new Backend(db, clock, "test");
        b.journal().save(new Entry(FEB_20, "Before the period: budget talk", 3, 3, List.of("team"), List.of(), null, null));
        b.journal().save(new Entry(MAR_1, "Greeted Ana by name", 4, 3, List.of("team"), List.of(), null, null));
        b.journal().save(new Entry(MAR_5, "Delegated the release notes", 3, 4, List.of("delegation"), List.of(), null,
                null));
        b.journal().save(new Entry(MAR_8, "Thanked Sam for the fix", 5, 4, List.of("team"), List.of(), null, null));
        Habit h = b.habitRepository().add(new Habit(0, null, "Greet by name", "", Pillar.TRUST, Schedule.daily(), 0,
                false, FEB_20, ""));
        b.habitRepository().setCheckIn(new CheckIn(h.id(), FEB_20, CheckIn.State.DONE, "old"));
        b.habitRepository().setCheckIn(new CheckIn(h.id(), MAR_5, CheckIn.State.DONE, "in range"));
        b.reviews().save(new WeeklyReview(MAR_8, "Good talks with the team", "Slower replies", "Greet by name",
                "Ask first", null, null));
        b.reviews().save(new WeeklyReview(FEB_20, "An older week", "", "", "Older", null, null));
        jobs = new ExportJobs(b.journal(), b.habits(), b.assessments(), b.reviews(),
                new PeopleService(b.people(), b.journal(), b.habitRepository(), b.clock()), QuestionBank.load(), b.archive(),
                () -> Map.of("theme", "dark"), b.clock());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static ExportViewModel.Settings settings(ExportViewModel.Format f, String tag) {
        return new ExportViewModel.Settings(f, MAR_1, MAR_8, EnumSet.allOf(ReviewRequest.Section.class), tag, "My review");
    }

    @Test
    void markdownHoldsTheDaysOfThePeriodWithTheTagAndReportsItsSteps() throws Exception {
        Path out = dir.resolve("review.md");
        jobs.run(settings(ExportViewModel.Format.MARKDOWN, "team"), out, progress);
        String md = Files.readString(out);
        assertThat(md).contains("My review").contains("Greeted Ana by name").contains("Thanked Sam for the fix")
                .doesNotContain("Delegated the release notes").doesNotContain("budget talk");
        assertThat(fractions).first().isEqualTo(0.02);
        assertThat(fractions).last().isEqualTo(1.0);
        assertThat(steps).last().isEqualTo("Done");
    }

    /** The period's weekly reviews are in the Markdown file as they are in the PDF: with the reflections, no tag. */
    @Test
    void markdownHoldsThePeriodsWeeklyReviewsAfterTheDays() throws Exception {
        Path out = dir.resolve("review.md");
        jobs.run(settings(ExportViewModel.Format.MARKDOWN, null), out, progress);
        String md = Files.readString(out);
        assertThat(md).contains("""
                ## Weekly reviews

                ### Week of 2 – 8 March 2026

                **What went well**

                Good talks with the team

                **What I would do differently**

                Slower replies

                **Micro-action for the next week**

                Greet by name

                > **Commitment:** Ask first
                """).doesNotContain("An older week");
        assertThat(md.indexOf("## Weekly reviews")).isGreaterThan(md.indexOf("Thanked Sam for the fix"));

        jobs.run(settings(ExportViewModel.Format.MARKDOWN, "team"), out, progress);
        assertThat(Files.readString(out)).as("a tag keeps to the reflections that carry it, as in the PDF")
                .doesNotContain("Weekly reviews").doesNotContain("Good talks");
    }

    @Test
    void markdownDaysWritesOneFilePerDayOfThePeriod() throws Exception {
        Path out = dir.resolve("days");
        jobs.run(settings(ExportViewModel.Format.MARKDOWN_DAYS, null), out, progress);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("2026-03-01.md", "2026-03-05.md", "2026-03-08.md");
        }
        assertThat(Files.readString(out.resolve("2026-03-05.md"))).contains("date: 2026-03-05")
                .contains("tags: [\"delegation\"]").contains("Delegated the release notes");
    }

    @Test
    void csvHoldsTheCheckInsOfThePeriodAndTheHabitsList() throws Exception {
        Path out = dir.resolve("check-ins.csv");
        jobs.run(settings(ExportViewModel.Format.CSV, null), out, progress);
        assertThat(Files.readString(out)).isEqualTo("date,habit,state,note\r\n2026-03-05,Greet by name,done,in range\r\n");
        assertThat(Files.readString(dir.resolve("check-ins-habits.csv"))).contains("Greet by name");
    }

    @Test
    void theArchiveHoldsTheWholeJournalWithTheAppsSettings() throws Exception {
        Path out = dir.resolve("journal.json");
        jobs.run(settings(ExportViewModel.Format.JSON, "team"), out, progress);
        Archive a = ArchiveReader.read(out);
        assertThat(a.entries()).hasSize(4);
        assertThat(a.settings()).containsEntry("theme", "dark");
        assertThat(steps).contains("Writing the archive");
    }

    @Test
    void thePdfHoldsThePeriodsReflectionsWithTheTagAndItsTitle() throws Exception {
        Path out = dir.resolve("review.pdf");
        jobs.run(new ExportViewModel.Settings(ExportViewModel.Format.PDF, MAR_1, MAR_8,
                Set.of(ReviewRequest.Section.REFLECTIONS), "team", "My review"), out, progress);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("My review").contains("Greeted Ana by name").contains("Thanked Sam for the fix")
                    .doesNotContain("Delegated the release notes").doesNotContain("budget talk");
        }
        assertThat(fractions).last().isEqualTo(1.0);
    }

    @Test
    void aCancelledExportStopsWithCancelledAndWritesNothing() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        for (ExportViewModel.Format f : List.of(ExportViewModel.Format.JSON, ExportViewModel.Format.MARKDOWN,
                ExportViewModel.Format.PDF)) {
            Path out = dir.resolve("cancelled." + f.name());
            assertThatThrownBy(() -> jobs.run(settings(f, null), out, cancelled)).as(f.name())
                    .isInstanceOf(Progress.Cancelled.class);
            assertThat(out).as(f.name()).doesNotExist();
        }
    }
}
