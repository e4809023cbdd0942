package app.microlead.shell;

import app.microlead.storage.Preferences.WindowState;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores and records the main window's size and place, keeping it on a screen that exists. */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;
    static final double MIN_VISIBLE = 80;

    private WindowPlacement() {
    }

    public static void restore(Stage stage, WindowState saved) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        double w = Math.min(saved == null ? DEFAULT_WIDTH : saved.width(), primary.getWidth());
        double h = Math.min(saved == null ? DEFAULT_HEIGHT : saved.height(), primary.getHeight());
        w = Math.max(w, 640);
        h = Math.max(h, 480);
        stage.setWidth(w);
        stage.setHeight(h);
        if (saved != null && isVisibleOnSomeScreen(saved.x(), saved.y(), w, h)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
        } else {
            stage.setX(primary.getMinX() + (primary.getWidth() - w) / 2);
            stage.setY(primary.getMinY() + (primary.getHeight() - h) / 2);
        }
        if (saved != null && saved.maximized()) {
            stage.setMaximized(true);
        }
    }

    /** True when at least a grabbable corner of the title bar lies on one of the current screens. */
    static boolean isVisibleOnSomeScreen(double x, double y, double w, double h) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, w), 30);
            if (b.intersects(titleBar)) {
                double overlapW = Math.min(b.getMaxX(), x + w) - Math.max(b.getMinX(), x);
                if (overlapW >= MIN_VISIBLE && y >= b.getMinY() - 5) {
                    return true;
                }
            }
        }
        return false;
    }

    public static WindowState capture(Stage stage, WindowState previous) {
        if (stage.isMaximized() || stage.isIconified()) {
            // keep the normal bounds from before maximizing, only flag the state
            WindowState base = previous != null ? previous
                    : new WindowState(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
            return new WindowState(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}
