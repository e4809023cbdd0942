package app.microlead.ui;

import java.util.List;
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

    /**
     * What the user typed on this page and has not saved, one short line each (whose page it is): the app asks
     * before it closes and loses it. Empty when nothing is unsaved.
     */
    default List<String> unsavedWork() {
        return List.of();
    }

    /** Called once before the app closes, after {@link #onHide()}. */
    default void onClose() {
    }
}
