package app.microlead.ui;

import app.microlead.common.FontSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
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
        Runnable[] fitter = new Runnable[1];
        // checked again on each layout too: a node's minimum can change with what it shows (a longer text)
        StackPane holder = new StackPane(row) {
            @Override
            protected void layoutChildren() {
                fitter[0].run();
                super.layoutChildren();
            }
        };
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
        fitter[0] = fit;
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fit.run());
        fit.run();
        return holder;
    }

    /**
     * Whether {@code width} (px) is narrower than {@code em} ems of text {@code fontPx} high: a narrow window's
     * layout (the sidebar's icons only, Today's buttons as icons). False before anything is laid out (width 0).
     */
    public static boolean narrowerThan(double width, double em, double fontPx) {
        return width > 0 && width < em * fontPx;
    }

    /**
     * Runs {@code fit} after each layout pass of the scene {@code page} is in: for a page whose layout depends on
     * the room it is given (see {@link #givenWidth}), not on the room it asks for. Whatever changed that room (the
     * window's width, the text size, a sidebar growing beside the page, the page shown again) has been laid out
     * when {@code fit} reads it. {@code fit} runs after the pulse's CSS and layout, never in them, so it may move
     * children between parents (a child list changed while CSS walks it breaks the page's styles); it returns
     * whether it changed the page, which is then styled and laid out again before the frame is drawn (not drawn
     * once half done: a child moved but not placed, a style class not applied). Run again, it must change
     * nothing. While nothing moves on screen JavaFX has no pulses; while something animates it is a few
     * comparisons a frame.
     */
    public static void onGivenWidth(Region page, BooleanSupplier fit) {
        Runnable afterLayout = () -> {
            boolean changed;
            try {
                changed = fit.getAsBoolean();
            } catch (RuntimeException e) {
                // thrown out of the pulse, it would stop this frame and every next one: the window would freeze
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
                return;
            }
            Scene scene = page.getScene();
            if (changed && scene != null) {
                scene.getRoot().applyCss(); // what the fit changed only: the rest of the scene is styled already
                scene.getRoot().layout();
            }
        };
        page.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (page.getScene() != null) {
            page.getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    /**
     * The width {@code page}'s parent gives it (inside the parent's padding), at most what the window shows of
     * it: a parent as wide as its children's minimum (the page's wide layout) can be wider than the window.
     * 0 before it has a parent.
     */
    public static double givenWidth(Region page) {
        if (!(page.getParent() instanceof Region r)) {
            return 0;
        }
        double given = r.getWidth() - r.snappedLeftInset() - r.snappedRightInset();
        if (r.getScene() != null && r.getScene().getWidth() > 0) {
            double left = r.localToScene(r.snappedLeftInset(), 0).getX();
            given = Math.min(given, r.getScene().getWidth() - left - r.snappedRightInset());
        }
        return given;
    }

    /**
     * Lines up a table's figures by their last digit, under the end of their heading: the {@code columns} given
     * are right-aligned, the others left as they are.
     */
    public static void figureColumns(GridPane table, int... columns) {
        int last = Arrays.stream(columns).max().orElse(-1);
        List<ColumnConstraints> all = new ArrayList<>();
        for (int c = 0; c <= last; c++) {
            all.add(new ColumnConstraints());
        }
        for (int c : columns) {
            all.get(c).setHalignment(HPos.RIGHT);
        }
        table.getColumnConstraints().setAll(all);
    }

    /** Style class of a view's page (see {@link #page}). */
    public static final String PAGE = "page";

    /**
     * The margin left and right of every view's page, px: one value for all, so that each view's content starts
     * at the same distance from the sidebar and the eye finds it in the same place from one view to the next.
     */
    public static final double PAGE_MARGIN = 32;

    /** The margin above and below a view's page, px. */
    public static final double PAGE_MARGIN_Y = 24;

    /** Makes {@code region} a view's page: the app's page margins around it, the same on every view. */
    public static <T extends Region> T page(T region) {
        return page(region, PAGE_MARGIN_Y, PAGE_MARGIN_Y);
    }

    /**
     * A view's page with other margins above and below (a page under a head that stays in view); left and right
     * the app's one {@link #PAGE_MARGIN}.
     */
    public static <T extends Region> T page(T region, double top, double bottom) {
        if (!region.getStyleClass().contains(PAGE)) {
            region.getStyleClass().add(PAGE);
        }
        region.setPadding(new Insets(top, PAGE_MARGIN, bottom, PAGE_MARGIN));
        return region;
    }

    /** Style class of a text-heavy page's column: at most the reading width (app.css). */
    public static final String READING_COLUMN = "reading-column";

    /**
     * A text-heavy page (Today, Insights, Self-assessment, Settings): the column at most the app's one
     * reading width (65.7em: 920px at the normal text size, wider with large text), in a scroll pane as
     * wide as the window. It starts where every view's page starts (the page margin beside the sidebar);
     * what a wide window has beyond the reading width stays at the right, as beside the Habits grid.
     * Lists and grids (Journal, Habits, People) use the full width instead. A column that is a page
     * already keeps its margins.
     */
    public static ScrollPane readingPage(Region column) {
        if (!column.getStyleClass().contains(PAGE)) {
            page(column);
        }
        column.getStyleClass().add(READING_COLUMN);
        StackPane holder = new StackPane(column);
        holder.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * A reading page whose head (a date and its navigation) stays in view while the page under it scrolls:
     * the head as wide as the page's column and where it is, kept clear of the page's scroll bar.
     */
    public static VBox withPinnedHead(Region head, ScrollPane page) {
        head.getStyleClass().add(READING_COLUMN);
        return pinned(head, Pos.TOP_LEFT, page);
    }

    /**
     * A full-width list or grid (Habits) whose head (its day columns) stays in view while the lines
     * under it scroll: the head at the left edge, as wide as the page's viewport, so that its columns
     * stay over the lines' columns.
     */
    public static VBox withPinnedGridHead(Region head, ScrollPane page) {
        return pinned(head, Pos.TOP_LEFT, page);
    }

    private static VBox pinned(Region head, Pos alignment, ScrollPane page) {
        StackPane holder = new StackPane(head);
        holder.setAlignment(alignment);
        holder.getStyleClass().add("pinned-head");
        // the head spans what the page's viewport spans: less the page's border on the left, less its border
        // and vertical scroll bar on the right, so that the head's columns stand over the content's
        page.viewportBoundsProperty().addListener((o, was, now) -> holder.setPadding(new Insets(0,
                Math.max(0, page.getWidth() - now.getWidth() - page.snappedLeftInset()), 0, page.snappedLeftInset())));
        // the head keeps the lines its text needs (large text wraps); the page takes what is left
        holder.setMinHeight(Region.USE_PREF_SIZE);
        page.setMinHeight(0);
        VBox both = new VBox(holder, page);
        VBox.setVgrow(page, Priority.ALWAYS);
        return both;
    }

    /**
     * Buttons (or other controls) side by side, each at least as wide as its text, wrapping onto a
     * second line when the row has no room (large text, longer German labels) instead of cutting
     * their texts off.
     */
    public static FlowPane buttonRow(Node... nodes) {
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
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
