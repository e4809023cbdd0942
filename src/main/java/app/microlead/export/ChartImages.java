package app.microlead.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** Charts for the PDF, drawn with Java2D (no display needed) and embedded as PNG data URIs. */
final class ChartImages {

    static final Color[] SERIES = {new Color(0x2f81f7), new Color(0xd4a72c), new Color(0x2e8b57), new Color(0xcf4b4b)};
    private static final int SCALE = 2; // drawn at twice the size for a sharp print

    private ChartImages() {
    }

    /** Lines of 0–100 values (NaN = gap) over equally spaced x, with a legend. */
    static String lines(List<String> names, List<double[]> series, String firstLabel, String lastLabel, int w, int h) {
        BufferedImage img = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        int left = 34;
        int top = 10;
        int right = w - 10;
        int bottom = h - 40;
        g.setColor(new Color(0xd0d7de));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        for (int v = 0; v <= 100; v += 25) {
            int y = bottom - (bottom - top) * v / 100;
            g.drawLine(left, y, right, y);
            g.setColor(new Color(0x57606a));
            g.drawString(String.valueOf(v), 6, y + 3);
            g.setColor(new Color(0xd0d7de));
        }
        g.setColor(new Color(0x57606a));
        g.drawString(firstLabel, left, bottom + 12);
        g.drawString(lastLabel, right - g.getFontMetrics().stringWidth(lastLabel), bottom + 12);
        for (int s = 0; s < series.size(); s++) {
            double[] v = series.get(s);
            g.setColor(SERIES[s % SERIES.length]);
            g.setStroke(new BasicStroke(1.6f));
            Path2D path = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    drawing = false;
                    continue;
                }
                double x = left + (right - left) * (v.length == 1 ? 0.5 : (double) i / (v.length - 1));
                double y = bottom - (bottom - top) * v[i] / 100.0;
                if (drawing) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    drawing = true;
                }
            }
            g.draw(path);
            int lx = left + s * 130;
            g.fillRect(lx, h - 16, 10, 4);
            g.setColor(new Color(0x24292f));
            g.drawString(names.get(s), lx + 14, h - 11);
        }
        return finish(g, img);
    }

    /** A radar of 0–100 facet scores with an optional previous session dashed. */
    static String radar(List<String> labels, double[] now, double[] before, int size) {
        BufferedImage img = new BufferedImage(size * 2 * SCALE, size * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        int n = labels.size();
        double cx = size;
        double cy = size / 2.0;
        double r = size / 2.0 - 24;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.setColor(new Color(0xd0d7de));
        for (int ring = 1; ring <= 4; ring++) {
            g.draw(polygon(n, cx, cy, r * ring / 4, null));
        }
        if (before != null) {
            g.setColor(new Color(0x8c959f));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
            g.draw(polygon(n, cx, cy, r, before));
        }
        g.setStroke(new BasicStroke(1.6f));
        g.setColor(new Color(47, 129, 247, 70));
        g.fill(polygon(n, cx, cy, r, now));
        g.setColor(SERIES[0]);
        g.draw(polygon(n, cx, cy, r, now));
        g.setColor(new Color(0x24292f));
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            String label = labels.get(i);
            int tw = g.getFontMetrics().stringWidth(label);
            double lx = cx + (r + 8) * Math.cos(a);
            double ly = cy + (r + 8) * Math.sin(a) + 3;
            double x = Math.cos(a) > 0.2 ? lx : Math.cos(a) < -0.2 ? lx - tw : lx - tw / 2.0;
            g.drawString(label, (float) x, (float) ly);
        }
        return finish(g, img);
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

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        return g;
    }

    private static String finish(Graphics2D g, BufferedImage img) {
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
