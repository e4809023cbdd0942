package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoHabits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's check-ins by keyboard: the lines are updated in place, so focus and typed notes survive a save. */
class TodayCheckInsUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));
    private final LocalDate today = LocalDate.parse("2026-03-10");

    @Test
    void markingKeepsFocusAndNotesLandOnTheirDay() throws Exception {
        try (AppDriver app = AppDriver.startWithOnboarding(dataDir, clock)) {
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-start");
            app.waitUntil(() -> app.exists("today-habit-1-done"), 10);
            Node firstDone = app.byId("today-habit-1-done");

            // Space on the focused Done button: saved, reloaded, and the same button still has the focus
            app.robot().interact(firstDone::requestFocus);
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> app.<Label>byId("today-habit-1-streak").getText().equals("1 day"), 5);
            assertThat(app.<ToggleButton>byId("today-habit-1-done").isSelected()).isTrue();
            assertThat(app.<Node>byId("today-habit-1-done")).isSameAs(firstDone);
            assertThat(firstDone.isFocused()).isTrue();

            // Tab to Skipped and Space: the day is skipped instead, focus still there
            app.robot().type(KeyCode.TAB).type(KeyCode.SPACE);
            app.waitUntil(() -> !app.<ToggleButton>byId("today-habit-1-done").isSelected(), 5);
            assertThat(app.<ToggleButton>byId("today-habit-1-skip").isSelected()).isTrue();
            assertThat(app.<Node>byId("today-habit-1-skip").isFocused()).isTrue();

            // a note typed, then Done clicked: the note is kept on screen and saved with the mark
            app.clickOn("today-habit-2-note");
            app.robot().write("Told the team why the deadline moved");
            app.clickOn("today-habit-2-done");
            app.waitUntil(() -> app.<Label>byId("today-habit-2-streak").getText().equals("1 day"), 5);
            assertThat(app.<TextField>byId("today-habit-2-note").getText()).isEqualTo("Told the team why the deadline moved");

            // a note typed, then the previous day opened by keyboard: the note stays with today
            app.clickOn("today-habit-3-note");
            app.robot().write("Asked before assuming");
            app.robot().press(KeyCode.ALT).type(KeyCode.PAGE_UP).release(KeyCode.ALT);
            app.waitUntil(() -> app.<Label>byId("today-date-title").getText().contains("9"), 5);
            app.waitUntil(() -> app.<TextField>byId("today-habit-3-note").getText().isEmpty(), 5);
            app.clickOn("today-go-today");
            app.waitUntil(() -> app.<TextField>byId("today-habit-3-note").getText().equals("Asked before assuming"), 5);
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-habit-3-note"), 10);
            app.waitUntil(() -> app.<TextField>byId("today-habit-3-note").getText().equals("Asked before assuming"), 5);
            assertThat(app.<TextField>byId("today-habit-2-note").getText()).isEqualTo("Told the team why the deadline moved");
            assertThat(app.<ToggleButton>byId("today-habit-2-done").isSelected()).isTrue();
            assertThat(app.<ToggleButton>byId("today-habit-1-skip").isSelected()).isTrue();
            assertThat(app.<ToggleButton>byId("today-habit-3-done").isSelected()).isTrue();
        }
    }

    @Test
    void manyHabitsAllAppearInTheirOrder() throws Exception {
        List<String> ids;
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            ids = Catalogue.load().actions().stream().map(Catalogue.MicroAction::id).toList();
            assertThat(ids.size()).isGreaterThan(2 * DayCheckInsView.NEW_LINES_PER_FRAME);
            DemoHabits.write(new JdbcHabitRepository(db), today, 3, 1, ids);
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            String last = "today-habit-" + ids.size() + "-done";
            app.waitUntil(() -> app.exists(last), 10);
            VBox list = (VBox) app.<Node>byId("today-habit-1-done").getParent().getParent();
            List<String> order = list.getChildren().stream()
                    .map(line -> ((HBox) line).getChildren().get(1).getId()).toList();
            assertThat(order).hasSize(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                assertThat(order.get(i)).isEqualTo("today-habit-" + (i + 1) + "-done");
            }
        }
    }

    @Test
    void noOpportunityChosenStandsOutAsPlainlyAsDoneAndMovesNothing() throws Exception {
        try (AppDriver app = AppDriver.startWithOnboarding(dataDir, clock)) {
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-start");
            app.waitUntil(() -> app.exists("today-habit-3-skip"), 10);
            double noteX = sceneX(app.byId("today-habit-2-note"));
            app.clickOn("today-habit-2-skip");
            app.waitUntil(() -> app.<ToggleButton>byId("today-habit-2-skip").isSelected(), 5);
            app.robot().interact(() -> app.byId("today-text").requestFocus()); // no focus ring, no hover on it
            app.robot().moveTo(app.<Node>byId("nav-today"));
            Region chosen = app.byId("today-habit-2-skip");
            Region open = app.byId("today-habit-3-skip");
            app.waitUntil(() -> chosen.getBackground() != null, 5);

            double ratio = contrast(fill(chosen), fill(open));
            assertThat(ratio).as("chosen against not chosen, %.2f:1", ratio).isGreaterThanOrEqualTo(3.0);
            assertThat(chosen.getWidth()).isEqualTo(open.getWidth());
            assertThat(sceneX(app.byId("today-habit-2-note"))).as("the line's note field stays in line").isEqualTo(noteX);
        }
    }

    private static double sceneX(Node n) {
        return n.localToScene(n.getLayoutBounds()).getMinX();
    }

    /** The button's topmost background colour, as painted on a white page. */
    private static Color fill(Region r) {
        var fills = r.getBackground().getFills();
        Color c = (Color) fills.get(fills.size() - 1).getFill();
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + (1 - a), c.getGreen() * a + (1 - a), c.getBlue() * a + (1 - a));
    }

    private static double contrast(Color x, Color y) {
        double lx = luminance(x);
        double ly = luminance(y);
        return (Math.max(lx, ly) + 0.05) / (Math.min(lx, ly) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
