package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder comes up while the window is minimized, brings it back on Today, and can be turned off. */
class ReminderUiTest {

    // 18:30 on a day with nothing written; the reminder is on at 18:00 by default
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void theReminderOpensTodayFromAMinimizedWindow() throws Exception {
        try (AppDriver app = AppDriver.startWithReminder(dataDir, CLOCK)) {
            app.clickOn("nav-journal");
            Stage main = app.stage();
            app.robot().interact(() -> main.setIconified(true));
            app.waitUntil(() -> app.exists("reminder"), 15);
            assertThat(main.isIconified()).isTrue();

            app.clickOn("reminder-open");
            app.waitUntil(() -> !app.exists("reminder"), 5);
            assertThat(main.isIconified()).isFalse();
            app.waitUntil(() -> app.exists("page-today") && app.byId("page-today").isVisible(), 5);
            assertThat(app.app().shell().currentViewProperty().get().key()).isEqualTo("today");

            // turned off in Settings, and kept so
            app.clickOn("nav-settings");
            app.clickOn("settings-reminder-enabled");
            assertThat(app.<CheckBox>byId("settings-reminder-enabled").isSelected()).isFalse();
        }
        try (AppDriver again = AppDriver.startWithReminder(dataDir, CLOCK)) {
            again.clickOn("nav-settings");
            assertThat(again.<CheckBox>byId("settings-reminder-enabled").isSelected()).isFalse();
            Thread.sleep(EndOfDayReminder.FIRST_CHECK.toMillis() + 1500);
            assertThat(again.exists("reminder")).isFalse();
        }
    }
}
