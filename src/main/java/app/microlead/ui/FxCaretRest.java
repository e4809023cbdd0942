package app.microlead.ui;

import app.microlead.common.Scheduler;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A text field's caret stops blinking after a quiet time without a key or a click, as GTK's does (10 s), and stays
 * shown; the next key, click or focus change starts it again. A blinking caret is an animation, and while one runs
 * JavaFX draws 60 frames a second: a window left with the cursor in a text field used ~4 % of a core for as long
 * as it stayed open.
 */
public final class FxCaretRest {

    /** GTK's {@code gtk-cursor-blink-timeout}. */
    public static final Duration QUIET = Duration.ofSeconds(10);

    private final Scene scene;
    private final Scheduler timer;
    private final Duration quiet;
    private Scheduler.Cancellable pending;
    /** The skin whose caret this stopped (started again on the next input). */
    private TextInputControlSkin<?> resting;

    private FxCaretRest(Scene scene, Scheduler timer, Duration quiet) {
        this.scene = scene;
        this.timer = timer;
        this.quiet = quiet;
    }

    /** Lets the carets of {@code scene}'s text fields rest after {@code quiet} without input. */
    public static void install(Scene scene, Scheduler timer, Duration quiet) {
        FxCaretRest rest = new FxCaretRest(scene, timer, quiet);
        scene.addEventFilter(KeyEvent.ANY, e -> rest.input());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> rest.input());
        scene.focusOwnerProperty().addListener((o, was, now) -> rest.input());
        rest.input();
    }

    private void input() {
        if (resting != null) {
            TextInputControlSkin<?> s = resting;
            resting = null;
            if (s.getSkinnable().isFocused()) {
                s.setCaretAnimating(true); // as the skin itself does when its field gains the focus
            }
        }
        if (pending != null) {
            pending.cancel();
        }
        pending = timer.schedule(quiet, this::rest);
    }

    private void rest() {
        pending = null;
        if (scene.getFocusOwner() instanceof TextInputControl field && field.isFocused()
                && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(false); // stopped with the caret shown
            resting = skin;
        }
    }
}
