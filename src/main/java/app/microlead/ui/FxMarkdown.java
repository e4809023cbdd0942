package app.microlead.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Markdown drawn as JavaFX text (see {@link MarkdownBlocks}), styled by app.css ({@code .markdown}, {@code .md-*}). */
public final class FxMarkdown {

    /** Indent of each list level, in px at the normal text size. */
    private static final double INDENT = 20;

    private FxMarkdown() {
    }

    /** The rendered text, one node per block, in a box with the style class {@code markdown}. */
    public static VBox render(String markdown) {
        VBox box = new VBox(8);
        box.getStyleClass().add("markdown");
        for (MarkdownBlocks.Block b : MarkdownBlocks.of(markdown)) {
            Node node;
            if (b.kind().equals("rule")) {
                node = new Separator();
            } else {
                TextFlow flow = new TextFlow();
                flow.getStyleClass().add("md-" + b.kind());
                for (MarkdownBlocks.Run r : b.runs()) {
                    Text t = new Text(r.text());
                    t.getStyleClass().add("md-text");
                    t.getStyleClass().addAll(r.styles());
                    flow.getChildren().add(t);
                }
                node = flow;
            }
            if (b.quoted()) {
                node.getStyleClass().add("md-quote");
            }
            VBox.setMargin(node, new Insets(0, 0, 0, INDENT * Math.max(0, b.depth() - 1)));
            box.getChildren().add(node);
        }
        return box;
    }
}
