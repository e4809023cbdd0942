package app.microlead.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What the features ask of the main window: is the user in it, bring it back, tell me when it is minimized. */
public final class MainStage {

    private MainStage() {
    }

    /** Whether the window is shown, focused and not minimized (the user is in the app). */
    public static boolean inUse(Scene scene) {
        return scene.getWindow() instanceof Stage st && st.isShowing() && st.isFocused() && !st.isIconified();
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
