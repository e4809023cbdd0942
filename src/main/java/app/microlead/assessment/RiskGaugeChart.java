package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.ui.ChartColors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** A half-circle gauge for micromanagement risk: low on the left (green), elevated on the right (red). */
public final class RiskGaugeChart extends CanvasChart {

    private double value = Double.NaN;

    public RiskGaugeChart() {
        super(260, 160, 220, 140);
    }

    public void show(double risk) {
        value = risk;
        describe(Double.isNaN(risk) ? t("assessment.gauge.describe.none")
                : t("assessment.gauge.describe", String.valueOf(Math.round(risk)), zone(risk)));
        redraw();
    }

    private static String zone(double risk) {
        return t(risk < 25 ? "assessment.gauge.zone.green" : risk < 50 ? "assessment.gauge.zone.amber"
                : "assessment.gauge.zone.red");
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        double s = textScale();
        double r = Math.min(w / 2 - 10, h - 40 * s);
        double cx = w / 2;
        double cy = h - 26 * s;
        g.setLineWidth(18);
        double[][] bands = {{0, 25}, {25, 50}, {50, 100}};
        Color[] colors = {ChartColors.GOOD, ChartColors.WATCH, ChartColors.RISK};
        for (int i = 0; i < 3; i++) {
            double start = 180 - bands[i][0] * 1.8;
            double extent = -(bands[i][1] - bands[i][0]) * 1.8;
            g.setStroke(colors[i].deriveColor(0, 1, 1, 0.85));
            g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, start, extent, ArcType.OPEN);
        }
        Color fg = ChartColors.foreground(this);
        g.setFill(fg);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        if (!Double.isNaN(value)) {
            double a = Math.toRadians(180 - value * 1.8);
            g.setStroke(fg);
            g.setLineWidth(3);
            g.strokeLine(cx, cy, cx + (r - 4) * Math.cos(a), cy - (r - 4) * Math.sin(a));
            g.fillOval(cx - 5, cy - 5, 10, 10);
            g.setFont(Font.font(null, FontWeight.BOLD, 18 * s));
            g.fillText(String.valueOf(Math.round(value)), cx, cy + 22 * s);
        } else {
            g.setFont(Font.font(12 * s));
            g.fillText(t("assessment.gauge.not.enough"), cx, cy + 20 * s);
        }
    }
}
