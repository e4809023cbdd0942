package app.microlead.ui;

import javafx.scene.Node;

/** One view of the main window, created when it is first visited. */
public interface Page {

    Node node();

    /** Called each time the page becomes the visible one. */
    default void onShow() {
    }

    /** Called when the user leaves the page (a place to save pending edits). */
    default void onHide() {
    }

    /** Called once before the app closes, after {@link #onHide()}. */
    default void onClose() {
    }
}
