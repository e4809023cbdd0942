package app.microlead.assessment;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A chart drawn on a canvas that follows the region's size and redraws when it changes. A canvas
 * says nothing to a screen reader, so each chart describes what it shows in words ({@link #describe}).
 */
abstract class CanvasChart extends Region {

    private final Canvas canvas = new Canvas();

    CanvasChart(double prefWidth, double prefHeight, double minWidth, double minHeight) {
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(minWidth, minHeight);
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
        app.microlead.shell.FxAccessible.describe(this, words);
    }
}
