package app.microlead.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the features ask of the main window: is the user in it, bring it back, tell me when it is minimized. */
public final class MainStage {

    private MainStage() {
    }

    /**
     * Whether the window is shown and not minimized, and it or one of its dialogs has the focus (the user is in
     * the app: also while the first-run welcome or any other dialog of it is in front).
     */
    public static boolean inUse(Scene scene) {
        return scene.getWindow() instanceof Stage st && st.isShowing() && !st.isIconified()
                && Window.getWindows().stream().anyMatch(w -> w.isFocused() && ownedBy(w, st));
    }

    /** Whether {@code w} is {@code main} or a window owned by it, directly or through other dialogs. */
    static boolean ownedBy(Window w, Window main) {
        for (Window at = w; at != null; at = at instanceof Stage s ? s.getOwner() : null) {
            if (at == main) {
                return true;
            }
        }
        return false;
    }

    /** Brings the window back, also from minimized, in front and focused. */
    public static void bringBack(Scene scene) {
        if (scene.getWindow() instanceof Stage stage) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** Runs {@code action} each time the window is minimized; the returned action stops that. */
    public static Runnable onMinimized(Scene scene, Runnable action) {
        if (!(scene.getWindow() instanceof Stage stage)) {
            return () -> { };
        }
        ChangeListener<Boolean> listener = (o, was, minimized) -> {
            if (minimized) {
                action.run();
            }
        };
        stage.iconifiedProperty().addListener(listener);
        return () -> stage.iconifiedProperty().removeListener(listener);
    }
}
