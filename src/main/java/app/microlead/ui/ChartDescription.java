package app.microlead.ui;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart said in words, for screen readers: what it shows and its figures. A short series is read
 * point by point; a long one as its span, its latest value and its range.
 */
public final class ChartDescription {

    /** Series with at most this many points are read out in full. */
    public static final int FULL_UP_TO = 8;

    /** One line of a chart: its name, the x labels and the values (NaN: no value there). */
    public record Series(String name, List<String> xs, List<Double> values) {
    }

    private ChartDescription() {
    }

    /** "Title. Series A: …. Series B: …." or "Title: no data yet." */
    public static String of(String title, List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            String said = series(s);
            if (!said.isEmpty()) {
                parts.add(said);
            }
        }
        if (parts.isEmpty()) {
            return t("shell.chart.describe.empty", title);
        }
        return title + ". " + String.join(" ", parts);
    }

    /** One series in words; empty when it has no values. */
    public static String series(Series s) {
        List<String> xs = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (int i = 0; i < s.values().size(); i++) {
            double v = s.values().get(i);
            if (!Double.isNaN(v)) {
                xs.add(i < s.xs().size() ? s.xs().get(i) : String.valueOf(i + 1));
                vs.add(v);
            }
        }
        if (vs.isEmpty()) {
            return "";
        }
        String name = s.name() == null || s.name().isBlank() ? t("shell.chart.describe.values") : s.name();
        if (vs.size() <= FULL_UP_TO) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < vs.size(); i++) {
                points.add(xs.get(i) + " " + number(vs.get(i)));
            }
            return name + ": " + String.join(", ", points) + ".";
        }
        double min = vs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = vs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return t("shell.chart.describe.many", name, vs.size(), xs.get(0), xs.get(xs.size() - 1),
                number(vs.get(vs.size() - 1)), number(min), number(max));
    }

    /** Whole numbers without decimals, others with one. */
    public static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 0.05 ? String.valueOf(Math.round(v)) : String.format(I18n.locale(), "%.1f", v);
    }
}
