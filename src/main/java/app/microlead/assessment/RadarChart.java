package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.ui.ChartColors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A radar of facet scores (0–100), with an optional earlier session drawn behind it. */
public final class RadarChart extends CanvasChart {

    private List<String> labels = List.of();
    private double[] now = new double[0];
    private double[] before;

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
        redraw();
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
        double s = textScale();
        Font font = Font.font(11 * s);
        double labelRoom = 0;
        for (String label : labels) {
            Text t = new Text(label);
            t.setFont(font);
            labelRoom = Math.max(labelRoom, t.getLayoutBounds().getWidth());
        }
        // the longest facet name fits beside the radar on either side
        double r = Math.max(40, Math.min((w - 2 * (labelRoom + 20 * s)) / 2, (h - 50 * s) / 2));
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
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double lx = cx + (r + 14 * s) * Math.cos(a);
            double ly = cy + (r + 14 * s) * Math.sin(a);
            g.setTextAlign(Math.abs(Math.cos(a)) < 0.2 ? TextAlignment.CENTER
                    : Math.cos(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(labels.get(i), lx, ly);
        }
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
