package app.microlead.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard conventions shared by the views. */
public final class FxKeys {

    private FxKeys() {
    }

    /**
     * Makes Tab and Shift+Tab move to the next / previous control instead of typing a tab, as in
     * every other field; short answers never need a tab character.
     */
    public static TextArea tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // TextArea's own binding for Ctrl+Tab / Ctrl+Shift+Tab is focus traversal
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
