package app.microlead.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** Where the keyboard's focus is. */
public final class FxFocus {

    private FxFocus() {
    }

    /** Whether the scene's focus owner is {@code node} or inside it (false while nothing has the focus). */
    public static boolean holdsFocus(Node node) {
        Node focused = node.getScene() == null ? null : node.getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** Set on a node the arrow keys focused: styled as {@code :focus-visible}, which JavaFX 21 sets only on Tab. */
    private static final PseudoClass KEYED = PseudoClass.getPseudoClass("keyed");

    /**
     * Gives {@code node} the focus as a key press does: its ring shows ({@code :keyed}) until it loses the focus.
     * For arrow keys that move between the parts of one control (a plain {@code requestFocus} left no ring).
     */
    public static void focusByKeyboard(Node node) {
        node.requestFocus();
        if (!node.isFocused() || node.getPseudoClassStates().contains(KEYED)) {
            return; // not focused, or already marked (with its listener)
        }
        node.pseudoClassStateChanged(KEYED, true);
        node.focusedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    node.pseudoClassStateChanged(KEYED, false);
                    node.focusedProperty().removeListener(this);
                }
            }
        });
    }

    /**
     * -1 for Left or Up, 1 for Right or Down, 0 for any other key or an arrow with Shift, Ctrl, Alt or Meta: the
     * step an arrow key asks for in a row of parts.
     */
    public static int arrowStep(KeyEvent e) {
        if (e.isShiftDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return 0;
        }
        return switch (e.getCode()) {
            case LEFT, UP -> -1;
            case RIGHT, DOWN -> 1;
            default -> 0;
        };
    }
}
