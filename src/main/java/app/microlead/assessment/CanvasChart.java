package app.microlead.assessment;

import app.microlead.ui.FxAccessible;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A chart drawn on a canvas that follows the region's size and redraws when it changes. A canvas
 * says nothing to a screen reader, so each chart describes what it shows in words ({@link #describe}).
 */
abstract class CanvasChart extends Region {

    private final Canvas canvas = new Canvas();
    /** Never shown: its font is the text size the stylesheet gives here, which the drawing follows. */
    private final Label probe = new Label();

    private final double prefWidth;
    private final double prefHeight;
    private final double minWidth;
    private final double minHeight;
    /** Where the last drawing put its texts, in the chart's coordinates (tests: none overlaps another or the edge). */
    private final List<Rectangle2D> texts = new ArrayList<>();

    CanvasChart(double prefWidth, double prefHeight, double minWidth, double minHeight) {
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(canvas, probe);
        fitSize();
        probe.fontProperty().addListener((o, a, b) -> fitSize());
    }

    /**
     * Sizes the chart for the text size and for what its texts need ({@link #neededSize}): call when they change.
     * A chart is never given less room than its labels need, so they never run into each other.
     */
    final void fitSize() {
        double s = textScale();
        double[] needed = neededSize();
        double minW = Math.max(minWidth * s, needed[0]);
        double minH = Math.max(minHeight * s, needed[1]);
        setMinSize(minW, minH);
        setPrefSize(Math.max(prefWidth * s, minW), Math.max(prefHeight * s, minH));
        requestLayout();
    }

    /** The least {width, height} the chart's texts need at the current text size; 0 where the fixed minimum does. */
    double[] neededSize() {
        return new double[] {0, 0};
    }

    /** The font of the chart's texts: {@code px} at the normal text size, larger with large text. */
    final Font font(double px) {
        return Font.font(px * textScale());
    }

    static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    static double lineHeight(Font font) {
        Text t = new Text("Ag");
        t.setFont(font);
        return t.getLayoutBounds().getHeight();
    }

    /** The widest word of the texts (a line is never broken inside a word). */
    static double widestWord(List<String> texts, Font font) {
        double most = 0;
        for (String text : texts) {
            for (String word : text.strip().split("\\s+")) {
                most = Math.max(most, width(word, font));
            }
        }
        return most;
    }

    /** The text in lines no wider than {@code max}, broken between words only (a longer word has a line of its own). */
    static List<String> wrap(String text, Font font, double max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(longer, font) <= max) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return lines;
    }

    /** The widest of the lines. */
    static double width(List<String> lines, Font font) {
        double most = 0;
        for (String l : lines) {
            most = Math.max(most, width(l, font));
        }
        return most;
    }

    /**
     * Draws lines of text in the box whose top left corner is ({@code x}, {@code y}) and which is {@code boxWidth}
     * wide, each line aligned in it; the box is noted in {@link #drawnTexts}.
     */
    final void fillLines(GraphicsContext g, List<String> lines, Font font, double x, double y, double boxWidth,
                         TextAlignment align) {
        double lh = lineHeight(font);
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.TOP);
        double tx = align == TextAlignment.CENTER ? x + boxWidth / 2 : align == TextAlignment.RIGHT ? x + boxWidth : x;
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), tx, y + i * lh);
        }
        noteText(new Rectangle2D(x, y, boxWidth, lh * lines.size()));
    }

    /** Notes where a text was drawn (for {@link #drawnTexts}). */
    final void noteText(Rectangle2D box) {
        texts.add(box);
    }

    /** Where the last drawing put its texts, in the chart's coordinates. */
    final List<Rectangle2D> drawnTexts() {
        return List.copyOf(texts);
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
        texts.clear();
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
