package app.microlead.ui;

import static app.microlead.ui.FxLabels.heading;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled card of the Settings page; each feature builds its own section with it. */
public final class SettingsSection {

    private SettingsSection() {
    }

    /** A card with a heading, an optional explanation (null for none) and the section's controls. */
    public static VBox of(String heading, String explanation, Node... body) {
        Label h = heading(heading);
        VBox box = new VBox(10, h);
        if (explanation != null) {
            Label e = new Label(explanation);
            e.getStyleClass().add("text-muted");
            e.setWrapText(true);
            box.getChildren().add(e);
        }
        box.getChildren().addAll(body);
        box.getStyleClass().add("card");
        return box;
    }

    /** An on/off switch of a section, with a wrapping label; {@code onChange} hears each change. */
    public static CheckBox toggle(String id, String text, boolean on, Consumer<Boolean> onChange) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.setSelected(on);
        box.selectedProperty().addListener((o, was, now) -> onChange.accept(now));
        return box;
    }
}
