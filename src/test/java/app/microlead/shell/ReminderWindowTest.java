package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.ui.QuietFrames;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reminder left in the corner of the screen draws nothing while it waits to close itself: it stayed up to 20
 * minutes waiting on a PauseTransition, an animation, and JavaFX drew 60 frames a second all that time.
 */
class ReminderWindowTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aReminderWaitingToCloseItselfDrawsNoFrames() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        Stage counter = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), 100, 100));
            s.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
            s.show();
            return s;
        }).get(10, TimeUnit.SECONDS);
        try {
            Assumptions.assumeTrue(QuietFrames.waitForQuiet(pulses, 2), "something else in this JVM keeps animating");

            WaitForAsyncUtils.asyncFx(() -> ReminderWindow.show("Time to reflect", "How did today go?", () -> { }))
                    .get(10, TimeUnit.SECONDS);
            assertThat(reminderShowing()).isTrue();
            Thread.sleep(3500); // its size settles (Themes.refitWhileSettling watches it for 3 s)
            pulses.set(0);
            Thread.sleep(1000);
            assertThat(pulses.get()).as("frames in a second while the reminder waits to close").isLessThanOrEqualTo(3);
            assertThat(reminderShowing()).as("the reminder still up").isTrue();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                counter.close();
                Window.getWindows().stream().filter(w -> w != counter && w instanceof Stage s && "Microlead".equals(s.getTitle()))
                        .toList().forEach(Window::hide);
            }).get(10, TimeUnit.SECONDS);
        }
    }

    private static boolean reminderShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#reminder") != null)).get(10, TimeUnit.SECONDS);
    }
}
