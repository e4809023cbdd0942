package app.microlead.ui;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Applies a {@link Theme} and a {@link FontSize} to the whole application (AtlantaFX Primer light or dark). */
public final class Themes {

    /** Style class on the root of every window while the text is large (app.css sizes tooltips and menus by it). */
    public static final String LARGE_CLASS = "font-large";

    /**
     * Style class on the root of every window while the theme is dark: app.css gives colours of its own that
     * Primer does not have (the moods) their dark values by it.
     */
    public static final String DARK_CLASS = "theme-dark";

    /** AtlantaFX's largest dialog width at the normal text size. */
    private static final double DIALOG_MAX_WIDTH = 600;
    /** The parts of a root's inline style that this class sets. */
    private static final String SIZES = "-fx-(font-size|max-width): *[0-9.]+px;? *";

    private static FontSize fontSize = FontSize.NORMAL;
    private static Theme theme = Theme.LIGHT;
    private static boolean followingWindows;

    private Themes() {
    }

    /** Sets the theme of every open window, and of every window opened later, on the FX thread. */
    public static void apply(Theme now) {
        theme = now;
        String css = now == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(css);
        followWindows();
        Window.getWindows().forEach(Themes::applyTo);
    }

    /** Our own small stylesheet on top of the theme (layout, sidebar, cards). */
    public static String appStylesheet() {
        return Themes.class.getResource("/app/microlead/ui/app.css").toExternalForm();
    }

    /**
     * Sets the root font size of every open window, and of every window opened later (dialogs too),
     * on the FX thread. All other sizes are relative to it.
     */
    public static void applyFontSize(FontSize size) {
        fontSize = size;
        followWindows();
        Window.getWindows().forEach(Themes::applyTo);
    }

    /** Gives every window opened from now on the theme's class and the text size (once). */
    private static void followWindows() {
        if (!followingWindows) {
            followingWindows = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(w -> {
                        applyTo(w);
                        fitDialog(w);
                    });
                }
            });
        }
    }

    /**
     * Sizes a dialog to its content and keeps it centred on its owner: when its text is large (it was
     * measured before the text grew), and whenever the window manager mapped it smaller than its content
     * (JavaFX 21 on Linux with some window managers, seen with openbox: a 200×200 empty box).
     */
    private static void fitDialog(Window w) {
        if (!(w instanceof Stage stage) || w.getScene() == null
                || !(w.getScene().getRoot() instanceof DialogPane pane)) {
            return;
        }
        fitButtons(pane);
        if (fontSize != FontSize.NORMAL) {
            pane.applyCss();
            double oldWidth = stage.getWidth();
            double oldHeight = stage.getHeight();
            stage.sizeToScene();
            // never larger than the screen (1024×700 at large text): a window asked to be larger kept the size
            // JavaFX asked for, so the dialog's content was laid out past the screen's edge, its buttons too
            Rectangle2D area = screenArea(stage);
            if (stage.getWidth() > area.getWidth()) {
                stage.setWidth(area.getWidth());
            }
            if (stage.getHeight() > area.getHeight()) {
                stage.setHeight(area.getHeight());
            }
            Platform.runLater(() -> {
                if (!Double.isNaN(oldWidth) && !Double.isNaN(oldHeight)) {
                    stage.setX(stage.getX() - (stage.getWidth() - oldWidth) / 2);
                    stage.setY(stage.getY() - (stage.getHeight() - oldHeight) / 2);
                }
            });
        }
        // a dialog that grew after it was placed (large text) is centred on its owner again: grown to the right
        // from where it was put, it ran past the window's edge on a screen larger than the window
        double[] centredAt = {stage.getWidth(), stage.getHeight()};
        refitWhileSettling(stage, () -> {
            fitToContent(stage, pane);
            boolean sized = Double.isFinite(stage.getWidth()) && Double.isFinite(stage.getHeight());
            if (stage.isShowing() && sized && (stage.getWidth() != centredAt[0] || stage.getHeight() != centredAt[1])) {
                centreOnOwner(stage, screenArea(stage));
                centredAt[0] = stage.getWidth();
                centredAt[1] = stage.getHeight();
            }
        });
    }

    /** The stage's property holding its frame's width and height, as {@link #fitToContent} first measured them. */
    private static final String FRAME = "microlead.frame";
    /** More than any window frame (title bar and borders) takes, in px: a larger difference is a resize under way. */
    private static final double MOST_FRAME = 120;

    /** How long a window is refitted after it shows. */
    static final Duration SETTLING = Duration.ofSeconds(3);

    /** How often a window is refitted at most while it settles. */
    static final int MAX_REFITS = 12;

    /**
     * Runs {@code refit} (later, on the FX thread) now and on each size change of the window in its first
     * seconds, then leaves the size to the user: the window manager's answer can come a little after a window
     * shows (later on a busy machine), and some (openbox) first map a small window at 200×200.
     */
    public static void refitWhileSettling(Stage stage, Runnable refit) {
        boolean[] pending = new boolean[1]; // one refit waits at a time: a width and a height change make one
        int[] refits = new int[1];
        InvalidationListener onResize = o -> {
            // a few refits at most: where something else sizes the window too, the two never take turns for long
            if (!pending[0] && refits[0] < MAX_REFITS) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    refits[0]++;
                    refit.run();
                });
            }
        };
        stage.widthProperty().addListener(onResize);
        stage.heightProperty().addListener(onResize);
        onResize.invalidated(null);
        // waited for on the timer thread: a PauseTransition is an animation, and JavaFX drew 60 frames a second for
        // the 3 s after every dialog and reminder showed
        new FxScheduler().schedule(SETTLING, () -> {
            stage.widthProperty().removeListener(onResize);
            stage.heightProperty().removeListener(onResize);
        });
    }

    /**
     * Sizes a dialog's buttons to their texts at the dialog's text size. JavaFX's button bar gives its
     * buttons one width, measured once when the buttons are added: before the app's text size (and
     * the theme's font) apply, so that "Abbrechen" at large text read "Abbre…".
     */
    static void fitButtons(DialogPane pane) {
        pane.applyCss();
        if (!(pane.lookup(".button-bar") instanceof ButtonBar bar)) {
            return;
        }
        double widest = 0;
        for (Node b : bar.getButtons()) {
            if (b instanceof Region r) {
                r.setPrefWidth(Region.USE_COMPUTED_SIZE);
                widest = Math.max(widest, r.prefWidth(-1));
            }
        }
        for (Node b : bar.getButtons()) {
            if (b instanceof Region r && ButtonBar.isButtonUniformSize(b)) {
                r.setPrefWidth(widest);
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * Grows a shown dialog to its content when its window is smaller than that, centred on its owner again; never
     * beyond the screen's usable area (a long dialog at large text on a 1280×800 screen is as tall as the
     * screen, and its scrolling part gives way).
     */
    public static void fitToContent(Stage stage, DialogPane pane) {
        if (!stage.isShowing()) {
            return;
        }
        Scene scene = stage.getScene();
        Rectangle2D area = screenArea(stage);
        // the frame's size as first measured: measured again while a size just set has not reached the scene yet,
        // the change looked like frame, was added again, and two refits close together (the export dialog's
        // problem line and its settling) grew the window step by step to the screen's height
        // kept only once the window manager has reported a frame (none yet measures 0, and a 0 kept for good left the
        // window short by its title bar)
        double[] frame = (double[]) stage.getProperties().get(FRAME);
        if (frame == null) {
            frame = new double[] {decoration(stage.getWidth(), scene.getWidth()),
                decoration(stage.getHeight(), scene.getHeight())};
            if (frame[1] > 0 && frame[1] < MOST_FRAME && frame[0] < MOST_FRAME) {
                stage.getProperties().put(FRAME, frame);
            }
        }
        double decorationW = frame[0];
        double decorationH = frame[1];
        // what the content asks for, no less than the window has (the user may have made it larger), no more
        // than the screen has room for: set once, so that a refit after the resize finds nothing to do
        double width = Math.min(Math.max(scene.getWidth(), askedWidth(pane)), area.getWidth() - decorationW);
        if (!Double.isFinite(width)) {
            return;
        }
        double height = Math.min(Math.max(scene.getHeight(), pane.prefHeight(width)), area.getHeight() - decorationH);
        if (Math.abs(width - scene.getWidth()) <= 1 && Math.abs(height - scene.getHeight()) <= 1) {
            return;
        }
        stage.setWidth(width + decorationW);
        stage.setHeight(height + decorationH);
        centreOnOwner(stage, area);
    }

    /**
     * The width a dialog's pane asks for, as JavaFX sizes a region: its preferred width within its maximum,
     * but never below its minimum. The minimum wins over the cap every dialog has: the shortcuts sheet asks for
     * its whole width, and held to the cap its second column was cut off at large text.
     */
    static double askedWidth(Region pane) {
        return Math.max(pane.minWidth(-1), Math.min(pane.prefWidth(-1), pane.maxWidth(-1)));
    }

    /** Puts the window over the middle of its owner (a third down), inside the screen's usable area. */
    private static void centreOnOwner(Stage stage, Rectangle2D area) {
        Window owner = stage.getOwner();
        if (owner != null) {
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 3);
        }
        stage.setX(Math.max(area.getMinX(), Math.min(stage.getX(), area.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(area.getMinY(), Math.min(stage.getY(), area.getMaxY() - stage.getHeight())));
    }

    /**
     * What the window manager adds to a window's side (its frame), never NaN: a window not yet sized has none (a
     * NaN width reached GridPane's column sizing as NaN, where it loops forever).
     */
    private static double decoration(double window, double scene) {
        double d = window - scene;
        return Double.isFinite(d) && d > 0 ? d : 0;
    }

    /** The usable area (without panels) of the screen the window is on, or of the main screen. */
    private static Rectangle2D screenArea(Stage stage) {
        List<Screen> on = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        return (on.isEmpty() ? Screen.getPrimary() : on.get(0)).getVisualBounds();
    }

    private static void applyTo(Window w) {
        if (!(w instanceof Stage) || w.getScene() == null) {
            return; // popups (tooltips, menus) follow their owner through the stylesheet
        }
        Parent root = w.getScene().getRoot();
        root.getStyleClass().remove(DARK_CLASS);
        if (theme == Theme.DARK) {
            root.getStyleClass().add(DARK_CLASS);
        }
        root.getStyleClass().remove(LARGE_CLASS);
        if (fontSize == FontSize.NORMAL) {
            root.setStyle(root.getStyle().replaceAll(SIZES, "").strip());
        } else {
            root.getStyleClass().add(LARGE_CLASS);
            // AtlantaFX caps dialogs at 600px: let them grow with the text
            String cap = root instanceof DialogPane
                    ? "-fx-max-width: " + Math.round(DIALOG_MAX_WIDTH * fontSize.scale()) + "px; " : "";
            root.setStyle(("-fx-font-size: " + fontSize.pixels() + "px; " + cap
                    + root.getStyle().replaceAll(SIZES, "")).strip());
        }
        if (root instanceof DialogPane pane) {
            fitButtons(pane);
        }
    }
}
