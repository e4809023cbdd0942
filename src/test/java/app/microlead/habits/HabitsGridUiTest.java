package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoHabits;
import app.microlead.ui.FxLazyTooltip;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The habit grid with many habits: every line appears, marking by keyboard keeps the cell and its focus,
 * and the day columns stay in view while the lines scroll.
 */
class HabitsGridUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));
    private final LocalDate today = LocalDate.parse("2026-03-10");

    /** Every habit of the catalogue, with two days of history, none of them today; their ids. */
    private List<String> everyCatalogueHabit() {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            List<String> ids = Catalogue.load().actions().stream().map(Catalogue.MicroAction::id).toList();
            assertThat(ids.size()).isGreaterThan(2 * CheckGridControl.NEW_LINES_PER_FRAME);
            DemoHabits.write(new JdbcHabitRepository(db), today.minusDays(1), 2, 3, ids);
            return ids;
        }
    }

    @Test
    void archivingByKeyboardTakesTheFocusOffArchiveSoASecondSpaceArchivesNoOtherHabit() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            DemoHabits.write(new JdbcHabitRepository(db), today.minusDays(1), 2, 3,
                    List.of("greet-by-name", "explain-why", "delegate-task"));
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            app.waitUntil(() -> app.exists("habit-2-day-" + today) && app.exists("habit-archive"), 10);
            Button cell = app.byId("habit-2-day-" + today);
            app.robot().interact(cell::requestFocus); // the second habit, selected
            app.waitUntil(() -> app.<Label>byId("habit-detail-name").getText().equals("Explain the why"), 5);
            Button archive = app.byId("habit-archive");
            app.robot().interact(archive::requestFocus);
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> !app.exists("habit-2-day-" + today), 10);
            app.waitUntilSettled();
            assertThat(archive.isFocused()).as("Archive, after archiving").isFalse();
            app.robot().type(KeyCode.SPACE); // pressed again, as a user who thinks the first did not take
            app.waitUntilSettled();
            assertThat(app.exists("habit-1-day-" + today) && app.exists("habit-3-day-" + today))
                    .as("the other two habits, still there").isTrue();
        }
    }

    @Test
    void everyHabitIsShownAndMarkingKeepsTheFocusedCell() throws Exception {
        List<String> ids = everyCatalogueHabit();
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            for (int id = 1; id <= ids.size(); id++) {
                int habit = id;
                app.waitUntil(() -> app.exists("habit-" + habit + "-day-" + today), 10);
            }

            String cellId = "habit-3-day-" + today;
            Button cell = app.byId(cellId);
            assertThat(cell.getStyleClass()).doesNotContain("done", "skipped");
            assertThat(FxLazyTooltip.text(cell)).hasValueSatisfying(s -> assertThat(s).contains("not checked"));
            app.robot().interact(cell::requestFocus);
            // the detail shows the focused habit's year, drawn in the stylesheet's colours: today not checked yet
            app.waitUntil(() -> app.exists("habit-heatmap-days"), 5);
            YearHeatmapControl heat = app.byId("habit-heatmap");
            app.waitUntil(() -> "missed".equals(heat.stateShown(today)), 5);
            Color missed = HeatmapPixels.legend(app, "missed");
            Color done = HeatmapPixels.legend(app, "done");
            assertThat(done).isNotEqualTo(missed);
            assertThat(HeatmapPixels.drawn(app, today)).isEqualTo(missed);
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> app.<Button>byId(cellId).getStyleClass().contains("done"), 5);
            app.waitUntil(() -> "done".equals(heat.stateShown(today)), 5);
            assertThat(HeatmapPixels.drawn(app, today)).isEqualTo(done);
            assertThat(app.<Node>byId("habit-heatmap")).isSameAs(heat);
            HeatmapPixels.pointAt(app, today); // the tooltip tells the day under the pointer
            String todayDone = HabitDetailView.format("habits.format.day").format(today) + ": done";
            app.waitUntil(() -> heat.tooltipText().startsWith(todayDone), 5);
            app.robot().interact(cell::requestFocus);
            assertThat(app.<Node>byId(cellId)).isSameAs(cell);
            assertThat(cell.isFocused()).isTrue();
            assertThat(FxLazyTooltip.text(cell)).hasValueSatisfying(s -> assertThat(s).contains("done"));

            app.robot().type(KeyCode.S);
            app.waitUntil(() -> cell.getStyleClass().contains("skipped"), 5);
            assertThat(cell.getStyleClass()).doesNotContain("done");
            assertThat(cell.isFocused()).isTrue();
            assertThat(cell.getAccessibleText()).contains("skipped");
            // the other habits' cells for today are untouched
            assertThat(app.<Button>byId("habit-4-day-" + today).getStyleClass()).doesNotContain("done", "skipped");
        }
    }

    @Test
    void inANarrowWindowTheYearMapScrollsToTheKeyboardsDay() throws Exception {
        everyCatalogueHabit();
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.resize(720, 800); // the window's smallest width: the map is wider than the page
            app.clickOn("nav-habits");
            app.waitUntil(() -> app.exists("habit-heatmap-days"), 10);
            YearHeatmapControl heat = app.byId("habit-heatmap");
            app.waitUntil(() -> heat.stateShown(today) != null, 5);
            app.waitUntilSettled();
            ScrollPane scroll = app.byId("habit-heatmap-scroll");
            assertThat(heat.getWidth()).as("the map's width beside its view's").isGreaterThan(scroll.getViewportBounds().getWidth());
            assertThat(inView(app, heat, scroll, today)).as("today in view").isTrue();

            app.robot().interact(heat::requestFocus);
            app.robot().type(KeyCode.LEFT); // the outline on today
            LocalDate january = outlineWeeks(app, heat, -9, today);
            assertThat(inView(app, heat, scroll, january)).as("the outlined " + january + " in view").isTrue();
            LocalDate october = outlineWeeks(app, heat, 40, january);
            assertThat(inView(app, heat, scroll, october)).as("the outlined " + october + " in view").isTrue();
        }
    }

    /** Moves the year map's outline {@code weeks} weeks on from {@code from} with the arrow keys; the day it is on. */
    private static LocalDate outlineWeeks(AppDriver app, YearHeatmapControl heat, int weeks, LocalDate from) throws Exception {
        for (int week = 0; week < Math.abs(weeks); week++) {
            app.robot().type(weeks < 0 ? KeyCode.LEFT : KeyCode.RIGHT);
        }
        LocalDate to = from.plusWeeks(weeks);
        app.waitUntil(() -> to.equals(heat.keyboardDay()), 5);
        app.waitUntilSettled();
        return to;
    }

    /** Whether the day's cell is inside the scroll pane's viewport, on screen. */
    private static boolean inView(AppDriver app, YearHeatmapControl heat, ScrollPane scroll, LocalDate day) {
        boolean[] in = new boolean[1];
        app.robot().interact(() -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
            double x = heat.localToScene(heat.cellCentre(day)).getX();
            in[0] = x >= shown.getMinX() && x <= shown.getMaxX();
        });
        return in[0];
    }

    /** Issue #18: the day columns stay in view while the lines scroll, over the lines' day cells. */
    @Test
    void theYearMapOpensADayUnderThePointerOrTheKeyboardOutline() throws Exception {
        everyCatalogueHabit();
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            app.waitUntil(() -> app.exists("habit-heatmap-days"), 10);
            YearHeatmapControl heat = app.byId("habit-heatmap");
            app.waitUntil(() -> heat.stateShown(today) != null, 5);
            Label day = app.byId("habit-day-label");
            String describedYear = heat.getAccessibleText();
            assertThat(describedYear).contains("2026");

            // Tab-reachable: the first arrow puts the outline on today
            app.robot().interact(heat::requestFocus);
            app.robot().type(KeyCode.LEFT);
            app.waitUntil(() -> today.equals(heat.keyboardDay()), 5);

            // a click on a day's cell opens that day, and the outline goes there
            LocalDate clicked = today.minusDays(20);
            HeatmapPixels.pointAt(app, clicked);
            app.robot().clickOn();
            app.waitUntil(() -> day.getText().contains(HabitDetailView.format("habits.format.day").format(clicked)), 5);
            assertThat(heat.keyboardDay()).isEqualTo(clicked);
            assertThat(heat.isFocused()).isTrue();

            // the arrows move the outline by a week (left, right) or a day (up, down); Enter opens the day
            app.robot().type(KeyCode.LEFT).type(KeyCode.UP);
            LocalDate outlined = clicked.minusDays(8);
            app.waitUntil(() -> outlined.equals(heat.keyboardDay()), 5);
            String outlinedText = HabitDetailView.format("habits.format.day").format(outlined);
            assertThat(heat.getAccessibleText()).as("a screen reader reads the outlined day").contains(outlinedText);
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> day.getText().contains(outlinedText), 5);
            for (int week = 0; week < 5; week++) {
                app.robot().type(KeyCode.RIGHT); // to a week after today: the future cannot be opened
            }
            app.waitUntil(() -> outlined.plusDays(35).equals(heat.keyboardDay()), 5);
            assertThat(outlined.plusDays(35)).isAfter(today);
            app.robot().type(KeyCode.ENTER);
            assertThat(day.getText()).contains(outlinedText);

            // leaving: the year is read again (to Edit: the note rests on a day before the habit started)
            app.robot().interact(() -> app.<Node>byId("habit-edit").requestFocus());
            app.waitUntil(() -> heat.keyboardDay() == null, 5);
            assertThat(heat.getAccessibleText()).isEqualTo(describedYear);
        }
    }

    @Test
    void theDayColumnsStayInViewWhenTheHabitsScroll() throws Exception {
        List<String> ids = everyCatalogueHabit();
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.robot().interact(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(720);
            });
            app.clickOn("nav-habits");
            int last = ids.size();
            app.waitUntil(() -> app.exists("habit-" + last + "-day-" + today), 10);
            ScrollPane lines = app.byId("habits-grid-scroll");
            app.waitUntil(() -> lines.getContent().getLayoutBounds().getHeight()
                    > lines.getViewportBounds().getHeight() * 2, 5);

            app.robot().interact(() -> lines.setVvalue(lines.getVmax()));
            app.waitUntilSettled();

            Bounds viewport = lines.localToScene(lines.getLayoutBounds());
            List<Node> heads = List.copyOf(app.stage().getScene().getRoot().lookupAll(".day-head"));
            assertThat(heads).hasSize(7);
            Node todayCell = app.byId("habit-" + last + "-day-" + today);
            Bounds cell = todayCell.localToScene(todayCell.getLayoutBounds());
            assertThat(cell.getMinY()).as("the last habit is scrolled into view").isGreaterThanOrEqualTo(viewport.getMinY());
            Node todayHead = heads.get(6);
            Bounds head = todayHead.localToScene(todayHead.getLayoutBounds());
            // scrolled to the last habit, the day columns are still there, above the lines (not under
            // the scroll pane's clip), and still over the same days
            assertThat(todayHead.isVisible()).isTrue();
            assertThat(head.getMinY()).as("the day head's top in the window").isGreaterThanOrEqualTo(0);
            assertThat(head.getMaxY()).as("the day head's bottom, against the lines' top")
                    .isLessThanOrEqualTo(viewport.getMinY() + 0.5);
            // every day's head centred over its column, to the pixel
            for (int k = 0; k < 7; k++) {
                Node dayCell = app.byId("habit-" + last + "-day-" + today.minusDays(6 - k));
                Node dayHead = heads.get(k);
                assertThat(dayHead.localToScene(dayHead.getLayoutBounds()).getCenterX()).as("day %d's head over its cells", k)
                        .isCloseTo(dayCell.localToScene(dayCell.getLayoutBounds()).getCenterX(), Offset.offset(1.0));
            }
        }
    }
}
