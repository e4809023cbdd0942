package app.microlead.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport's bitmap cache off (app.css gives it to every scroll
 * pane, those inside text areas too). The cache keeps a picture of each viewport: in software
 * rendering an {@code int[]} of its pixels per scroll pane, kept as long as the view lives, and a known
 * cause of blurry text. Without it the content is simply drawn.
 */
public final class FxScrollPaneSkin extends ScrollPaneSkin {

    public FxScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
