package app.microlead.assessment;

import app.microlead.ui.FxAccessible;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A chart drawn on a canvas that follows the region's size and redraws when it changes. A canvas
 * says nothing to a screen reader, so each chart describes what it shows in words ({@link #describe}).
 */
abstract class CanvasChart extends Region {

    private final Canvas canvas = new Canvas();
    /** Never shown: its font is the text size the stylesheet gives here, which the drawing follows. */
    private final Label probe = new Label();

    CanvasChart(double prefWidth, double prefHeight, double minWidth, double minHeight) {
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(canvas, probe);
        Runnable size = () -> {
            double s = textScale();
            setPrefSize(prefWidth * s, prefHeight * s);
            setMinSize(minWidth * s, minHeight * s);
        };
        size.run();
        probe.fontProperty().addListener((o, a, b) -> {
            size.run();
            requestLayout();
        });
    }

    /** The text size here against the normal 14px (about 1.3 with large text): sizes in the drawing follow it. */
    final double textScale() {
        return probe.getFont().getSize() / 14.0;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Clears the canvas and draws the chart at the current size. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            draw(g, w, h);
        }
    }

    abstract void draw(GraphicsContext g, double w, double h);

    /** What the chart shows, in words and figures, for screen readers (call when the data changes). */
    final void describe(String words) {
        FxAccessible.describe(this, words);
    }
}
