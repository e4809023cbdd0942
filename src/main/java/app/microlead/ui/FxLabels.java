package app.microlead.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

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
        Label l = whole(text);
        l.getStyleClass().add("habit-name");
        return l;
    }

    /**
     * A short text that is never cut nor broken across lines ("#meetings (12)", "2.9 (313 days)"): it
     * keeps the width of its text, and a flow pane moves it to the next line as a whole.
     */
    public static Label whole(String text) {
        Label l = new Label(text);
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * Wraps the text between words only, on as many lines as it needs: it is never narrower than its longest word
     * (where a word is wider than the line, JavaFX breaks it inside: "Gelegentlic/h"). A layout with too little
     * room for the words then moves or stacks its parts, or the page scrolls, rather than break a word.
     */
    public static <T extends Labeled> T wrapAtWords(T label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        InvalidationListener fit = o -> {
            double most = 0;
            String text = label.getText() == null ? "" : label.getText().strip();
            if (!text.isEmpty()) {
                for (String word : text.split("\\s+")) {
                    Text t = new Text(word);
                    t.setFont(label.getFont());
                    most = Math.max(most, t.getLayoutBounds().getWidth());
                }
            }
            double graphic = label.getGraphic() == null ? 0
                    : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
            label.setMinWidth(Math.ceil(most) + 1 + graphic + label.snappedLeftInset() + label.snappedRightInset());
        };
        label.textProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        label.paddingProperty().addListener(fit);
        label.graphicProperty().addListener(fit);
        fit.invalidated(null);
        return label;
    }

    /** A figure shown large (a streak, a rate), with its id; its caption comes from {@link #captioned}. */
    public static Label stat(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("stat-value");
        return l;
    }

    /** A figure with its caption below it, small and quiet. */
    public static VBox captioned(Label value, String caption) {
        Label c = new Label(caption);
        c.getStyleClass().addAll("text-muted", "text-small");
        return new VBox(0, value, c);
    }

    /** What an empty list says in its middle: quiet, wrapped, centred, as every list's is. */
    public static Label placeholder(String text) {
        Label l = muted(text);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        l.setPadding(new Insets(12));
        return l;
    }

    /** Explanations and empty states: quieter, wrapped. */
    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    /**
     * An empty state: what is missing and what to do, with a button for each way to do it (the first
     * one the default look of a main action).
     */
    public static VBox emptyState(String text, Button... actions) {
        FlowPane buttons = new FlowPane(8, 8, actions);
        for (Button b : actions) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(10, muted(text), buttons);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setFillWidth(true);
        return box;
    }

    /** A button of an empty state: its id, its words (which say what it does), and the action. */
    public static Button action(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A card holding the children one below the other. */
    public static VBox card(Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("card");
        return box;
    }
}
