package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A focused text field's caret blinks (JavaFX then draws frames all the time) until a quiet time without input has
 * passed, then rests, shown; a key starts it again. Frames are counted with a pulse listener, as in
 * {@link FxSchedulerTest}.
 */
class FxCaretRestTest {

    private static final Duration QUIET = Duration.ofMillis(300);

    private final FxScheduler timer = new FxScheduler();
    private final AtomicInteger pulses = new AtomicInteger();
    private Stage stage;
    private TextField field;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            timer.close();
            if (stage != null) {
                stage.close();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /** Frames drawn in half a second from now. */
    private int framesInHalfASecond() throws InterruptedException {
        pulses.set(0);
        Thread.sleep(500);
        return pulses.get();
    }

    @Test
    void aCaretRestsAfterTheQuietTimeAndAKeyStartsItAgain() throws Exception {
        Button elsewhere = new Button("Elsewhere");
        stage = WaitForAsyncUtils.asyncFx(() -> {
            field = new TextField("the day's first words");
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(elsewhere, field), 300, 120));
            s.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
            s.show();
            elsewhere.requestFocus();
            return s;
        }).get(10, TimeUnit.SECONDS);
        Thread.sleep(300); // the window's first frames
        int still = framesInHalfASecond();
        Assumptions.assumeTrue(still <= 2, () -> "something else in this JVM animates (" + still + " frames)");

        WaitForAsyncUtils.asyncFx(() -> {
            FxCaretRest.install(stage.getScene(), timer, QUIET);
            field.requestFocus();
        }).get(10, TimeUnit.SECONDS);
        assertThat(framesInHalfASecond()).as("frames while the caret blinks").isGreaterThanOrEqualTo(10);
        Thread.sleep(QUIET.toMillis());
        assertThat(framesInHalfASecond()).as("frames after the quiet time").isLessThanOrEqualTo(2);

        WaitForAsyncUtils.asyncFx(() -> {
            KeyEvent.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, false, false, false));
            KeyEvent.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.END, false, false, false, false));
        }).get(10, TimeUnit.SECONDS);
        assertThat(framesInHalfASecond()).as("frames after a key: the caret blinks again").isGreaterThanOrEqualTo(10);
        Thread.sleep(QUIET.toMillis());
        assertThat(framesInHalfASecond()).as("frames after the next quiet time").isLessThanOrEqualTo(2);

        // the focus elsewhere and back: blinking again, for the quiet time
        WaitForAsyncUtils.asyncFx(elsewhere::requestFocus).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(field::requestFocus).get(10, TimeUnit.SECONDS);
        assertThat(framesInHalfASecond()).as("frames with the focus back in the field").isGreaterThanOrEqualTo(10);
    }
}
