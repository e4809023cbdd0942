package app.microlead.ui;

import javafx.scene.Node;

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
}
