package app.microlead.habits;

import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The strength of a pillar: the mean strength of its active habits. */
public final class PillarStrength {

    private PillarStrength() {
    }

    /**
     * Today's strength per pillar (empty for a pillar without active habits that count yet). A habit
     * counts from its first day: one added today with nothing marked has had no chance to be done, so it
     * does not pull its pillar down to 0 %.
     */
    public static Map<Pillar, OptionalDouble> today(List<HabitStats> stats) {
        Map<Pillar, OptionalDouble> out = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            out.put(p, stats.stream().filter(s -> s.habit().pillar() == p && !s.habit().archived() && counts(s))
                    .mapToDouble(HabitStats::strength).average());
        }
        return out;
    }

    /** False only for a habit whose first day is today and which has nothing marked yet. */
    private static boolean counts(HabitStats s) {
        return s.strengthCurve().length > 1 || s.strength() > 0;
    }

    /**
     * The pillar's strength on each day from {@code from} to {@code to}: the mean, over the active
     * habits of the pillar that existed that day, of their strength that day (NaN where none did).
     */
    public static double[] series(List<HabitStats> stats, Pillar pillar, LocalDate from, LocalDate to) {
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        double[] sum = new double[n];
        int[] count = new int[n];
        for (HabitStats s : stats) {
            if (s.habit().pillar() != pillar || s.habit().archived()) {
                continue;
            }
            long start = s.habit().startDate().toEpochDay();
            double[] curve = s.strengthCurve();
            for (int i = 0; i < n; i++) {
                long idx = from.toEpochDay() + i - start;
                boolean newTodayAndUnmarked = idx == 0 && curve.length == 1 && curve[0] == 0;
                if (idx >= 0 && idx < curve.length && !newTodayAndUnmarked) {
                    sum[i] += curve[(int) idx];
                    count[i]++;
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        }
        return out;
    }
}
