package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.ui.ChartColors;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The balance quadrant: micro-leadership index across, micromanagement risk up; the latest session
 * as a dot with a trail through the earlier ones.
 */
public final class QuadrantChart extends CanvasChart {

    private List<double[]> trail = List.of();

    public QuadrantChart() {
        super(340, 300, 300, 240);
    }

    private static List<String> quarterNames() {
        return List.of(AssessmentResult.Quadrant.MICROMANAGING.label(), AssessmentResult.Quadrant.HANDS_ON_HEAVY.label(),
                AssessmentResult.Quadrant.HANDS_OFF.label(), AssessmentResult.Quadrant.MICRO_LEADER.label());
    }

    /** The square's least side: each quarter as wide as the longest word of its name, the axes' names as long as it. */
    private double leastSide() {
        Font font = font(11);
        double s = textScale();
        return Math.max(2 * (widestWord(quarterNames(), font) + 2 * PAD * s),
                Math.max(width(t("assessment.quadrant.axis.index"), font), width(t("assessment.quadrant.axis.risk"), font))
                        + 4);
    }

    /** Room inside a quarter on either side of its name (px at the normal text size). */
    private static final double PAD = 4;

    @Override
    double[] neededSize() {
        double s = textScale();
        double side = leastSide();
        return new double[] {34 * s + 10 + side, 10 + 34 * s + side};
    }

    /** Points {index, risk}, oldest first; the last is the session shown. */
    public void show(List<double[]> points) {
        trail = points;
        describe(words());
        redraw();
    }

    private String words() {
        double[] last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
        if (last == null || Double.isNaN(last[0]) || Double.isNaN(last[1])) {
            return t("assessment.quadrant.describe.none");
        }
        AssessmentResult.Quadrant quarter = last[1] >= 50
                ? (last[0] >= 50 ? AssessmentResult.Quadrant.HANDS_ON_HEAVY : AssessmentResult.Quadrant.MICROMANAGING)
                : (last[0] >= 50 ? AssessmentResult.Quadrant.MICRO_LEADER : AssessmentResult.Quadrant.HANDS_OFF);
        int earlier = trail.size() - 1;
        return t("assessment.quadrant.describe", String.valueOf(Math.round(last[0])), String.valueOf(Math.round(last[1])),
                quarter.label(), earlier);
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        double s = textScale();
        double left = 34 * s;
        double top = 10;
        double size = Math.min(w - left - 10, h - top - 34 * s);
        Color fg = ChartColors.foreground(this);
        g.setFill(ChartColors.GOOD.deriveColor(0, 1, 1, 0.12));
        g.fillRect(left + size / 2, top + size / 2, size / 2, size / 2);
        g.setFill(ChartColors.RISK.deriveColor(0, 1, 1, 0.10));
        g.fillRect(left, top, size / 2, size / 2);
        g.setStroke(fg.deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.strokeRect(left, top, size, size);
        g.strokeLine(left + size / 2, top, left + size / 2, top + size);
        g.strokeLine(left, top + size / 2, left + size, top + size / 2);
        g.setFill(fg.deriveColor(0, 1, 1, 0.75));
        Font font = font(11);
        double lh = lineHeight(font);
        // each quarter's name in its quarter, on two lines (between words) where one is too long for it
        double room = size / 2 - 2 * PAD * s;
        List<String> names = quarterNames();
        for (int i = 0; i < 4; i++) {
            List<String> lines = wrap(names.get(i), font, room);
            double x = left + (i % 2 == 0 ? 0 : size / 2) + PAD * s;
            double y = i < 2 ? top + 4 * s : top + size - 4 * s - lines.size() * lh;
            fillLines(g, lines, font, x, y, room, TextAlignment.CENTER);
        }
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        String across = t("assessment.quadrant.axis.index");
        double acrossWidth = width(across, font);
        g.fillText(across, left + size / 2, top + size + 16 * s);
        noteText(new Rectangle2D(left + size / 2 - acrossWidth / 2, top + size + 16 * s - lh / 2, acrossWidth, lh));
        String up = t("assessment.quadrant.axis.risk");
        double upLength = width(up, font);
        g.save();
        g.translate(12 * s, top + size / 2);
        g.rotate(-90);
        g.fillText(up, 0, 0);
        g.restore();
        noteText(new Rectangle2D(12 * s - lh / 2, top + size / 2 - upLength / 2, lh, upLength));
        double px = 0;
        double py = 0;
        for (int i = 0; i < trail.size(); i++) {
            double[] p = trail.get(i);
            if (Double.isNaN(p[0]) || Double.isNaN(p[1])) {
                continue;
            }
            double x = left + size * p[0] / 100;
            double y = top + size * (1 - p[1] / 100);
            boolean last = i == trail.size() - 1;
            if (i > 0 && px != 0) {
                g.setStroke(fg.deriveColor(0, 1, 1, 0.35));
                g.setLineDashes(3, 3);
                g.strokeLine(px, py, x, y);
                g.setLineDashes();
            }
            g.setFill(last ? ChartColors.ACCENT : fg.deriveColor(0, 1, 1, 0.35));
            double d = last ? 12 : 7;
            g.fillOval(x - d / 2, y - d / 2, d, d);
            px = x;
            py = y;
        }
    }
}
