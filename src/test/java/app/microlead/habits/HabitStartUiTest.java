package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxLazyTooltip;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day before a habit started is not applicable: the grid draws it muted and inert with a tooltip that
 * says why, Today's lines for such a day take no mark, and a click there stores nothing.
 */
class HabitStartUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));
    private final LocalDate today = LocalDate.parse("2026-03-10");
    private final LocalDate start = LocalDate.parse("2026-03-08");

    /** One habit, started two days ago and done yesterday. */
    @BeforeEach
    void habitStartedTwoDaysAgo() {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcHabitRepository repo = new JdbcHabitRepository(db);
            Habit h = repo.add(new Habit(0, null, "Greet by name", "", Pillar.TRUST, Schedule.daily(), 0, false, start, ""));
            repo.setCheckIn(new CheckIn(h.id(), today.minusDays(1), CheckIn.State.DONE, ""));
            repo.setFlag(OnboardingViewModel.FLAG);
        }
    }

    private int checkIns() {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            return new JdbcHabitRepository(db).allCheckIns().getOrDefault(1L, Map.of()).size();
        }
    }

    @Test
    void theGridShowsDaysBeforeTheStartAsNotApplicable() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            String before = "habit-1-day-" + start.minusDays(1);
            String first = "habit-1-day-" + start;
            app.waitUntil(() -> app.exists(first), 10);
            Button cell = app.byId(before);
            assertThat(cell.getStyleClass()).contains(CheckGridControl.BEFORE_START).doesNotContain("done", "skipped");
            assertThat(cell.isFocusTraversable()).isFalse();
            assertThat(cell.getAccessibleText()).endsWith("before this habit started (8 March 2026)");
            assertThat(FxLazyTooltip.text(cell)).hasValueSatisfying(s -> assertThat(s)
                    .isEqualTo("Greet by name — Saturday 7 March: before this habit started (8 March 2026)"));
            Button firstDay = app.byId(first);
            assertThat(firstDay.getStyleClass()).doesNotContain(CheckGridControl.BEFORE_START);
            assertThat(firstDay.isFocusTraversable()).isTrue();

            // a click on it marks nothing, nor does Space or S on the keyboard's cell beside it
            app.clickOn(before);
            app.waitUntilSettled();
            assertThat(cell.getStyleClass()).doesNotContain("done");
            assertThat(cell.isFocused()).isFalse();
            app.robot().interact(firstDay::requestFocus);
            app.robot().type(KeyCode.LEFT);
            app.waitUntilSettled();
            assertThat(cell.isFocused()).as("the arrow keys pass the days before the start by").isFalse();

            // the first day itself is a day like any other
            app.clickOn(first);
            app.waitUntil(() -> app.<Button>byId(first).getStyleClass().contains("done"), 5);
        }
        assertThat(checkIns()).isEqualTo(2); // yesterday's and the first day's: nothing before the start
    }

    /**
     * A mark before the stored start that came all the same (another computer's, synced after this one moved the
     * start later) is where the habit starts: shown as any mark, the days after it open, the form shows that start,
     * and it can be cleared (the habit then starts on its next mark).
     */
    @Test
    void aMarkBeforeTheStoredStartIsWhereTheHabitStartsAndCanBeCleared() throws Exception {
        LocalDate synced = start.minusDays(2); // 6 March
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcHabitRepository(db).copyCheckIn(new CheckIn(1, synced, CheckIn.State.DONE, ""));
        }
        assertThat(checkIns()).isEqualTo(2);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            String id = "habit-1-day-" + synced;
            String between = "habit-1-day-" + synced.plusDays(1);
            String before = "habit-1-day-" + synced.minusDays(1);
            app.waitUntil(() -> app.exists(before), 10);
            Button cell = app.byId(id);
            assertThat(cell.getStyleClass()).contains("done").doesNotContain(CheckGridControl.BEFORE_START);
            assertThat(cell.isFocusTraversable()).isTrue();
            assertThat(cell.getAccessibleText()).endsWith("done");
            assertThat(app.<Button>byId(before).getAccessibleText()).endsWith("before this habit started (6 March 2026)");
            assertThat(app.<Button>byId(between).getStyleClass()).doesNotContain(CheckGridControl.BEFORE_START);

            // the day between it and the start stored takes a mark; the synced one clears
            app.clickOn(between);
            app.waitUntil(() -> app.<Button>byId(between).getStyleClass().contains("done"), 5);
            app.robot().interact(cell::requestFocus);
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> app.<Button>byId(id).getStyleClass().contains(CheckGridControl.BEFORE_START), 5);
            assertThat(app.<Button>byId(id).getStyleClass()).doesNotContain("done");

            app.waitUntil(() -> app.exists("habit-edit"), 10);
            app.clickOn("habit-edit");
            app.waitUntil(() -> app.exists("habit-form-start"), 10);
            assertThat(app.<DatePicker>byId("habit-form-start").getEditor().getText()).isEqualTo("7 Mar 2026");
            app.clickOn("habit-editor-cancel");
        }
        assertThat(checkIns()).isEqualTo(2); // the 7th and the 9th
    }

    @Test
    void movingTheStartEarlierInTheEditorOpensTheDaysBeforeIt() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            String earlier = "habit-1-day-" + start.minusDays(3);
            app.waitUntil(() -> app.exists(earlier), 10);
            assertThat(app.<Button>byId(earlier).getStyleClass()).contains(CheckGridControl.BEFORE_START);
            app.waitUntil(() -> app.exists("habit-edit"), 10);
            app.clickOn("habit-edit");
            app.waitUntil(() -> app.exists("habit-form-start"), 10);
            DatePicker picker = app.byId("habit-form-start");
            assertThat(picker.getEditor().getText()).isEqualTo("8 Mar 2026");
            // typed as a person would, and saved without leaving the field first
            app.robot().clickOn(picker.getEditor());
            app.robot().interact(() -> picker.getEditor().clear());
            // a start that is no date holds Save back with a reason (it closed the form as if cancelled, the
            // other changes lost)
            app.robot().write("Marchish");
            DialogPane pane = app.byId("habit-editor");
            Button save = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
            app.waitUntil(save::isDisabled, 5);
            assertThat(app.<Label>byId("habit-form-error").getText())
                    .startsWith("“Marchish” is not a day the app can read");
            app.robot().interact(() -> picker.getEditor().clear());
            app.robot().write("3/5/2026");
            app.waitUntil(() -> !save.isDisabled(), 5);
            app.robot().clickOn(save);
            app.waitUntil(() -> !app.<Button>byId(earlier).getStyleClass().contains(CheckGridControl.BEFORE_START), 5);
            assertThat(app.<Button>byId(earlier).isFocusTraversable()).isTrue();
            app.clickOn(earlier);
            app.waitUntil(() -> app.<Button>byId(earlier).getStyleClass().contains("done"), 5);
        }
        assertThat(checkIns()).isEqualTo(2);
    }

    @Test
    void todaysLinesForADayBeforeTheStartTakeNoMark() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-habit-1-done"), 10);
            app.clickOn("today-prev-day"); // the 9th: done
            app.waitUntil(() -> app.<ToggleButton>byId("today-habit-1-done").isSelected(), 5);
            assertThat(app.<ToggleButton>byId("today-habit-1-done").isDisabled()).isFalse();
            app.clickOn("today-prev-day"); // the 8th: the first day
            app.waitUntil(() -> !app.<ToggleButton>byId("today-habit-1-done").isSelected(), 5);
            assertThat(app.<ToggleButton>byId("today-habit-1-done").isDisabled()).isFalse();
            app.clickOn("today-prev-day"); // the 7th: before it started
            app.waitUntil(() -> app.<Label>byId("today-habit-1-streak").getText().equals("from 8 March"), 5);
            assertThat(app.<ToggleButton>byId("today-habit-1-done").isDisabled()).isTrue();
            assertThat(app.<ToggleButton>byId("today-habit-1-skip").isDisabled()).isTrue();
            assertThat(app.<TextField>byId("today-habit-1-note").isDisabled()).isTrue();
        }
        assertThat(checkIns()).isEqualTo(1);
    }
}
