package app.microlead.export;

import static app.microlead.common.I18n.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.I18n;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoAssessments;
import app.microlead.tools.DemoHabits;
import app.microlead.tools.DemoJournal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarter's review, made with a clock of its own (the first minutes of 15 June 2025 at UTC+14, which
 * is still the 14th in UTC and at UTC+12:45): the summary before the first day, a contents whose page
 * numbers are right and line up, and charts that are drawn (vector paths in the app's colours).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPdfLayoutTest {

    private static final Instant NOW = Instant.parse("2025-06-14T10:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Kiritimati"));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate FIRST = TODAY.minusDays(89);

    private PDDocument pdf;
    private List<String> pages;
    private final Set<String> questions = new HashSet<>();

    @BeforeAll
    void export(@TempDir Path dir) throws IOException {
        try (Database db = Database.open(DataFolder.open(dir.resolve("data")))) {
            DemoJournal.write(new JdbcJournalRepository(db, CLOCK), TODAY, 90, 3, 6);
            DemoHabits.write(new JdbcHabitRepository(db), TODAY, 120, 3,
                    List.of("greet-by-name", "celebrate-win", "reply-promptly"));
            DemoAssessments.write(db, 2, NOW, new Random(3));
            new JdbcWeeklyReviewRepository(db, CLOCK).save(new WeeklyReview(TODAY.minusDays(8), "Two honest talks",
                    "", "", "Ask before I suggest", null, null));
            ReviewRequest req = new ReviewRequest(FIRST, TODAY, EnumSet.allOf(ReviewRequest.Section.class), null,
                    "Quarter", "Lea");
            ReviewData data = ReviewData.load(req, CLOCK, new JdbcJournalRepository(db, CLOCK),
                    new HabitService(new JdbcHabitRepository(db), CLOCK), new JdbcAssessmentRepository(db, CLOCK),
                    new JdbcWeeklyReviewRepository(db, CLOCK), QuestionBank.load(), Progress.NONE);
            new JdbcJournalRepository(db, CLOCK).forEachEntry(e -> e.answers().forEach(a -> questions.add(a.promptText())));
            Path out = dir.resolve("quarter.pdf");
            new PdfExporter().export(data, out, Progress.NONE);
            pdf = Loader.loadPDF(out.toFile());
        }
        pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
    }

    @AfterAll
    void close() throws IOException {
        pdf.close();
    }

    /** The first page (1-based) whose text has a line that is exactly {@code line}, or -1. */
    private int pageWithLine(String line) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(l -> l.strip().equals(line))) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void eachSelfAssessmentsChartIsOnThePageOfItsScores() {
        String facet = QuestionBank.load().pillars().get(0).facets().get(0).name();
        int sessions = 0;
        for (String page : pages) {
            int scores = count(page, "Micro-leadership index:");
            if (scores > 0) {
                // as many radars (whose labels name the facets) as sessions' scores: none went to the page after
                assertThat(count(page, facet)).as("charts on a page with %d sessions' scores", scores).isEqualTo(scores);
                sessions += scores;
            }
        }
        assertThat(sessions).isEqualTo(2);
    }

    @Test
    void noPageEndsWithADaysHeadingItsMoodLineOrAPromptsQuestionAlone() throws IOException {
        DateTimeFormatter longDay = DateTimeFormatter.ofPattern(t("export.format.long.day"), I18n.locale());
        Set<String> headings = new HashSet<>();
        for (LocalDate d = FIRST; !d.isAfter(TODAY); d = d.plusDays(1)) {
            headings.add(longDay.format(d));
        }
        String footer = t("export.pdf.page", "", "").strip().split(" ")[0];
        String mood = t("export.pdf.mood", "", "").split(" ")[0];
        PDFTextStripper inOrder = new PDFTextStripper();
        inOrder.setSortByPosition(true); // top to bottom: the running head, the page, its foot
        List<String> alone = new ArrayList<>();
        int dayPages = 0;
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            inOrder.setStartPage(p);
            inOrder.setEndPage(p);
            List<String> lines = inOrder.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !l.startsWith(footer + " ")).toList();
            if (lines.stream().noneMatch(headings::contains)) {
                continue;
            }
            dayPages++;
            String last = lines.get(lines.size() - 1);
            if (headings.contains(last) || last.startsWith(mood + " ") || questions.contains(last)) {
                alone.add("page " + p + ": " + last);
            }
        }
        assertThat(dayPages).as("pages with days").isGreaterThan(10);
        assertThat(alone).isEmpty();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theReviewIsDatedByItsClockAndZoneNotByTheMachine() {
        assertThat(pages.get(0)).contains("made with Microlead on 15 Jun 2025");
        assertThat(String.join("", pages)).contains("15 Jun 2025").doesNotContain("14 Jun 2025");
    }

    /** The bookmarks' titles (their children's too) with their 1-based pages, in the outline's order. */
    private Map<String, Integer> bookmarks() throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        addBookmarks(pdf.getDocumentCatalog().getDocumentOutline().children(), out);
        return out;
    }

    private void addBookmarks(Iterable<PDOutlineItem> items, Map<String, Integer> out) throws IOException {
        for (PDOutlineItem item : items) {
            out.put(item.getTitle(), pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1);
            addBookmarks(item.children(), out);
        }
    }

    @Test
    void theSummaryComesBeforeTheFirstDayAndAfterTheContents() throws IOException {
        Map<String, Integer> parts = bookmarks();
        assertThat(parts.keySet()).containsExactly("At a glance", "Micro-actions", "Self-assessments", "Weekly reviews",
                "Reflections", "March 2025", "April 2025", "May 2025", "June 2025");
        assertThat(List.copyOf(parts.values())).isSorted();
        assertThat(pageWithLine("Contents")).isEqualTo(2);
        assertThat(parts.get("At a glance")).isEqualTo(3);
        assertThat(pages.get(2)).startsWith("Quarter").contains("\nAt a glance\n");
        int firstDay = pageWithLine("Tuesday 18 March 2025");
        assertThat(firstDay).isEqualTo(parts.get("March 2025")).isGreaterThan(parts.get("Weekly reviews"));
        String atAGlance = String.join("", pages.subList(2, parts.get("Micro-actions") - 1));
        assertThat(atAGlance).contains("Pillars", "Greet people by", "Best", "Self-assessments", "11 May 2025",
                "Ask before I suggest", "Written on ", " of 90 days");
    }

    private static final Pattern TOC_LINE = Pattern.compile("^(\\S.*?)\\s*\\.{3,}\\s*(\\d+)$");

    @Test
    void theContentsGiveEachPartsPageAndTheirNumbersLineUp() throws IOException {
        List<Float> rightEdges = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.strip().matches(".*\\.{3,}\\s*\\d+")) {
                    TextPosition last = positions.get(positions.size() - 1);
                    rightEdges.add(last.getXDirAdj() + last.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> TOC_LINE.matcher(l).matches())
                .toList();

        assertThat(lines).hasSize(9); // 4 parts, the reflections and their 4 months
        assertThat(rightEdges).hasSize(lines.size());
        int previous = 0;
        for (String line : lines) {
            Matcher m = TOC_LINE.matcher(line);
            assertThat(m.matches()).isTrue();
            int page = Integer.parseInt(m.group(2));
            assertThat(page).as(line).isGreaterThanOrEqualTo(previous);
            previous = page;
            String title = m.group(1).strip();
            assertThat(bookmarks()).as(line).containsEntry(title, page);
            if (!title.equals("Reflections")) { // the months carry it
                assertThat(pages.get(page - 1).lines().map(String::strip)).as(line).contains(title);
            }
        }
        float right = rightEdges.stream().max(Float::compare).orElseThrow();
        assertThat(rightEdges).allSatisfy(x -> assertThat(x).isCloseTo(right, Offset.offset(1f)));
    }

    @Test
    void thePillarChartIsDrawnInThePillarsColours() throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(bookmarks().get("At a glance") - 1, 72);
        // The table's swatches have these colours too, but cover a few dozen pixels; a line over 90 days, hundreds.
        for (Color c : ReviewCharts.PILLARS) {
            assertThat(pixels(page, c)).as("pixels of %s", c).isGreaterThan(250);
        }
    }

    @Test
    void theHeatmapsAreDrawn() throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(bookmarks().get("Micro-actions") - 1, 72);
        // The legend's key is one 7 pt square; three habits' done days are hundreds of pixels.
        assertThat(pixels(page, ReviewCharts.DONE)).isGreaterThan(500);
        assertThat(pixels(page, ReviewCharts.MISSED)).isGreaterThan(100);
    }

    @Test
    void theChartsAreVectorsNotImagesAndTheirLabelsUseEmbeddedFonts() throws IOException {
        for (var page : pdf.getPages()) {
            assertThat(images(page.getResources())).isZero();
        }
        List<PDFont> fonts = new ArrayList<>();
        for (var page : pdf.getPages()) {
            formFonts(page.getResources(), fonts);
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    @Test
    void theHeatmapsAreLabelledWithMonthsAndWeekdays() throws IOException {
        String micro = pages.get(bookmarks().get("Micro-actions") - 1);
        assertThat(micro).contains("Mon", "Wed", "Fri", "Mar", "Apr", "May", "Jun");
    }

    private static int images(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    /** The fonts of the drawn forms (the charts) inside {@code resources}. */
    private static void formFonts(PDResources resources, List<PDFont> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                for (COSName f : form.getResources().getFontNames()) {
                    out.add(form.getResources().getFont(f));
                }
                formFonts(form.getResources(), out);
            }
        }
    }

    private static int pixels(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= 10 && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= 10
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= 10) {
                    n++;
                }
            }
        }
        return n;
    }
}
