package app.microlead.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Applies a {@link Theme} and a {@link FontSize} to the whole application (AtlantaFX Primer light or dark). */
public final class Themes {

    /** Style class on the root of every window while the text is large (app.css sizes tooltips and menus by it). */
    public static final String LARGE_CLASS = "font-large";

    /** AtlantaFX's largest dialog width at the normal text size. */
    private static final double DIALOG_MAX_WIDTH = 600;
    /** The parts of a root's inline style that this class sets. */
    private static final String SIZES = "-fx-(font-size|max-width): *[0-9.]+px;? *";

    private static FontSize fontSize = FontSize.NORMAL;
    private static boolean followingWindows;

    private Themes() {
    }

    public static void apply(Theme theme) {
        String css = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(css);
    }

    /** Our own small stylesheet on top of the theme (layout, sidebar, cards). */
    public static String appStylesheet() {
        return Themes.class.getResource("/app/microlead/shell/app.css").toExternalForm();
    }

    /**
     * Sets the root font size of every open window, and of every window opened later (dialogs too),
     * on the FX thread. All other sizes are relative to it.
     */
    public static void applyFontSize(FontSize size) {
        fontSize = size;
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
        Window.getWindows().forEach(Themes::applyTo);
    }

    /** A dialog was measured before its text grew: size it again and keep it centred on its owner. */
    private static void fitDialog(Window w) {
        if (fontSize == FontSize.NORMAL || !(w instanceof Stage stage) || w.getScene() == null
                || !(w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane)) {
            return;
        }
        pane.applyCss();
        double oldWidth = stage.getWidth();
        double oldHeight = stage.getHeight();
        stage.sizeToScene();
        javafx.application.Platform.runLater(() -> {
            if (!Double.isNaN(oldWidth) && !Double.isNaN(oldHeight)) {
                stage.setX(stage.getX() - (stage.getWidth() - oldWidth) / 2);
                stage.setY(stage.getY() - (stage.getHeight() - oldHeight) / 2);
            }
        });
    }

    private static void applyTo(Window w) {
        if (!(w instanceof Stage) || w.getScene() == null) {
            return; // popups (tooltips, menus) follow their owner through the stylesheet
        }
        Parent root = w.getScene().getRoot();
        root.getStyleClass().remove(LARGE_CLASS);
        if (fontSize == FontSize.NORMAL) {
            root.setStyle(root.getStyle().replaceAll(SIZES, "").strip());
        } else {
            root.getStyleClass().add(LARGE_CLASS);
            // AtlantaFX caps dialogs at 600px: let them grow with the text
            String cap = root instanceof javafx.scene.control.DialogPane
                    ? "-fx-max-width: " + Math.round(DIALOG_MAX_WIDTH * fontSize.scale()) + "px; " : "";
            root.setStyle(("-fx-font-size: " + fontSize.pixels() + "px; " + cap
                    + root.getStyle().replaceAll(SIZES, "")).strip());
        }
    }
}
