package app.microlead.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The few kinds of text and box every view uses, styled by the app's stylesheet. */
public final class FxLabels {

    /**
     * Style class of a one-line excerpt of a longer text (a journal day's first words in a list), cut
     * with "…" on purpose; every other text must show whole (ClippedTextUiTest).
     */
    public static final String EXCERPT = "excerpt";

    private FxLabels() {
    }

    /** A section's title. */
    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A row or column name in a table of figures; never shrinks below its text. */
    public static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("habit-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Explanations and empty states: quieter, wrapped. */
    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    /** A card holding the children one below the other. */
    public static VBox card(Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("card");
        return box;
    }
}
