package app.microlead.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * Names a button that shows its icon only (the sidebar in a narrow window, Today's Done and Skipped, the arrows)
 * to someone who reaches it with the keyboard: its tooltip, which a mouse user sees by pointing at it, shows under
 * it while it has the keyboard's focus, and goes when the focus moves on. A click (no keyboard focus shown) shows
 * none: the pointer's own tooltip does that.
 */
public final class FxKeyboardTooltips {

    /** Style class of the tooltip shown for the keyboard's focus. */
    public static final String STYLE_CLASS = "keyboard-tooltip";

    private FxKeyboardTooltips() {
    }

    /** Shows the tooltips of icon-only buttons in {@code scene} as the keyboard's focus reaches them. */
    public static void install(Scene scene) {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add(STYLE_CLASS);
        tip.setWrapText(true); // a long one on a few lines beside the button, not across the screen
        tip.setMaxWidth(420);
        // Escape goes to the window as it would without the tooltip (closing a dialog, leaving a field)
        tip.setHideOnEscape(false);
        tip.setConsumeAutoHidingEvents(false);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            tip.hide();
            if (now != null) {
                // the focus is shown as visible only once it has moved: decided after this change
                Platform.runLater(() -> show(scene, now, tip));
            }
        });
        // gone when the window loses the focus (another app in front), whichever window the scene is in
        scene.windowProperty().flatMap(Window::focusedProperty).addListener((o, had, has) -> {
            if (!Boolean.TRUE.equals(has)) {
                tip.hide();
            }
        });
    }

    private static void show(Scene scene, Node n, Tooltip tip) {
        if (scene.getFocusOwner() != n || !n.isFocusVisible() || !iconOnly(n)) {
            return;
        }
        Optional<String> text = FxLazyTooltip.text(n).or(() -> Optional.ofNullable(n.getAccessibleText()))
                .filter(s -> !s.isBlank());
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        if (text.isEmpty() || b == null) {
            return;
        }
        tip.setText(text.get());
        tip.show(n, b.getMinX(), b.getMaxY() + 4);
    }

    /** Whether {@code n} is a button (or other labeled) that shows an icon and no text. */
    static boolean iconOnly(Node n) {
        return n instanceof Labeled l && l.getGraphic() != null
                && (l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY || l.getText() == null || l.getText().isEmpty());
    }
}
