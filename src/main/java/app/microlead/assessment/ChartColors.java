package app.microlead.assessment;

import javafx.scene.Node;
import javafx.scene.paint.Color;

/** Colours for the hand-drawn charts that read well in the light and the dark theme. */
final class ChartColors {

    static final Color ACCENT = Color.web("#2f81f7");
    static final Color GOOD = Color.web("#2e8b57");
    static final Color WATCH = Color.web("#d4a72c");
    static final Color RISK = Color.web("#cf4b4b");

    private ChartColors() {
    }

    /** The text colour of the current theme (dark themes have a dark background). */
    static Color foreground(Node node) {
        boolean dark = node.getScene() != null && javafx.application.Application.getUserAgentStylesheet() != null
                && javafx.application.Application.getUserAgentStylesheet().contains("dark");
        return dark ? Color.web("#c9d1d9") : Color.web("#24292f");
    }
}
