package app.microlead.ui;

import static app.microlead.common.I18n.t;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

/**
 * A time axis whose ticks sit on the first day of a month (every 1, 2, 3, 6 or 12 months, so that a
 * dozen at most show and no two labels touch) and read as a month and its year ("Nov 2025", never
 * "Nov 25", which reads as a day). A span with fewer than two firsts of a month (a journal's first
 * weeks) is marked by its Mondays instead ("7 Dec"), so that a lone week's point has its label under
 * it rather than a month's a fortnight to its left. Its values are epoch days or epoch seconds.
 */
public final class FxMonthAxis extends ValueAxis<Number> {

    private static final int MOST_TICKS = 12;
    private static final int[] STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final int[] WEEK_STEPS = {1, 2, 4};
    /** The space between two tick labels, at the least (px). */
    private static final double LABEL_GAP = 12;

    private final DoubleFunction<LocalDate> toDate;
    private final ToDoubleFunction<LocalDate> toValue;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter weekFormat;
    /** Whether the ticks last laid out are Mondays (labelled as days) rather than firsts of a month. */
    private boolean weekly;

    private FxMonthAxis(DoubleFunction<LocalDate> toDate, ToDoubleFunction<LocalDate> toValue, Locale locale) {
        this.toDate = toDate;
        this.toValue = toValue;
        setMinorTickVisible(false);
        monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        weekFormat = DateTimeFormatter.ofPattern(t("common.format.axis.week"), locale);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return (weekly ? weekFormat : monthFormat).format(toDate.apply(n.doubleValue()));
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
        double day = toValue.applyAsDouble(LocalDate.EPOCH.plusDays(1)) - toValue.applyAsDouble(LocalDate.EPOCH);
        double pxPerDay = r[1] > r[0] && length > 0 ? length / ((r[1] - r[0]) / day) : Double.POSITIVE_INFINITY;
        double rotation = getTickLabelRotation();
        return ticks(r[0], r[1], pxPerDay,
                pattern -> measureTickMarkLabelSize(pattern, rotation).getWidth() + LABEL_GAP);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    /** The ticks from {@code lower} to {@code upper} with room enough for any label (tests: no measuring). */
    List<Number> monthStarts(double lower, double upper) {
        return ticks(lower, upper, Double.POSITIVE_INFINITY, label -> 0);
    }

    /**
     * The ticks from {@code lower} to {@code upper}: firsts of a month, or Mondays when fewer than two months
     * begin in the span; thinned so that a dozen at most show and, at {@code pxPerDay}, each label
     * ({@code room} gives the width a label of a given text needs) fits before the next.
     */
    List<Number> ticks(double lower, double upper, double pxPerDay, ToDoubleFunction<String> room) {
        LocalDate first = toDate.apply(lower).withDayOfMonth(1);
        if (toValue.applyAsDouble(first) < lower) {
            first = first.plusMonths(1);
        }
        LocalDate last = toDate.apply(upper);
        long months = Math.max(0, (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue());
        weekly = first.isAfter(last) || months == 0; // no first of a month in the span, or one
        if (weekly) {
            return mondays(lower, upper, pxPerDay, widest(weekFormat, toDate.apply(lower), room));
        }
        double label = widest(monthFormat, first, room);
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            // the shortest run of s months (February's 28 days for one) still has room for a label
            if (months / s + 1 <= MOST_TICKS && s * 28 * pxPerDay >= label) {
                step = s;
                break;
            }
        }
        if (step >= 12) {
            first = first.withMonth(1).isBefore(first) ? first.withMonth(1).plusYears(1) : first.withMonth(1);
        } else if (step > 1) {
            int offset = (first.getMonthValue() - 1) % step; // quarters start in Jan, Apr, Jul, Oct; pairs in Jan, Mar…
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

    private List<Number> mondays(double lower, double upper, double pxPerDay, double label) {
        int step = WEEK_STEPS[WEEK_STEPS.length - 1];
        for (int s : WEEK_STEPS) {
            if (s * 7 * pxPerDay >= label) {
                step = s;
                break;
            }
        }
        LocalDate d = toDate.apply(lower).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        if (toValue.applyAsDouble(d) < lower) {
            d = d.plusWeeks(1);
        }
        List<Number> out = new ArrayList<>();
        for (; toValue.applyAsDouble(d) <= upper; d = d.plusWeeks(step)) {
            out.add(toValue.applyAsDouble(d));
        }
        return out;
    }

    /** The room the widest label {@code format} gives for the 28th of the twelve months from {@code from}'s needs. */
    private static double widest(DateTimeFormatter format, LocalDate from, ToDoubleFunction<String> room) {
        double widest = 0;
        for (int m = 0; m < 12; m++) {
            widest = Math.max(widest, room.applyAsDouble(format.format(from.withDayOfMonth(28).plusMonths(m))));
        }
        return widest;
    }
}
