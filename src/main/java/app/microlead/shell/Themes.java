package app.microlead.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Applies a {@link Theme} to the whole application (AtlantaFX Primer light or dark). */
public final class Themes {

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
}
