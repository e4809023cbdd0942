package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

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
        // every look the reminder takes at the clock, from the start (the first comes 3 s after it)
        List<String> looks = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(EndOfDayReminder.class.getName());
        Level level = log.getLevel();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                looks.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.FINE);
        log.setLevel(Level.FINE);
        log.addHandler(handler);
        try (AppDriver again = AppDriver.startWithReminder(dataDir, CLOCK)) {
            again.clickOn("nav-settings");
            assertThat(again.<CheckBox>byId("settings-reminder-enabled").isSelected()).isFalse();
            // out of sight, so that a reminder that was still on would come
            again.robot().interact(() -> again.stage().setIconified(true));
            again.waitUntil(() -> looks.stream().anyMatch(m -> m.contains("looked at the clock")), 15);
            assertThat(looks).filteredOn(m -> m.contains("looked at the clock")).first().asString().endsWith("OFF");
            assertThat(again.exists("reminder")).isFalse();
        } finally {
            log.removeHandler(handler);
            log.setLevel(level);
        }
    }

    @Test
    void closingTheMainWindowClosesAReminderThatIsShown() throws Exception {
        try (AppDriver app = AppDriver.startWithReminder(dataDir, CLOCK)) {
            Stage main = app.stage();
            app.robot().interact(() -> main.setIconified(true));
            app.waitUntil(() -> app.exists("reminder"), 15);
            // closed as its close button closes it: asked first, then hidden
            app.robot().interact(() -> {
                WindowEvent request = new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST);
                main.getOnCloseRequest().handle(request);
                assertThat(request.isConsumed()).as("nothing unsaved: the window may close").isFalse();
                main.hide();
            });
            // no window of the app is left to keep it (and its journal) open
            app.waitUntil(() -> {
                try { // the windows as the FX thread sees them
                    return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().noneMatch(Window::isShowing)).get();
                } catch (InterruptedException | ExecutionException e) {
                    return false;
                }
            }, 5);
            assertThat(app.exists("reminder")).isFalse();
        }
    }
}
