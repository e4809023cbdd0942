package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microlead.AppDriver;
import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.I18n;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoHabits;
import app.microlead.tools.DemoJournal;
import app.microlead.ui.FxMonthAxis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A year of generated journal, habits and a self-assessment taken today that rates every pillar at the
 * top: Insights names the gap; the weekly review due on this Sunday is written and saved, is listed in
 * the Journal and becomes the focus shown on Today.
 */
class InsightsUiTest {

    // Sunday 29 November 2026; the review day is Friday (the default), so the week of 21–27 November is due
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T19:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    /** Generates the year; returns how many days of the week 21–27 November were written. */
    private long generateAYear() {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, CLOCK);
            DemoJournal.write(journal, TODAY, 365, 11, 4);
            DemoHabits.write(new JdbcHabitRepository(db), TODAY, 365, 7, List.of("greet-by-name", "explain-why",
                    "delegate-task", "celebrate-win", "invite-quiet-voice", "pause-before-reply", "reply-promptly"));
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, CLOCK);
            var s = assessments.start("microlead-mlm", "1.0.0");
            QuestionBank.load().items().forEach(i -> assessments.answer(s.id(), i.id(), i.reversed() ? 1 : 5, null));
            assessments.finish(s.id());
            return journal.dates().stream().filter(d -> !d.isBefore(LocalDate.parse("2026-11-21"))
                    && !d.isAfter(LocalDate.parse("2026-11-27"))).count();
        }
    }

    @Test
    void theGapIsNamedAndTheWeeklyReviewIsSavedListedAndBecomesTheFocus() throws Exception {
        long written = generateAYear();
        assertThat(written).isBetween(1L, 7L);
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            // Today invites the review of the week that ended on Friday
            app.waitUntil(() -> app.exists("today-review-due") && app.byId("today-review-due").isVisible(), 10);

            app.clickOn("nav-insights");
            VBox gap = app.byId("insights-gap");
            app.waitUntil(() -> gap.getChildren().stream().anyMatch(InsightsUiTest::namesAGap), 15);
            // the period is the page's, above every card (the pillar chart and the people card both follow it)
            Node range = app.byId("insights-range-one-year");
            assertThat(range.localToScene(range.getBoundsInLocal()).getMaxY()).as("the period above the cards")
                    .isLessThan(gap.localToScene(gap.getBoundsInLocal()).getMinY());
            // the people card is counted in the background too: no one on the roster yet, and it says what to do
            app.waitUntil(() -> app.<Label>byId("insights-promise-rate").getText().startsWith("No promise was due"), 10);
            // the weeks of mood on a time axis labelled by month (a label a week stood on end at large text),
            // the writing table's figures right-aligned as the people table's are
            app.waitUntil(() -> app.exists("insights-mood-chart"), 10);
            assertThat(app.<LineChart<?, ?>>byId("insights-mood-chart").getXAxis()).isInstanceOf(FxMonthAxis.class);
            app.waitUntil(() -> !app.<VBox>byId("insights-journaling").getChildren().isEmpty(), 10);
            GridPane writingTable = (GridPane) app.<VBox>byId("insights-journaling").getChildren().get(0);
            assertThat(writingTable.getColumnConstraints()).extracting(ColumnConstraints::getHalignment)
                    .containsExactly(null, HPos.RIGHT, HPos.RIGHT);
            assertThat(app.<VBox>byId("insights-attention").getChildren()).singleElement()
                    .satisfies(n -> assertThat(((Label) n).getText()).startsWith("No one on your roster yet"));
            assertThat(gap.getChildren().stream().filter(InsightsUiTest::namesAGap).map(n -> ((Label) n).getText()))
                    .allMatch(t -> t.matches("You rate your (Trust|Empowerment|Professionalism) higher than your"
                            + " habits show \\(\\d+ vs \\d+\\)\\."));
            app.waitUntil(() -> app.<Label>byId("insights-review-summary").getText()
                    .contains("Your review of 21 – 27 November 2026 is due."), 5);

            app.clickOn("insights-weekly-review");
            app.waitUntil(() -> app.exists("review-dialog"), 5);
            app.waitUntil(() -> app.<Label>byId("review-week").getText()
                    .equals("For the week of 21 – 27 November 2026"), 10);
            assertThat(app.<Label>byId("review-days-written").getText()).isEqualTo(written + " of 7");
            assertThat(app.<Label>byId("review-actions-done").getText()).matches("\\d+ done: .*×.*");
            assertThat(app.<Label>byId("review-focus").getText()).matches("(Trust|Empowerment|Professionalism) — because .*");
            assertThat(app.exists("review-mood-chart")).isTrue();
            // Save is in sight without scrolling the page (it was at the page's end, below the window's edge)
            Node save = app.byId("review-save");
            Bounds saveOnScreen = WaitForAsyncUtils.asyncFx(() -> save.localToScreen(save.getBoundsInLocal())).get();
            Window reviewWindow = save.getScene().getWindow();
            assertThat(saveOnScreen.getMaxY()).isLessThanOrEqualTo(reviewWindow.getY() + reviewWindow.getHeight());

            app.clickOn("review-went-well");
            app.robot().write("A calm release and two honest one-to-ones.");
            app.clickOn("review-differently");
            app.robot().write("Reply after a pause.");
            app.clickOn("review-commitment");
            app.robot().write("Ask before I suggest.");
            // the micro-action typed, then saved with Ctrl+S straight from the field
            app.clickOn("review-next-action");
            app.robot().write("Explain the why");
            app.robot().press(KeyCode.CONTROL).type(KeyCode.S)
                    .release(KeyCode.CONTROL);
            app.waitUntil(() -> app.<Label>byId("review-status").getText()
                    .equals("Saved. Your commitment is your focus from Saturday 28 November."), 10);
            app.clickOn("review-close");
            app.waitUntil(() -> !app.exists("review-dialog"), 5);

            app.clickOn("nav-journal");
            app.clickOn("journal-show-reviews");
            ListView<WeeklyReview> reviews = app.byId("journal-reviews");
            app.waitUntil(() -> reviews.getItems().size() == 1, 5);
            assertThat(reviews.getItems().get(0).commitment()).isEqualTo("Ask before I suggest.");
            assertThat(reviews.getItems().get(0).weekEnd()).isEqualTo(LocalDate.parse("2026-11-27"));
            assertThat(reviews.getItems().get(0).nextAction()).isEqualTo("Explain the why");
            assertThat(reviews.getItems().get(0).wentWell()).isEqualTo("A calm release and two honest one-to-ones.");

            app.clickOn("nav-today");
            app.waitUntil(() -> app.exists("today-week-focus")
                    && app.<Label>byId("today-week-focus").getText().equals("Ask before I suggest."), 5);
            assertThat(app.byId("today-review-due").isVisible()).isFalse();
        }
    }

    /**
     * A journal's first day: each pillar's habit strength shows as a dot (a line of one point drew nothing but
     * a speck), and the mood chart's one week has its Monday's date under its point (the month's label sat a
     * fortnight to its left).
     */
    @Test
    void aFirstDaysPointsShowAndTheirWeekIsNamedUnderThem() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            DemoJournal.write(new JdbcJournalRepository(db, CLOCK), TODAY, 1, 11, 4);
            DemoHabits.write(new JdbcHabitRepository(db), TODAY, 1, 7,
                    List.of("greet-by-name", "delegate-task", "explain-why"));
        }
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.clickOn("nav-insights");
            app.waitUntil(() -> app.exists("insights-mood-chart") && app.byId("insights-pillar-chart").isVisible(), 15);
            app.waitUntilSettled();

            LineChart<?, ?> pillars = app.byId("insights-pillar-chart");
            List<Node> habitPoints = WaitForAsyncUtils.asyncFx(() -> pillars.lookupAll(".chart-line-symbol").stream()
                    .filter(n -> !n.getStyleClass().contains("chart-legend-item-symbol"))
                    .filter(n -> n.getStyleClass().stream().anyMatch(c -> c.matches("series[012]"))).toList()).get();
            assertThat(habitPoints).as("the first week's point of a pillar with a micro-action done").isNotEmpty()
                    .allSatisfy(n -> assertThat(n.getLayoutBounds().getWidth()).as(n.getStyleClass().toString())
                            .isGreaterThanOrEqualTo(8));

            LineChart<?, ?> mood = app.byId("insights-mood-chart");
            Node point = WaitForAsyncUtils.asyncFx(() -> mood.lookup(".chart-line-symbol.series0")).get();
            List<Text> dates = mood.getXAxis().getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(Text.class::cast).filter(Node::isVisible).toList();
            Text monday = dates.stream().filter(t -> t.getText().equals("23 Nov")).findFirst().orElseThrow(
                    () -> new AssertionError("no date 23 Nov under the week's point: " + dates.stream().map(Text::getText).toList()));
            Bounds p = point.localToScene(point.getLayoutBounds());
            Bounds d = monday.localToScene(monday.getLayoutBounds());
            assertThat(d.getCenterX()).as("the Monday's date under the week's point").isCloseTo(p.getCenterX(),
                    within(3.0));
        }
    }

    /**
     * At large text in a 1280×800 window, in English and German: every column of figures in Insights' tables
     * ends where its heading ends (right-aligned, as the people table's counts are); each "#tag (days)" of
     * the most used tags is whole on one line; the charts' dates stand level and apart.
     */
    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"en", "de"})
    void atLargeTextFiguresLineUpTagsStayWholeAndDatesStayLevel(String language) throws Exception {
        generateAYear();
        Files.writeString(dataDir.resolve("preferences.json"),
                "{\"reminder\": false, \"language\": \"" + language + "\", \"fontSize\": \"large\"}");
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(1280, 800);
            app.clickOn("nav-insights");
            VBox gap = app.byId("insights-gap");
            app.waitUntil(() -> gap.getChildren().stream().anyMatch(GridPane.class::isInstance)
                    && !app.<VBox>byId("insights-journaling").getChildren().isEmpty()
                    && app.exists("insights-mood-chart"), 15);
            app.waitUntilSettled();

            datesLevelAndApart(app.byId("insights-mood-chart"));
            datesLevelAndApart(app.byId("insights-pillar-chart"));

            GridPane gapTable = (GridPane) gap.getChildren().stream().filter(GridPane.class::isInstance).findFirst()
                    .orElseThrow();
            assertThat(figureColumnsRightAligned(gapTable)).as("the say–do table's figure columns").isEqualTo(3);
            GridPane writingTable = (GridPane) app.<VBox>byId("insights-journaling").getChildren().get(0);
            assertThat(figureColumnsRightAligned(writingTable)).as("the writing table's figure columns").isEqualTo(2);

            FlowPane tags = app.byId("insights-top-tags");
            List<Label> chips = tags.getChildren().stream().skip(1).map(Label.class::cast).toList();
            assertThat(chips).hasSizeGreaterThan(3).allSatisfy(chip -> {
                assertThat(chip.getText()).matches("#\\S+ \\(\\d+\\)");
                assertThat(chip.isWrapText()).as(chip.getText()).isFalse();
                assertThat(chip.getWidth()).as(chip.getText()).isGreaterThanOrEqualTo(chip.prefWidth(-1) - 0.5);
                assertThat(chip.getBoundsInParent().getMaxX()).as(chip.getText())
                        .isLessThanOrEqualTo(tags.getWidth() + 0.5);
            });
        }
    }

    /** How many columns hold figures only below their heading; fails unless each ends where its heading ends. */
    private static int figureColumnsRightAligned(GridPane table) {
        Map<Integer, List<Label>> columns = table.getChildren().stream().filter(Label.class::isInstance)
                .map(Label.class::cast).collect(Collectors.groupingBy(l -> index(GridPane.getColumnIndex(l)),
                        TreeMap::new, Collectors.toList()));
        int figures = 0;
        for (List<Label> column : columns.values()) {
            List<Label> cells = column.stream().filter(l -> index(GridPane.getRowIndex(l)) > 0).toList();
            if (!cells.isEmpty() && cells.stream().allMatch(l -> l.getText().matches("[+-]?[\\d.,]+|–"))) {
                figures++;
                Label heading = column.stream().filter(l -> index(GridPane.getRowIndex(l)) == 0).findFirst()
                        .orElseThrow();
                double end = heading.getBoundsInParent().getMaxX();
                assertThat(cells).allSatisfy(l -> assertThat(l.getBoundsInParent().getMaxX()).as(l.getText())
                        .isCloseTo(end, within(1.0)));
            }
        }
        return figures;
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    /**
     * The x axis' tick labels: level (not turned on end), none hidden by the axis for want of room, and a
     * space at least between each two ("Feb 2026Mar 2026" ran together).
     */
    private static void datesLevelAndApart(LineChart<?, ?> chart) {
        // an axis' texts are its tick labels (its title is a label); the axis hides the ones that do not fit
        Axis<?> x = chart.getXAxis();
        List<Text> labels = x.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .sorted(Comparator.comparingDouble(t -> t.getBoundsInParent().getMinX())).toList();
        assertThat(labels).as(chart.getId() + " dates").hasSizeGreaterThan(1)
                .allSatisfy(t -> assertThat(t.getRotate()).as(t.getText()).isZero())
                .allSatisfy(t -> assertThat(t.isVisible()).as(t.getText() + " shown").isTrue());
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).getBoundsInParent().getMinX() - labels.get(i - 1).getBoundsInParent().getMaxX())
                    .as(labels.get(i - 1).getText() + " | " + labels.get(i).getText()).isGreaterThanOrEqualTo(8);
        }
    }

    private static boolean namesAGap(Node n) {
        return n instanceof Label l && l.getStyleClass().contains("finding-higher");
    }
}
