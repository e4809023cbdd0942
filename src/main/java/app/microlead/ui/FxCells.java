package app.microlead.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/** Small things list cells share. */
public final class FxCells {

    /**
     * Style class of a list that is a page's own content (days, people, results, reviews): room around each row's
     * lines (app.css), growing with the text, so that one row's last line does not run into the next row's first.
     */
    public static final String ROOMY = "roomy-rows";

    private FxCells() {
    }

    /** Gives {@code list}'s rows the app's room around their lines ({@link #ROOMY}). */
    public static <T extends ListView<?>> T roomy(T list) {
        if (!list.getStyleClass().contains(ROOMY)) {
            list.getStyleClass().add(ROOMY);
        }
        return list;
    }

    /**
     * Makes a cell's content as wide as the list (less its scroll bar and padding), so long text
     * is cut with "…" or wraps inside the list instead of widening it.
     */
    public static void fitWidth(ListCell<?> cell, Region content) {
        ListView<?> list = cell.getListView();
        if (list == null || content.maxWidthProperty().isBound()) {
            return;
        }
        // the width the cell really gives its content: the list's viewport (the list less its border and
        // a scroll bar) less the cell's padding, which grows with the text size. A content measured wider
        // than it is drawn wraps into more lines than its height was measured for, and overlaps the next row.
        DoubleBinding width = Bindings.createDoubleBinding(
                () -> contentWidth(cell, cell.getWidth() > 0 ? cell.getWidth() : list.getWidth() - 18),
                cell.widthProperty(), list.widthProperty(), cell.paddingProperty());
        content.maxWidthProperty().bind(width);
        content.prefWidthProperty().bind(width);
    }

    /**
     * The width {@link #fitWidth} gives a cell's content when the cell is {@code cellWidth} wide: what a cell that
     * works out its own height from wrapped lines must measure them at. Measured only 2 px wider, a line that just
     * fitted there took one more line where it was drawn, and ran into the next row.
     */
    public static double contentWidth(ListCell<?> cell, double cellWidth) {
        return Math.max(40, cellWidth - cell.snappedLeftInset() - cell.snappedRightInset() - 2);
    }

    /**
     * Makes {@code list} as tall as its rows, up to {@code maxRows} of them (then it scrolls), instead of a fixed
     * height with empty space under a few rows; with no rows it keeps {@code emptyHeight} for its placeholder.
     * The rows are measured as the list draws them (their text size and wrapping included), again when the
     * items, the list's width or the window's text size change.
     */
    public static <T extends ListView<?>> T fitRows(T list, int maxRows, double emptyHeight) {
        list.setPrefHeight(emptyHeight);
        InvalidationListener refit = o -> FxPulses.afterNextPulse(list, () -> list.setPrefHeight(rowsHeight(list, maxRows,
                emptyHeight)));
        list.getItems().addListener(refit);
        list.itemsProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            refit.invalidated(o);
        });
        list.widthProperty().addListener(refit);
        list.skinProperty().addListener(refit);
        // the text size is a class on the window's root (Themes): its rows change height with it
        list.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(refit);
            }
            if (now != null) {
                now.getRoot().getStyleClass().addListener(refit);
            }
        });
        return list;
    }

    /** The height of the first {@code maxRows} rows of {@code list} as its skin lays them out, plus its insets. */
    static double rowsHeight(ListView<?> list, int maxRows, double emptyHeight) {
        int rows = Math.min(maxRows, list.getItems().size());
        if (rows == 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return emptyHeight;
        }
        // the rows' width: the list's inside, less a vertical scroll bar when there will be one (more than maxRows)
        double width = list.getWidth() - list.snappedLeftInset() - list.snappedRightInset();
        if (list.getItems().size() > maxRows) {
            width -= flow.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                    && b.getOrientation() == Orientation.VERTICAL).mapToDouble(n -> n.prefWidth(-1)).findFirst().orElse(0);
        }
        double height = list.snappedTopInset() + list.snappedBottomInset();
        for (int i = 0; i < rows; i++) {
            height += rowHeight(flow, i, width);
        }
        if (list.getItems().size() > maxRows) {
            height += 0.5 * rowHeight(flow, maxRows, width); // half a row more: there is more to scroll to
        }
        return Math.ceil(height);
    }

    /** Row {@code index}'s height at {@code width}: a shown row's own cell, or the flow's measuring cell, let go after. */
    private static double rowHeight(VirtualFlow<?> flow, int index, double width) {
        IndexedCell<?> cell = flow.getCell(index);
        double h = cell.prefHeight(width);
        if (flow.getVisibleCell(index) != cell) {
            cell.updateIndex(-1); // not a shown row: it lets go of the item, as the flow's own measuring does
        }
        return h;
    }

    /**
     * The height of a cell whose graphic {@code content} wraps its lines, at the width the list draws it ({@code width},
     * or the cell's own when not given): its padding and the lines measured at {@link #contentWidth}; -1 while the cell
     * shows no graphic or has no width yet (the caller's own measure then).
     */
    public static double wrappedHeight(ListCell<?> cell, Region content, double width) {
        double w = width > 0 ? width : cell.getWidth();
        if (cell.getGraphic() == null || w <= 0) {
            return -1;
        }
        return cell.snappedTopInset() + content.prefHeight(contentWidth(cell, w)) + cell.snappedBottomInset();
    }
}
