package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pillar strength over time, sampled weekly, with the self-assessment's pillar scores as dated points
 * on the same 0–100 scale.
 *
 * <p>Weeks are ISO weeks (Monday to Sunday), the first one holding the start of the range; a week's
 * value is the mean of the pillar's daily strength (see {@code PillarStrength.series}) over the days
 * of the week up to {@code today} that had any habit of the pillar, times 100, or NaN when none did.
 * "All" starts at the earliest habit with a pillar or the earliest assessment, whichever comes first; the
 * other ranges start there too when it is later than their own start (no empty months before the data).
 *
 * @param weekStarts   the Monday of each sampled week, oldest first
 * @param weekly       per pillar, one value per week (same order as {@code weekStarts}); NaN = no data
 * @param assessments  the assessments taken within the range, oldest first
 */
public record PillarTrend(Range range, LocalDate from, LocalDate to, List<LocalDate> weekStarts,
                          Map<Pillar, double[]> weekly, List<AssessmentPoint> assessments) {

    /** What the chart shows, in a sentence. */
    public static String explained() {
        return t("insights.trend.explained");
    }

    /** Why the chart is empty, and what to do. */
    public static String empty() {
        return t("insights.trend.empty");
    }

    public enum Range {
        THREE_MONTHS("insights.range.three.months"), ONE_YEAR("insights.range.one.year"), ALL("insights.range.all");

        private final String key;

        Range(String key) {
            this.key = key;
        }

        public String label() {
            return t(key);
        }
    }

    public static PillarTrend compute(List<HabitStats> stats, List<AssessmentPoint> assessments, Range range,
                                      LocalDate today) {
        LocalDate earliest = Stream.concat(
                        stats.stream().filter(s -> s.habit().pillar() != null && !s.habit().archived())
                                .map(s -> s.habit().startDate()),
                        assessments.stream().map(AssessmentPoint::date))
                .min(Comparator.naturalOrder()).orElse(today);
        LocalDate rangeStart = switch (range) {
            case THREE_MONTHS -> today.minusMonths(3);
            case ONE_YEAR -> today.minusYears(1);
            case ALL -> earliest;
        };
        // never before the first data: a week-old journal's year was an empty chart with a speck at its end
        LocalDate start = rangeStart.isBefore(earliest) ? earliest : rangeStart;
        if (start.isAfter(today)) {
            start = today;
        }
        LocalDate first = Series.monday(start);
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(today); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        Map<Pillar, double[]> weekly = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            double[] daily = Series.pillarPoints(stats, p, first, today);
            double[] out = new double[weeks.size()];
            for (int w = 0; w < out.length; w++) {
                out[w] = Series.mean(daily, w * 7, w * 7 + 7);
            }
            weekly.put(p, out);
        }
        LocalDate from = start;
        List<AssessmentPoint> inRange = assessments.stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(today) && !a.scores().isEmpty())
                .sorted(Comparator.comparing(AssessmentPoint::date)).toList();
        return new PillarTrend(range, start, today, List.copyOf(weeks), Collections.unmodifiableMap(weekly), inRange);
    }

    /** The weekly values of one pillar (NaN where it had no habit). */
    public double[] of(Pillar pillar) {
        return weekly.get(pillar).clone();
    }

    /** True when there is nothing to draw: no week with data and no assessment in the range. */
    public boolean isEmpty() {
        return assessments.isEmpty() && weekly.values().stream().allMatch(v -> Series.countKnown(v) == 0);
    }
}
