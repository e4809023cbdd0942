package app.microlead.ui;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** Small things list cells share. */
public final class FxCells {

    private FxCells() {
    }

    /**
     * Makes a cell's content as wide as the list (less its scroll bar and padding), so long text
     * is cut with "…" or wraps inside the list instead of widening it.
     */
    public static void fitWidth(ListCell<?> cell, Region content) {
        if (cell.getListView() != null) {
            content.maxWidthProperty().bind(cell.getListView().widthProperty().subtract(36));
            content.prefWidthProperty().bind(content.maxWidthProperty());
        }
    }
}
