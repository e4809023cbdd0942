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
                    c.getAddedSubList().forEach(Themes::applyTo);
                }
            });
        }
        Window.getWindows().forEach(Themes::applyTo);
    }

    private static void applyTo(Window w) {
        if (!(w instanceof Stage) || w.getScene() == null) {
            return; // popups (tooltips, menus) follow their owner through the stylesheet
        }
        Parent root = w.getScene().getRoot();
        root.getStyleClass().remove(LARGE_CLASS);
        if (fontSize == FontSize.NORMAL) {
            root.setStyle(root.getStyle().replaceAll("-fx-font-size: *[0-9.]+px;?", "").strip());
        } else {
            root.getStyleClass().add(LARGE_CLASS);
            root.setStyle(("-fx-font-size: " + fontSize.pixels() + "px; "
                    + root.getStyle().replaceAll("-fx-font-size: *[0-9.]+px;?", "")).strip());
        }
    }
}
