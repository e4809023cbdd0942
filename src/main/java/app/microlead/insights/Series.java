package app.microlead.insights;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.habits.PillarStrength;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Small shared helpers: weeks, NaN-safe means, habit strength on a day in points (0–100). */
final class Series {

    private Series() {
    }

    /** The Monday of the ISO week holding {@code d}. */
    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The mean of the values that are not NaN in {@code [from, to)}; NaN when there are none. */
    static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(values.length, to); i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static int countKnown(double[] values) {
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }

    /** The pillar's strength in points (0–100) on each day of {@code [from, to]}; NaN where no habit counted. */
    static double[] pillarPoints(List<HabitStats> stats, Pillar pillar, LocalDate from, LocalDate to) {
        double[] s = PillarStrength.series(stats, pillar, from, to);
        for (int i = 0; i < s.length; i++) {
            s[i] *= 100;
        }
        return s;
    }

    /**
     * A habit's strength (0–1) at the end of {@code day}: NaN before its start, and its last known
     * value after the end of its curve (the stats were computed on an earlier day).
     */
    static double strengthOn(HabitStats s, LocalDate day) {
        double[] curve = s.strengthCurve();
        long idx = day.toEpochDay() - s.habit().startDate().toEpochDay();
        if (idx < 0 || curve.length == 0) {
            return Double.NaN;
        }
        return curve[(int) Math.min(idx, curve.length - 1)];
    }
}
