package app.microlead.shell;

import app.microlead.storage.Preferences.WindowState;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Restores and records the main window's size, place and maximized state, keeping it on a screen that
 * exists: on the screen it was on when that screen is still there, else centred on the main screen,
 * and never larger than the screen it opens on.
 */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 520;
    static final double MIN_VISIBLE = 80;

    /** Where the window opens and how big it is. */
    record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /**
     * Places the stage before it is shown and again right after {@code show()}: with some window
     * managers (seen with openbox) GTK maps a new window at its minimum size, whatever was asked before.
     * Call {@link #reapply} after {@code stage.show()}.
     */
    public static void restore(Stage stage, WindowState saved) {
        apply(stage, placeOnCurrentScreens(saved), false);
    }

    /** Applies the placement again once the stage is showing, then its maximized state and minimum size. */
    public static void reapply(Stage stage, WindowState saved) {
        Placement p = placeOnCurrentScreens(saved);
        apply(stage, p, true);
        stage.setMinWidth(Math.min(MIN_WIDTH, p.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, p.height()));
        // the normal bounds, kept while the window is maximized, so that the next start gets them back
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                stage.getProperties().put(NORMAL_BOUNDS, new WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), false));
            }
        };
        if (!p.maximized()) {
            track.invalidated(null);
        } else {
            stage.getProperties().put(NORMAL_BOUNDS, new WindowState(p.x(), p.y(), p.width(), p.height(), false));
        }
        for (var prop : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            prop.addListener(track);
        }
        keepMaximizedAcrossDialogs(stage);
    }

    /**
     * Keeps the window maximized across modal dialogs. JavaFX 21 on Linux freezes the owner's size while
     * a modal dialog shows, and some window managers (seen with openbox; KDE in JDK-8332222, fixed only
     * in JavaFX 23, which needs Java 21) take that as "not maximized" and will not maximize it again
     * until the dialog closes. So the state is put back when the last modal dialog has closed.
     */
    public static void keepMaximizedAcrossDialogs(Stage stage) {
        boolean[] wanted = {stage.isMaximized()};
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (now || !modalDialogShowing(stage)) {
                wanted[0] = now; // the user's own choice; a drop during a dialog is the toolkit's
            }
        });
        Window.getWindows().addListener((ListChangeListener<Window>) c ->
                Platform.runLater(() -> {
                    if (wanted[0] && stage.isShowing() && !stage.isMaximized() && !modalDialogShowing(stage)) {
                        stage.setMaximized(true);
                    }
                }));
    }

    private static boolean modalDialogShowing(Stage owner) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s != owner && s.getModality() != Modality.NONE && s.isShowing()) {
                return true;
            }
        }
        return false;
    }

    private static final String NORMAL_BOUNDS = WindowPlacement.class.getName() + ".normalBounds";

    private static Placement placeOnCurrentScreens(WindowState saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return place(saved, screens, Screen.getPrimary().getVisualBounds());
    }

    private static void apply(Stage stage, Placement p, boolean maximize) {
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setX(p.x());
        stage.setY(p.y());
        if (maximize) {
            stage.setMaximized(p.maximized());
        }
    }

    /** The placement for a saved state on the given screens (visual bounds); pure, for tests. */
    static Placement place(WindowState saved, List<Rectangle2D> screens, Rectangle2D primary) {
        WindowState s = usable(saved) ? saved : null;
        Rectangle2D screen = s == null ? primary : screenOf(s, screens).orElse(primary);
        double w = fit(s == null ? DEFAULT_WIDTH : s.width(), MIN_WIDTH, screen.getWidth());
        double h = fit(s == null ? DEFAULT_HEIGHT : s.height(), MIN_HEIGHT, screen.getHeight());
        double x;
        double y;
        if (s != null && isVisibleOn(screen, s.x(), s.y(), s.width())) {
            // where it was, moved in just enough to lie wholly on the screen
            x = Math.max(screen.getMinX(), Math.min(s.x(), screen.getMaxX() - w));
            y = Math.max(screen.getMinY(), Math.min(s.y(), screen.getMaxY() - h));
        } else {
            x = screen.getMinX() + (screen.getWidth() - w) / 2;
            y = screen.getMinY() + (screen.getHeight() - h) / 2;
        }
        return new Placement(x, y, w, h, s != null && s.maximized());
    }

    private static boolean usable(WindowState s) {
        return s != null && Double.isFinite(s.x()) && Double.isFinite(s.y()) && Double.isFinite(s.width())
                && Double.isFinite(s.height()) && s.width() > 0 && s.height() > 0;
    }

    /** The wanted size within [min, available]; a screen smaller than the minimum wins. */
    private static double fit(double wanted, double min, double available) {
        return Math.min(Math.max(wanted, min), available);
    }

    /** The screen that holds a grabbable part of the saved title bar, the one with most of it first. */
    private static Optional<Rectangle2D> screenOf(WindowState s, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestOverlap = 0;
        for (Rectangle2D b : screens) {
            if (isVisibleOn(b, s.x(), s.y(), s.width())) {
                double overlap = Math.min(b.getMaxX(), s.x() + s.width()) - Math.max(b.getMinX(), s.x());
                if (overlap > bestOverlap) {
                    best = b;
                    bestOverlap = overlap;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when at least a grabbable part of the title bar lies on the screen. */
    static boolean isVisibleOn(Rectangle2D b, double x, double y, double w) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, w), 30);
        if (!b.intersects(titleBar)) {
            return false;
        }
        double overlapW = Math.min(b.getMaxX(), x + w) - Math.max(b.getMinX(), x);
        return overlapW >= MIN_VISIBLE && y >= b.getMinY() - 5;
    }

    /** The state to save: the normal bounds (kept from before maximizing) and whether it is maximized. */
    public static WindowState capture(Stage stage, WindowState previous) {
        if (stage.isMaximized() || stage.isIconified()) {
            WindowState tracked = (WindowState) stage.getProperties().get(NORMAL_BOUNDS);
            WindowState base = usable(tracked) ? tracked : usable(previous) ? previous
                    : new WindowState(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
            return new WindowState(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}
