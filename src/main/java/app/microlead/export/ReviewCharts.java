package app.microlead.export;

import app.microlead.common.I18n;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review's charts, drawn as vector paths into the PDF: the HTML holds an {@code <object>} of
 * {@link #TYPE} per chart, and openhtmltopdf hands its drawer a Graphics2D that writes PDF paths
 * (no bitmap, sharp at any zoom, and fast: nothing is encoded or parsed). Sizes are CSS pixels.
 */
final class ReviewCharts {

    static final String TYPE = "application/x-microlead-chart";

    /** The pillars' colours, the same as the app's (app.css: -color-chart-1 … 3). */
    static final Color[] PILLARS = {new Color(0x2f81f7), new Color(0xd4a72c), new Color(0x2e8b57)};
    static final Color DONE = new Color(0x1f883d);
    static final Color SKIPPED = new Color(0x8c959f);
    static final Color MISSED = new Color(0xd0d7de);
    static final Color OFF = new Color(0xf0f2f4);
    private static final Color GRID = new Color(0xd0d7de);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color TEXT = new Color(0x1f2328);
    private static final float LABEL = 10.5f; // 8 pt in CSS pixels

    /** Something drawn into a box of {@code w} × {@code h} CSS pixels. */
    interface Chart {
        void paint(Graphics2D g, double w, double h);
    }

    /** A habit's day in the heatmap. */
    enum Cell { NONE, OFF, MISSED, SKIPPED, DONE }

    private final Map<String, Chart> charts = new HashMap<>();

    /** The element that shows {@code chart} at {@code w} × {@code h} CSS pixels, described by {@code alt}. */
    String object(Chart chart, String alt, int w, int h, TextForPdf text) {
        String id = "chart-" + charts.size();
        charts.put(id, chart);
        return "<object type=\"" + TYPE + "\" class=\"chart\" data-chart=\"" + id + "\" alt=\"" + text.esc(alt)
                + "\" style=\"width: " + w + "px; height: " + h + "px;\"></object>";
    }

    /** The drawer openhtmltopdf calls for each chart's object. */
    DefaultObjectDrawerFactory drawers() {
        DefaultObjectDrawerFactory f = new DefaultObjectDrawerFactory();
        FSObjectDrawer drawer = (e, x, y, w, h, device, ctx, dotsPerPixel) -> {
            Chart c = charts.get(e.getAttribute("data-chart"));
            if (c != null) {
                double pw = w / dotsPerPixel;
                double ph = h / dotsPerPixel;
                device.drawWithGraphics((float) x, (float) y, (float) pw, (float) ph, g -> {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    c.paint(g, pw, ph);
                });
            }
            return null;
        };
        f.registerDrawer(TYPE, drawer);
        return f;
    }

    /**
     * Lines of 0–100 values (NaN = gap), one a day from {@code from}, in the pillars' colours, with a
     * 0–100 axis, the months (or, for a short period, the first and last day) below, and a legend.
     */
    static Chart lines(List<String> names, List<double[]> series, LocalDate from, Locale locale,
                       String firstLabel, String lastLabel) {
        return (g, w, h) -> {
            g.setFont(font(LABEL));
            double left = 42;
            double top = 6;
            double right = w - 6;
            double bottom = h - 36;
            g.setStroke(new BasicStroke(0.6f));
            for (int v = 0; v <= 100; v += 25) {
                double y = bottom - (bottom - top) * v / 100;
                g.setColor(GRID);
                g.draw(new Line2D.Double(left, y, right, y));
                g.setColor(MUTED);
                String s = I18n.percent(v / 100.0); // "75%" in English, "75 %" in German
                g.drawString(s, (float) (left - 4 - width(g, s)), (float) (y + 3.5));
            }
            int days = series.isEmpty() ? 0 : series.get(0).length;
            double step = days <= 1 ? 0 : (right - left) / (days - 1);
            g.setColor(MUTED);
            if (days >= 60) {
                for (int i = 0; i < days; i++) {
                    LocalDate d = from.plusDays(i);
                    if (d.getDayOfMonth() == 1) {
                        double x = left + i * step;
                        g.setColor(GRID);
                        g.draw(new Line2D.Double(x, bottom, x, bottom + 3));
                        g.setColor(MUTED);
                        String m = d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                        if (x + width(g, m) <= right + 6) {
                            g.drawString(m, (float) (x + 2), (float) (bottom + 13));
                        }
                    }
                }
            } else if (days <= 1) {
                // a one-day period: its day once, under its point in the middle
                g.drawString(firstLabel, (float) ((left + right - width(g, firstLabel)) / 2), (float) (bottom + 13));
            } else {
                g.drawString(firstLabel, (float) left, (float) (bottom + 13));
                g.drawString(lastLabel, (float) (right - width(g, lastLabel)), (float) (bottom + 13));
            }
            double lx = left;
            for (int s = 0; s < series.size(); s++) {
                double[] v = series.get(s);
                g.setColor(PILLARS[s % PILLARS.length]);
                g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Path2D path = new Path2D.Double();
                Path2D dots = new Path2D.Double();
                boolean drawing = false;
                for (int i = 0; i < v.length; i++) {
                    if (Double.isNaN(v[i])) {
                        drawing = false;
                        continue;
                    }
                    double x = v.length == 1 ? (left + right) / 2 : left + i * step;
                    double y = bottom - (bottom - top) * v[i] / 100.0;
                    if (drawing) {
                        path.lineTo(x, y);
                    } else {
                        path.moveTo(x, y);
                        drawing = true;
                    }
                    if (alone(v, i)) {
                        // a day with no value either side draws no line: a dot instead (a one-day period's chart was empty)
                        dots.append(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5), false);
                    }
                }
                g.draw(path);
                g.fill(dots);
                g.fill(new Rectangle2D.Double(lx, h - 12, 14, 4));
                g.setColor(TEXT);
                g.drawString(names.get(s), (float) (lx + 19), (float) (h - 7));
                lx += 19 + width(g, names.get(s)) + 24;
            }
        };
    }

    /** Whether {@code v[i]} has a value and neither of its neighbours has one. */
    static boolean alone(double[] v, int i) {
        return !Double.isNaN(v[i]) && (i == 0 || Double.isNaN(v[i - 1])) && (i == v.length - 1 || Double.isNaN(v[i + 1]));
    }

    /**
     * A year-style heatmap: a column a week (Monday on top) from the week of {@code from}, the months
     * above and Monday, Wednesday and Friday on the left, a square a day coloured by its state.
     */
    static Chart heatmap(LocalDate from, Cell[] days, Locale locale) {
        LocalDate start = from.minusDays(from.getDayOfWeek().getValue() - 1L);
        int offset = (int) (from.toEpochDay() - start.toEpochDay());
        int weeks = (offset + days.length + 6) / 7;
        return (g, w, h) -> {
            g.setFont(font(LABEL));
            double left = 34;
            double top = 14;
            double cell = Math.min((w - left) / Math.max(1, weeks), (h - top) / 7);
            double gap = Math.max(1, cell * 0.18);
            g.setColor(MUTED);
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                String s = d.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                g.drawString(s, 0f, (float) (top + (d.getValue() - 1) * cell + cell * 0.5 + 3.5));
            }
            double lastLabelEnd = -1;
            for (int week = 0; week < weeks; week++) {
                LocalDate monday = start.plusWeeks(week);
                LocalDate firstShown = week == 0 ? from : monday;
                boolean newMonth = week == 0 || monday.getMonth() != monday.minusWeeks(1).getMonth();
                double x = left + week * cell;
                String m = firstShown.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                // a month that begins in the last column is named within the chart ("Dec" was cut to "De")
                double lx = Math.min(x, w - width(g, m));
                if (newMonth && lx >= lastLabelEnd) {
                    g.drawString(m, (float) lx, (float) (top - 4));
                    lastLabelEnd = lx + width(g, m) + 4;
                }
            }
            Color[] colours = {null, OFF, MISSED, SKIPPED, DONE};
            for (Cell kind : Cell.values()) {
                if (colours[kind.ordinal()] == null) {
                    continue;
                }
                Path2D cells = new Path2D.Double();
                for (int i = 0; i < days.length; i++) {
                    if (days[i] == kind) {
                        int k = offset + i;
                        cells.append(new Rectangle2D.Double(left + (k / 7) * cell, top + (k % 7) * cell, cell - gap,
                                cell - gap), false);
                    }
                }
                g.setColor(colours[kind.ordinal()]);
                g.fill(cells);
            }
        };
    }

    /** A radar of 0–100 facet scores with an optional previous session dashed. */
    static Chart radar(List<String> labels, double[] now, double[] before) {
        return (g, w, h) -> {
            int n = labels.size();
            double cx = w / 2;
            double cy = h / 2;
            double r = h / 2 - 30;
            g.setFont(font(LABEL));
            g.setColor(GRID);
            g.setStroke(new BasicStroke(0.6f));
            for (int ring = 1; ring <= 4; ring++) {
                g.draw(polygon(n, cx, cy, r * ring / 4, null));
            }
            if (before != null) {
                g.setColor(SKIPPED);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
                g.draw(polygon(n, cx, cy, r, before));
            }
            g.setStroke(new BasicStroke(1.8f));
            g.setColor(new Color(PILLARS[0].getRed(), PILLARS[0].getGreen(), PILLARS[0].getBlue(), 60));
            g.fill(polygon(n, cx, cy, r, now));
            g.setColor(PILLARS[0]);
            g.draw(polygon(n, cx, cy, r, now));
            g.setColor(TEXT);
            double lineHeight = LABEL * 1.15;
            for (int i = 0; i < n; i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / n;
                List<String> lines = wrap(g, labels.get(i), 130);
                double lx = cx + (r + 6) * Math.cos(a);
                double ly = cy + (r + 6) * Math.sin(a) + 3.5 - (lines.size() - 1) * lineHeight / 2
                        + (Math.sin(a) > 0.9 ? 6 + (lines.size() - 1) * lineHeight / 2 : 0)
                        - (Math.sin(a) < -0.9 ? 2 + (lines.size() - 1) * lineHeight / 2 : 0);
                for (String line : lines) {
                    double tw = width(g, line);
                    double x = Math.cos(a) > 0.2 ? lx : Math.cos(a) < -0.2 ? lx - tw : lx - tw / 2.0;
                    g.drawString(line, (float) x, (float) ly);
                    ly += lineHeight;
                }
            }
        };
    }

    /** The label in lines no wider than {@code max} pixels where it has spaces to break at. */
    private static List<String> wrap(Graphics2D g, String label, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (!line.isEmpty() && width(g, line + " " + word) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static Path2D polygon(int n, double cx, double cy, double r, double[] f) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double v = f == null ? 1 : Double.isNaN(f[i]) ? 0 : f[i] / 100.0;
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = cx + r * v * Math.cos(a);
            double y = cy + r * v * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Font font(float size) {
        return TextForPdf.font().deriveFont(size);
    }

    private static double width(Graphics2D g, String s) {
        return g.getFontMetrics().getStringBounds(s, g).getWidth();
    }
}
