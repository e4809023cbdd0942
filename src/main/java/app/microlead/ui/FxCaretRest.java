package app.microlead.ui;

import app.microlead.common.Scheduler;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * A text field's caret stops blinking after a quiet time without a key, a click or a focus change, as GTK's does
 * (10 s), and stays shown; the next input starts it again. A blinking caret is an animation, and while one runs
 * JavaFX draws 60 frames a second: a window left with the cursor in a field used ~4 % of a core for as long as it
 * stayed open. Every window of the app (dialogs too) is followed; the field may be the editor inside a date picker
 * or a combo box, or the long-day editor (RichTextFX, whose blink rate has a public "none").
 * <p>
 * JavaFX has no public way to show a caret that does not blink: {@code setCaretAnimating(false)} stops the blinking
 * with the caret hidden (its skin draws it only while a private {@code blink} flag is false), so this sets that
 * flag through its private accessor. Where that accessor cannot be reached (another JavaFX), carets blink as before.
 */
public final class FxCaretRest {

    private static final Logger LOG = Logger.getLogger(FxCaretRest.class.getName());

    /** GTK's {@code gtk-cursor-blink-timeout}. */
    public static final Duration QUIET = Duration.ofSeconds(10);

    /** {@code TextInputControlSkin.blinkProperty()} (private; true hides the caret), or null where not reachable. */
    private static final Method BLINK = blinkAccessor();

    private final Scene scene;
    private final Scheduler timer;
    private final Duration quiet;
    private Scheduler.Cancellable pending;
    /** The skin whose caret this stopped (started again on the next input). */
    private TextInputControlSkin<?> resting;
    /** The long-day editor's caret this stopped, and the blink rate it had. */
    private CaretNode restingLong;
    private javafx.util.Duration longRate;
    private static boolean following;
    /** Key of the mark on a window that is followed, and of the set of those that watch one. */
    private static final Object FOLLOWED = new Object();
    private static final Object WATCHED = new Object();

    private FxCaretRest(Scene scene, Scheduler timer, Duration quiet) {
        this.scene = scene;
        this.timer = timer;
        this.quiet = quiet;
    }

    private static Method blinkAccessor() {
        try {
            Method m = TextInputControlSkin.class.getDeclaredMethod("blinkProperty");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.INFO, "Carets keep blinking: this JavaFX does not let a caret be shown without blinking", e);
            return null;
        }
    }

    /** Whether carets can rest here (see the class's note). */
    public static boolean available() {
        return BLINK != null;
    }

    /**
     * Lets carets rest after {@link #QUIET} in every window of the app that is not a popup (dialogs too), now and
     * later: each window's scene once, on a timer of its own, called off while the window is hidden.
     */
    public static void followWindows() {
        if (!available() || following) {
            return;
        }
        following = true;
        Window.getWindows().forEach(FxCaretRest::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(FxCaretRest::follow);
            }
        });
    }

    private static void follow(Window w) {
        // JavaFX adds a window to its list again each time it shows: followed once
        if (w instanceof PopupWindow || w.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) != null) {
            return;
        }
        if (w.getScene() != null) {
            followScene(w.getScene());
        }
        w.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                followScene(now);
            }
        });
    }

    private static void followScene(Scene scene) {
        if (!scene.getProperties().containsKey(FxCaretRest.class)) {
            install(scene, new FxScheduler(), QUIET);
        }
    }

    /**
     * Lets the carets of {@code scene}'s text fields rest after {@code quiet} without input, in place of any that
     * did before (null: not available here).
     */
    public static FxCaretRest install(Scene scene, Scheduler timer, Duration quiet) {
        if (!available()) {
            return null;
        }
        if (scene.getProperties().get(FxCaretRest.class) instanceof FxCaretRest before) {
            before.stop();
        }
        FxCaretRest rest = new FxCaretRest(scene, timer, quiet);
        scene.getProperties().put(FxCaretRest.class, rest);
        for (EventType<? extends Event> type : List.of(KeyEvent.ANY, MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                InputMethodEvent.INPUT_METHOD_TEXT_CHANGED)) {
            scene.addEventFilter(type, e -> rest.inputIfCurrent());
        }
        scene.focusOwnerProperty().addListener((o, was, now) -> rest.inputIfCurrent());
        // JavaFX starts a field's blinking again when its window gets the focus back; a hidden window rests its caret
        scene.windowProperty().addListener((o, was, now) -> rest.watch(now));
        rest.watch(scene.getWindow());
        rest.input();
        return rest;
    }

    /** Replaced by another on the same scene: waits for nothing more. */
    private void stop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void inputIfCurrent() {
        if (scene.getProperties().get(FxCaretRest.class) == this) {
            input();
        }
    }

    /**
     * Follows {@code w}'s focus, hiding and showing while it holds this scene: once for each window, also when the
     * window held another scene in between (A, then B, then A again).
     */
    @SuppressWarnings("unchecked")
    private void watch(Window w) {
        if (w == null) {
            return;
        }
        Set<FxCaretRest> watching = (Set<FxCaretRest>) w.getProperties().computeIfAbsent(WATCHED,
                k -> Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!watching.add(this)) {
            return;
        }
        w.focusedProperty().addListener((p, had, has) -> {
            if (w.getScene() == scene) {
                inputIfCurrent();
            }
        });
        w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (w.getScene() != scene) {
                return;
            }
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
            // a window closed with the focus in a field keeps it focused (JavaFX tells a window it hides of no
            // focus lost): its caret would blink on, 60 frames a second, for as long as the app runs
            if (scene.getProperties().get(FxCaretRest.class) == this) {
                rest();
            }
        });
        w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (w.getScene() == scene) {
                inputIfCurrent();
            }
        });
    }

    private void input() {
        if (restingLong != null) {
            restingLong.setBlinkRate(longRate);
            restingLong = null;
        }
        if (resting != null) {
            TextInputControlSkin<?> s = resting;
            resting = null;
            if (s.getSkinnable() != null && s.getSkinnable().getSkin() == s && s.getSkinnable().isFocused()) {
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
        if (restingLong != null || resting != null) {
            return; // at rest already (its window hid after the quiet time): the rate to go back to is kept
        }
        if (scene.getFocusOwner() instanceof GenericStyledArea<?, ?, ?> area && area.isFocused()) {
            // the long-day editor (RichTextFX): a blink rate of zero shows its caret still, through its own API
            restingLong = area.getCaretSelectionBind().getUnderlyingCaret();
            longRate = restingLong.getBlinkRate();
            restingLong.setBlinkRate(javafx.util.Duration.ZERO);
            return;
        }
        TextInputControl field = focusedField(scene.getFocusOwner());
        if (field != null && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            try {
                skin.setCaretAnimating(false);
                ((BooleanProperty) BLINK.invoke(skin)).set(false); // the caret shown, not hidden
                resting = skin;
            } catch (ReflectiveOperationException | RuntimeException e) {
                skin.setCaretAnimating(true);
                LOG.log(Level.FINE, "Caret not rested", e);
            }
        }
    }

    /** The focused text field: the focus owner, or the editor inside it (a date picker's, a combo box's). */
    static TextInputControl focusedField(Node owner) {
        if (owner instanceof TextInputControl field) {
            return field.isFocused() ? field : null;
        }
        if (owner instanceof Parent parent && owner.isFocused()) {
            for (Node n : parent.lookupAll(".text-input")) {
                if (n instanceof TextInputControl field && field.isFocused()) {
                    return field;
                }
            }
        }
        return null;
    }
}
