package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First run to check-ins: onboarding, done with a note, skipped, streak and heatmap, after a restart. */
class HabitsUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));
    private final LocalDate today = LocalDate.parse("2026-03-10");

    @Test
    void onboardingCheckInsNotesAndTheyStayAfterARestart() throws Exception {
        try (AppDriver app = AppDriver.startWithOnboarding(dataDir, clock)) {
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-pause-before-reply");   // untick one of the suggestions
            // a box reached by the keyboard shows it (Space ticked a box that looked unfocused)
            app.robot().type(KeyCode.TAB);
            app.waitUntilSettled();
            Node box = app.robot().lookup(".dialog-pane").query().getScene().getFocusOwner();
            assertThat(box).isInstanceOf(CheckBox.class);
            assertThat(((Region) box).getBorder()).as(box.getId() + ", focused by the keyboard").isNotNull();
            app.clickOn("onboarding-start");
            app.waitUntil(() -> app.exists("today-habit-4-done"), 10);
            assertThat(app.exists("today-habit-5-done")).isFalse();

            app.clickOn("nav-habits");
            String greetToday = "habit-1-day-" + today;
            app.waitUntil(() -> app.exists(greetToday), 10);
            app.clickOn(greetToday);
            app.waitUntil(() -> app.<Button>byId(greetToday).getStyleClass().contains("done"), 5);
            assertThat(app.<Label>byId("habit-1-streak").getText()).isEqualTo("1 day");
            assertThat(app.<Label>byId("habit-1-strength").getText()).isNotEqualTo("0%").endsWith("%");

            // keyboard: focus the second habit's cell for today, press S
            String explainToday = "habit-2-day-" + today;
            app.robot().interact(() -> app.byId(explainToday).requestFocus());
            app.robot().type(KeyCode.S);
            app.waitUntil(() -> app.<Button>byId(explainToday).getStyleClass().contains("skipped"), 5);

            // yesterday the habits were not there yet: that cell is not applicable and takes no mark
            String greetYesterday = "habit-1-day-" + today.minusDays(1);
            assertThat(app.<Button>byId(greetYesterday).getStyleClass()).contains(CheckGridControl.BEFORE_START);

            // a note for the greeting, today
            app.robot().interact(() -> app.byId(greetToday).requestFocus());
            app.clickOn("habit-note");
            app.robot().write("Greeted Ana and the two new interns").type(KeyCode.ENTER);
            app.waitUntil(() -> app.<Label>byId("habits-message").getText().equals("Note saved."), 5);
            assertThat(app.<Label>byId("habit-1-streak").getText()).isEqualTo("1 day");
            YearHeatmapControl heat = app.byId("habit-heatmap");
            assertThat(heat.stateShown(today)).isEqualTo("done");
            assertThat(HeatmapPixels.drawn(app, today)).isEqualTo(HeatmapPixels.legend(app, "done"));
            assertThat(app.<Button>byId(greetYesterday).getStyleClass()).doesNotContain("done");
        }

        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            assertThat(app.exists("onboarding")).isFalse();
            app.clickOn("nav-today");   // the app reopens on the last view, Habits
            app.waitUntil(() -> app.exists("today-habit-1-done"), 10);
            assertThat(app.<ToggleButton>byId("today-habit-1-done").isSelected()).isTrue();
            assertThat(app.<ToggleButton>byId("today-habit-2-skip").isSelected()).isTrue();

            app.clickOn("nav-habits");
            app.waitUntil(() -> app.exists("habit-1-streak"), 10);
            assertThat(app.<Label>byId("habit-1-streak").getText()).isEqualTo("1 day");
            assertThat(app.<Button>byId("habit-2-day-" + today).getStyleClass()).contains("skipped");
            app.clickOn("habit-1-day-" + today);   // toggles it off …
            app.waitUntil(() -> !app.<Button>byId("habit-1-day-" + today).getStyleClass().contains("done"), 5);
            app.clickOn("habit-1-day-" + today);   // … and on again, the note kept
            app.waitUntil(() -> app.<TextField>byId("habit-note").getText().equals("Greeted Ana and the two new interns"), 5);
        }
    }
}
