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

    /** Today's strength per pillar (empty for a pillar without active habits). */
    public static Map<Pillar, OptionalDouble> today(List<HabitStats> stats) {
        Map<Pillar, OptionalDouble> out = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            out.put(p, stats.stream().filter(s -> s.habit().pillar() == p && !s.habit().archived())
                    .mapToDouble(HabitStats::strength).average());
        }
        return out;
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
                if (idx >= 0 && idx < curve.length) {
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
