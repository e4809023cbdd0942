package app.microlead.ui;

import app.microlead.common.FontSize;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layouts that give way when the text is large or the window narrow. */
public final class FxLayouts {

    private FxLayouts() {
    }

    /**
     * The nodes side by side while the scroll pane's viewport has room for all their minimum widths
     * (plus {@code around}: the padding between the viewport and this pane), one below the other when
     * not; it follows the viewport as the window or the text size changes.
     */
    public static Pane rowOrColumn(ScrollPane scroll, DoubleSupplier around, double gap, Node... nodes) {
        List<Node> all = List.of(nodes);
        HBox row = new HBox(gap);
        VBox column = new VBox(gap);
        StackPane holder = new StackPane(row);
        row.getChildren().setAll(all);
        Runnable fit = () -> {
            double room = scroll.getViewportBounds().getWidth() - around.getAsDouble();
            double needed = gap * (all.size() - 1);
            for (Node n : all) {
                needed += n.minWidth(-1);
            }
            boolean wide = scroll.getViewportBounds().getWidth() <= 0 || room >= needed;
            Pane target = wide ? row : column;
            if (!target.getChildren().equals(all)) {
                (wide ? column : row).getChildren().clear();
                target.getChildren().setAll(all);
                holder.getChildren().setAll(target);
            }
        };
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fit.run());
        fit.run();
        return holder;
    }

    /**
     * Sizes given in pixels at the normal text size, set as em so that they grow with large text
     * (also in dialogs, which do not load the app's stylesheet).
     */
    public static <T extends Region> T sizeInEm(T region, String property, double normalPx) {
        String rule = property + ": " + String.format(Locale.ROOT, "%.3f", normalPx / FontSize.NORMAL.pixels())
                + "em;";
        region.setStyle((region.getStyle() + " " + rule).strip());
        return region;
    }
}
