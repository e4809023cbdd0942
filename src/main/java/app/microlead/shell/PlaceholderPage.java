package app.microlead.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A frame for a view that a later release fills; it says in one line what it will hold. */
public final class PlaceholderPage implements Page {

    private final VBox root;

    public PlaceholderPage(ViewId view, String promise) {
        Label title = new Label(view.title());
        title.getStyleClass().add("title-2");
        Label line = new Label(promise);
        line.getStyleClass().add("text-muted");
        line.setWrapText(true);
        root = new VBox(12, title, line);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("page");
        root.setId("page-" + view.key());
    }

    @Override
    public Node node() {
        return root;
    }
}
