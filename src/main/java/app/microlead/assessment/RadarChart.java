package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.ui.ChartColors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A radar of facet scores (0–100), with an optional earlier session drawn behind it. */
public final class RadarChart extends CanvasChart {

    private List<String> labels = List.of();
    private double[] now = new double[0];
    private double[] before;
    private double radius;

    public RadarChart() {
        super(520, 360, 480, 260);
        getStyleClass().add("radar-chart");
    }

    /** Values are NaN where a facet has no score. */
    public void show(List<String> facetLabels, double[] current, double[] previous) {
        labels = facetLabels;
        now = current;
        before = previous;
        describe(words());
        fitSize();
        redraw();
    }

    /** The least radius the radar is drawn with, at the normal text size. */
    private static final double MIN_RADIUS = 90;

    /** A facet's name is broken into lines about this wide (px at the normal text size), between words only. */
    private static final double LABEL_WIDTH = 120;

    private Font labelFont() {
        return font(11);
    }

    /** Each facet's name in lines, as drawn. */
    private List<List<String>> labelLines(Font font) {
        double max = Math.max(LABEL_WIDTH * textScale(), widestWord(labels, font));
        List<List<String>> out = new ArrayList<>();
        for (String l : labels) {
            out.add(wrap(l, font, max));
        }
        return out;
    }

    /** As wide as the radar at its least radius with the widest name beside it on either side. */
    @Override
    double[] neededSize() {
        if (labels == null || labels.isEmpty()) {
            return new double[] {0, 0};
        }
        Font font = labelFont();
        double s = textScale();
        double side = 0;
        double tall = 0;
        for (List<String> lines : labelLines(font)) {
            side = Math.max(side, width(lines, font));
            tall = Math.max(tall, lines.size() * lineHeight(font));
        }
        return new double[] {2 * (MIN_RADIUS * s + gap() + side) + 4, 2 * (MIN_RADIUS * s + gap() + tall) + 4};
    }

    private double gap() {
        return 8 * textScale();
    }

    /**
     * Where the names go around a radar of radius {@code r}: each beside the end of its spoke, those above and
     * below the middle pushed up or down until none overlaps another.
     */
    private Rectangle2D[] place(double cx, double cy, double r, double[] widths, double[] heights) {
        int n = widths.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double ax = cx + (r + gap()) * Math.cos(a);
            double ay = cy + (r + gap()) * Math.sin(a);
            if (Math.abs(Math.cos(a)) < 0.2) {
                x[i] = ax - widths[i] / 2;
                y[i] = Math.sin(a) < 0 ? ay - heights[i] : ay;
            } else {
                x[i] = Math.cos(a) > 0 ? ax : ax - widths[i];
                y[i] = ay - heights[i] / 2;
            }
        }
        double margin = 2;
        for (int round = 0; round < 4 * n; round++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j || x[i] + widths[i] + margin <= x[j] || x[j] + widths[j] + margin <= x[i]
                            || y[i] + heights[i] + margin <= y[j] || y[j] + heights[j] + margin <= y[i]) {
                        continue;
                    }
                    // the one farther from the middle line moves away from it, by the overlap
                    double di = y[i] + heights[i] / 2 - cy;
                    double dj = y[j] + heights[j] / 2 - cy;
                    if (Math.abs(di) < Math.abs(dj) || (Math.abs(di) == Math.abs(dj) && i < j)) {
                        continue;
                    }
                    if (di < 0) {
                        y[i] = y[j] - margin - heights[i];
                    } else {
                        y[i] = y[j] + heights[j] + margin;
                    }
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        Rectangle2D[] boxes = new Rectangle2D[n];
        for (int i = 0; i < n; i++) {
            boxes[i] = new Rectangle2D(x[i], y[i], widths[i], heights[i]);
        }
        return boxes;
    }

    private static boolean inside(Rectangle2D[] boxes, double w, double h) {
        for (Rectangle2D b : boxes) {
            if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > w || b.getMaxY() > h) {
                return false;
            }
        }
        return true;
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        int n = labels.size();
        if (n == 0) {
            return;
        }
        Color fg = ChartColors.foreground(this);
        double cx = w / 2;
        double cy = h / 2;
        Font font = labelFont();
        List<List<String>> lines = labelLines(font);
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i] = width(lines.get(i), font);
            heights[i] = lines.get(i).size() * lineHeight(font);
        }
        // the largest radar whose names all fit in the chart (the chart's least size gives it room for its least)
        double side = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(Math.cos(angle(i, n))) >= 0.2) {
                side = Math.max(side, widths[i]);
            }
        }
        // no larger than leaves the widest name room beside it: fewer radii to try
        double r = Math.max(10, Math.min(Math.min(w, h) / 2, w / 2 - gap() - side));
        Rectangle2D[] boxes = place(cx, cy, r, widths, heights);
        while (r > 10 && !inside(boxes, w, h)) {
            r = Math.max(10, r - 2);
            boxes = place(cx, cy, r, widths, heights);
        }
        radius = r;
        g.setLineWidth(1);
        g.setStroke(fg.deriveColor(0, 1, 1, 0.18));
        for (int ring = 1; ring <= 4; ring++) {
            polygon(g, cx, cy, r * ring / 4, full(n), false);
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.strokeLine(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        if (before != null) {
            g.setStroke(fg.deriveColor(0, 1, 1, 0.45));
            g.setLineDashes(4, 4);
            polygon(g, cx, cy, r, scaled(before), false);
            g.setLineDashes();
        }
        Color accent = ChartColors.ACCENT;
        g.setFill(accent.deriveColor(0, 1, 1, 0.25));
        g.setStroke(accent);
        g.setLineWidth(2);
        polygon(g, cx, cy, r, scaled(now), true);
        g.setFill(fg);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            TextAlignment align = Math.abs(Math.cos(a)) < 0.2 ? TextAlignment.CENTER
                    : Math.cos(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT;
            fillLines(g, lines.get(i), font, boxes[i].getMinX(), boxes[i].getMinY(), widths[i], align);
        }
    }

    /** The radius the last drawing had. */
    double radius() {
        return radius;
    }

    private String words() {
        List<String> facets = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String was = before == null || Double.isNaN(before[i]) ? ""
                    : " " + t("assessment.radar.describe.before", String.valueOf(Math.round(before[i])));
            facets.add(labels.get(i) + " " + (Double.isNaN(now[i]) ? t("assessment.radar.describe.noscore")
                    : String.valueOf(Math.round(now[i]))) + was);
        }
        return t("assessment.radar.describe", String.join("; ", facets));
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double[] full(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }

    private static double[] scaled(double[] values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isNaN(values[i]) ? 0 : values[i] / 100.0;
        }
        return v;
    }

    private static void polygon(GraphicsContext g, double cx, double cy, double r, double[] f, boolean fill) {
        int n = f.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            xs[i] = cx + r * f[i] * Math.cos(a);
            ys[i] = cy + r * f[i] * Math.sin(a);
        }
        if (fill) {
            g.fillPolygon(xs, ys, n);
        }
        g.strokePolygon(xs, ys, n);
    }
}
