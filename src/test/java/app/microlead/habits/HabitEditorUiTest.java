package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-habit dialog: weekdays readable, resizable, and no error before anything was typed. */
class HabitEditorUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    /** The text the control draws ("Mo…" when cut short). */
    private static String drawn(Labeled l) {
        return ((Text) l.lookup(".text")).getText();
    }

    @Test
    void chosenWeekdaysReadInFullAndTheErrorWaitsUntilSomethingWasTyped() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-habits");
            app.clickOn("habits-add");
            app.waitUntil(() -> app.exists("habit-editor"), 10);
            assertThat(app.<Label>byId("habit-form-error").getText()).isEmpty();

            ComboBox<Schedule.Kind> kind = app.byId("habit-form-schedule");
            app.robot().interact(() -> kind.setValue(Schedule.Kind.WEEKDAYS));
            app.waitUntil(() -> app.byId("habit-form-day-mon").isVisible(), 5);
            for (String d : List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")) {
                Labeled day = app.byId("habit-form-day-" + d);
                assertThat(drawn(day)).as(d).isEqualTo(day.getText());
            }
            Labeled chosen = kind.getButtonCell();
            assertThat(chosen.getText()).isNotBlank();
            assertThat(drawn(chosen)).isEqualTo(chosen.getText());
            Window dialog = app.byId("habit-editor").getScene().getWindow();
            assertThat(((Stage) dialog).isResizable()).isTrue();

            app.clickOn("habit-form-name");
            app.robot().write("Ask one more question");
            TextField name = app.byId("habit-form-name");
            app.robot().interact(() -> name.setText(""));
            app.waitUntil(() -> !app.<Label>byId("habit-form-error").getText().isEmpty(), 5);
            app.clickOn("habit-editor-cancel");
        }
    }
}
