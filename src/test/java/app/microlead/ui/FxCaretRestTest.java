package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.ManualScheduler;
import app.microlead.common.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A focused field's caret blinks until the quiet time has passed without input, then stays shown without blinking
 * (and JavaFX draws no frames for it); the next input, even one the field does not handle, starts it again. The
 * quiet time is moved by hand ({@link ManualScheduler}); blinking is seen in the caret's opacity over 1.2 s (it
 * changes every 0.5 s), which a slow machine does not change.
 */
class FxCaretRestTest extends FxStageTest {

    private static final Duration QUIET = Duration.ofSeconds(10);

    private final ManualScheduler timer = new ManualScheduler();
    private final AtomicInteger pulses = new AtomicInteger();
    private VBox root;
    private TextField field;



    /** The caret's opacities seen over 1.2 s: {0, 1} while it blinks, {1} while it rests shown. */
    private Set<Double> caretOver1200ms() throws Exception {
        return caretOver1200ms(field);
    }

    private static Set<Double> caretOver1200ms(TextField field) throws Exception {
        Path caret = WaitForAsyncUtils.asyncFx(() -> field.lookupAll("*").stream()
                .filter(n -> n instanceof Path p && p.opacityProperty().isBound()).map(Path.class::cast)
                .findFirst().orElseThrow()).get(10, TimeUnit.SECONDS);
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            seen.add(WaitForAsyncUtils.asyncFx(caret::getOpacity).get(10, TimeUnit.SECONDS));
            Thread.sleep(50);
        }
        return seen;
    }

    /** Frames drawn in the next half second. */
    private int framesInHalfASecond() throws InterruptedException {
        pulses.set(0);
        Thread.sleep(500);
        return pulses.get();
    }

    /**
     * Whether something else in this JVM draws frames (a window another test left with an animation): then the
     * frames of a caret at rest cannot be told apart, and only its opacity is checked.
     */
    private boolean othersAnimate() throws InterruptedException {
        return !QuietFrames.waitForQuiet(pulses, 2);
    }

    private void quietTimePasses() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> timer.advance(QUIET)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCaretRestsShownAfterTheQuietTimeAndAnyInputStartsItAgain() throws Exception {
        assertThat(FxCaretRest.available()).as("a caret can be shown without blinking in this JavaFX").isTrue();
        Button elsewhere = new Button("Elsewhere");
        stage = WaitForAsyncUtils.asyncFx(() -> {
            field = new TextField("the day's first words");
            root = new VBox(elsewhere, field);
            Stage s = new Stage();
            s.setScene(new Scene(root, 300, 120));
            s.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
            s.show();
            elsewhere.requestFocus();
            return s;
        }).get(10, TimeUnit.SECONDS);
        boolean othersAnimate = othersAnimate();
        WaitForAsyncUtils.asyncFx(() -> {
            FxCaretRest.install(stage.getScene(), timer, QUIET);
            field.requestFocus();
            field.end(); // no selection: a caret with a selection is not drawn on Linux
        }).get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms()).as("the caret as it blinks").containsExactlyInAnyOrder(0.0, 1.0);

        quietTimePasses();
        assertThat(caretOver1200ms()).as("the caret after the quiet time: shown, still").containsExactly(1.0);
        if (!othersAnimate) {
            assertThat(framesInHalfASecond()).as("frames in half a second with the caret at rest").isLessThanOrEqualTo(2);
        }

        // a click the field does not handle (on the window's background) starts it again
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null)))
                .get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms()).as("the caret after a click elsewhere").containsExactlyInAnyOrder(0.0, 1.0);
        quietTimePasses();
        assertThat(caretOver1200ms()).as("the caret after the next quiet time").containsExactly(1.0);

        // the focus elsewhere and back: blinking, then at rest after the quiet time
        WaitForAsyncUtils.asyncFx(elsewhere::requestFocus).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            field.requestFocus();
            field.end();
        }).get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms()).as("the caret with the focus back").containsExactlyInAnyOrder(0.0, 1.0);
        quietTimePasses();
        assertThat(caretOver1200ms()).as("the caret after a quiet time with the focus back").containsExactly(1.0);
        // (a window getting the focus back, where JavaFX starts the blinking again, is not tried: Monocle moves no
        // focus between windows)
    }

    @Test
    void theLongDayEditorsCaretRestsToo() throws Exception {
        FxLongText editor = new FxLongText(length -> true);
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(new Button("Elsewhere"), editor), 300, 200));
            s.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
            s.show();
            return s;
        }).get(10, TimeUnit.SECONDS);
        boolean othersAnimate = othersAnimate();
        WaitForAsyncUtils.asyncFx(() -> {
            FxCaretRest.install(stage.getScene(), timer, QUIET);
            editor.area().requestFocus();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.util.Duration blinking = WaitForAsyncUtils.asyncFx(
                () -> editor.area().getCaretSelectionBind().getUnderlyingCaret().getBlinkRate()).get(10, TimeUnit.SECONDS);
        assertThat(blinking.greaterThan(javafx.util.Duration.ZERO)).as("its caret blinks at first").isTrue();
        quietTimePasses();
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                .getBlinkRate()).get(10, TimeUnit.SECONDS)).isEqualTo(javafx.util.Duration.ZERO);
        Thread.sleep(200);
        if (!othersAnimate) {
            assertThat(framesInHalfASecond()).as("frames in half a second with the long-day editor's caret at rest")
                    .isLessThanOrEqualTo(2);
        }
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(editor, new MouseEvent(MouseEvent.MOUSE_RELEASED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 1, false, false, false, false, false, false, false, false, false, false, null)))
                .get(10, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                .getBlinkRate()).get(10, TimeUnit.SECONDS)).as("its blink rate after the next input").isEqualTo(blinking);
    }

    @Test
    void aWindowClosedWithTheCaretBlinkingLeavesItAtRestAndShownAgainItBlinks() throws Exception {
        FxLongText editor = new FxLongText(length -> true);
        stage = WaitForAsyncUtils.asyncFx(() -> {
            field = new TextField("a dialog's field");
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(field, editor), 300, 200));
            s.show();
            FxCaretRest.install(s.getScene(), timer, QUIET);
            field.requestFocus();
            field.end();
            return s;
        }).get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms()).as("the caret as it blinks").containsExactlyInAnyOrder(0.0, 1.0);

        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        // the field keeps the focus in its hidden window, what made its caret blink on (a JavaFX that took the
        // focus away would stop the blinking itself: then there is nothing to check here)
        if (WaitForAsyncUtils.asyncFx(field::isFocused).get(10, TimeUnit.SECONDS)) {
            assertThat(caretOver1200ms()).as("the caret of a closed window").containsExactly(1.0);
        }

        WaitForAsyncUtils.asyncFx(stage::show).get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms()).as("the caret with its window shown again").containsExactlyInAnyOrder(0.0, 1.0);

        // the long-day editor (its blink is a timer that never ends on its own)
        WaitForAsyncUtils.asyncFx(() -> editor.area().requestFocus()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.util.Duration blinking = WaitForAsyncUtils.asyncFx(
                () -> editor.area().getCaretSelectionBind().getUnderlyingCaret().getBlinkRate()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        if (WaitForAsyncUtils.asyncFx(() -> editor.area().isFocused()).get(10, TimeUnit.SECONDS)) {
            assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                    .getBlinkRate()).get(10, TimeUnit.SECONDS)).as("the long-day editor's blink rate in a closed window")
                    .isEqualTo(javafx.util.Duration.ZERO);
        }
        WaitForAsyncUtils.asyncFx(stage::show).get(10, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                .getBlinkRate()).get(10, TimeUnit.SECONDS)).as("shown again").isEqualTo(blinking);

        // at rest after the quiet time, then hidden and shown: it blinks as before, not at the rest's zero
        quietTimePasses();
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                .getBlinkRate()).get(10, TimeUnit.SECONDS)).as("after the quiet time").isEqualTo(javafx.util.Duration.ZERO);
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(stage::show).get(10, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret()
                .getBlinkRate()).get(10, TimeUnit.SECONDS)).as("at rest, hidden and shown again").isEqualTo(blinking);
    }

    @Test
    void theFieldOfADatePickerIsTheOneThatRests() throws Exception {
        DatePicker picker = new DatePicker();
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(new Button("Elsewhere"), picker), 300, 120));
            s.show();
            picker.requestFocus();
            return s;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get(10, TimeUnit.SECONDS);
        assertThat(owner).as("the focus owner").isSameAs(picker);
        assertThat(WaitForAsyncUtils.asyncFx(() -> FxCaretRest.focusedField(owner)).get(10, TimeUnit.SECONDS))
                .isSameAs(picker.getEditor());
        assertThat(FxCaretRest.focusedField(new Button("not a field"))).isNull();
        WaitForAsyncUtils.asyncFx(() -> {
            FxCaretRest.install(stage.getScene(), timer, QUIET);
            // as this machine's locale writes a date: a text it cannot read throws when the field loses the focus
            picker.getEditor().setText(picker.getConverter().toString(LocalDate.of(2026, 3, 12)));
            picker.getEditor().end();
        }).get(10, TimeUnit.SECONDS);
        assertThat(caretOver1200ms(picker.getEditor())).as("the date's caret as it blinks").containsExactlyInAnyOrder(0.0, 1.0);
        quietTimePasses();
        assertThat(caretOver1200ms(picker.getEditor())).as("the date's caret at rest").containsExactly(1.0);
    }

    @Test
    void aWindowThatShowsAnotherSceneAndThenTheFirstAgainIsWatchedOnceForIt() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        Scheduler counting = (delay, action) -> {
            starts.incrementAndGet();
            return timer.schedule(delay, action);
        };
        Scene[] scenes = new Scene[2];
        FxToolkit.setupFixture(() -> {
            scenes[0] = new Scene(new VBox(new TextField("a")), 300, 100);
            scenes[1] = new Scene(new VBox(new TextField("b")), 300, 100);
            FxCaretRest.install(scenes[0], counting, QUIET);
            FxCaretRest.install(scenes[1], new ManualScheduler(), QUIET);
            stage = new Stage();
            stage.setScene(scenes[0]);
            stage.show();
            stage.setScene(scenes[1]);
            stage.setScene(scenes[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        starts.set(0);
        FxToolkit.setupFixture(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_SHOWN)));
        assertThat(starts).as("quiet times started by one shown window").hasValue(1);
    }
}
