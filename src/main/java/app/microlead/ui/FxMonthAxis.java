package app.microlead.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

/**
 * A time axis whose ticks sit on the first day of a month (every 1, 3, 6 or 12 months, so that a
 * dozen at most show) and read as a month and its year ("Nov 2025", never "Nov 25", which reads as a
 * day). Its values are epoch days or epoch seconds.
 */
public final class FxMonthAxis extends ValueAxis<Number> {

    private static final int MOST_TICKS = 12;
    private static final int[] STEPS = {1, 3, 6, 12, 24, 60, 120};

    private final DoubleFunction<LocalDate> toDate;
    private final ToDoubleFunction<LocalDate> toValue;

    private FxMonthAxis(DoubleFunction<LocalDate> toDate, ToDoubleFunction<LocalDate> toValue, Locale locale) {
        this.toDate = toDate;
        this.toValue = toValue;
        setMinorTickVisible(false);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return month.format(toDate.apply(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
    }

    /** Values are days since 1970-01-01. */
    public static FxMonthAxis ofEpochDays(Locale locale) {
        return new FxMonthAxis(v -> LocalDate.ofEpochDay(Math.round(v)), LocalDate::toEpochDay, locale);
    }

    /** Values are seconds since 1970-01-01T00:00Z, shown as dates in {@code zone}. */
    public static FxMonthAxis ofEpochSeconds(Locale locale, ZoneId zone) {
        return new FxMonthAxis(v -> Instant.ofEpochSecond((long) v).atZone(zone).toLocalDate(),
                d -> d.atStartOfDay(zone).toEpochSecond(), locale);
    }

    /** The data's span, two weeks wider each side (a whole month around a single point). */
    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double pad = (toValue.applyAsDouble(LocalDate.EPOCH.plusDays(14)) - toValue.applyAsDouble(LocalDate.EPOCH));
        double lower = minValue - pad;
        double upper = maxValue + pad;
        return new double[] {lower, upper, calculateNewScale(length, lower, upper)};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), getScale()};
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return getTickLabelFormatter().toString(value);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        return monthStarts(r[0], r[1]);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    /** The first days of months from {@code lower} to {@code upper}, thinned to a dozen at most. */
    List<Number> monthStarts(double lower, double upper) {
        LocalDate first = toDate.apply(lower).withDayOfMonth(1);
        if (toValue.applyAsDouble(first) < lower) {
            first = first.plusMonths(1);
        }
        LocalDate last = toDate.apply(upper);
        long months = Math.max(0, (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue());
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            if (months / s + 1 <= MOST_TICKS) {
                step = s;
                break;
            }
        }
        if (step >= 12) {
            first = first.withMonth(1).isBefore(first) ? first.withMonth(1).plusYears(1) : first.withMonth(1);
        } else if (step > 1) {
            int offset = (first.getMonthValue() - 1) % step; // quarters start in Jan, Apr, Jul, Oct
            first = offset == 0 ? first : first.plusMonths(step - offset);
        }
        List<Number> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(step)) {
            double v = toValue.applyAsDouble(d);
            if (v >= lower && v <= upper) {
                out.add(v);
            }
        }
        return out;
    }
}
