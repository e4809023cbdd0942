package app.microlead.ui;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/** Colours for the hand-drawn charts that read well in the light and the dark theme. */
public final class ChartColors {

    public static final Color ACCENT = Color.web("#2f81f7");
    public static final Color GOOD = Color.web("#2e8b57");
    public static final Color WATCH = Color.web("#d4a72c");
    public static final Color RISK = Color.web("#cf4b4b");

    private ChartColors() {
    }

    /** The text colour of the current theme (dark themes have a dark background). */
    public static Color foreground(Node node) {
        boolean dark = node.getScene() != null && Application.getUserAgentStylesheet() != null
                && Application.getUserAgentStylesheet().contains("dark");
        return dark ? Color.web("#c9d1d9") : Color.web("#24292f");
    }
}
