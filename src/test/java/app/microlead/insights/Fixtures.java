package app.microlead.insights;

import app.microlead.assessment.AssessmentResult;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.DayStates;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import app.microlead.habits.Schedule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

/** Generated habits, strengths and assessments with known values. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Habit habit(long id, Pillar pillar, LocalDate start) {
        return habit(id, pillar, null, "Habit " + id, start, Schedule.daily());
    }

    public static Habit habit(long id, Pillar pillar, String catalogueId, String name, LocalDate start, Schedule schedule) {
        return new Habit(id, catalogueId, name, "", pillar, schedule, (int) id, false, start, "");
    }

    /** Stats whose strength curve (0–1) is {@code strength(i)} on day i after the start, up to {@code today}. */
    public static HabitStats curve(Habit h, LocalDate today, IntToDoubleFunction strength) {
        int n = (int) (today.toEpochDay() - h.startDate().toEpochDay()) + 1;
        double[] c = new double[Math.max(0, n)];
        for (int i = 0; i < c.length; i++) {
            c[i] = strength.applyAsDouble(i);
        }
        return new HabitStats(h, DayStates.of(h.startDate(), today, Map.of()), c, c.length == 0 ? 0 : c[c.length - 1],
                null, null, List.of(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Stats with the same strength (0–1) every day. */
    public static HabitStats constant(Habit h, LocalDate today, double strength) {
        return curve(h, today, i -> strength);
    }

    /** Real stats from check-ins: done on the given days, skipped on none. */
    public static HabitStats real(Habit h, LocalDate today, Map<LocalDate, CheckIn.State> checkIns) {
        return HabitStats.compute(h, checkIns, today);
    }

    public static Map<LocalDate, CheckIn.State> doneOn(List<LocalDate> days) {
        Map<LocalDate, CheckIn.State> m = new LinkedHashMap<>();
        days.forEach(d -> m.put(d, CheckIn.State.DONE));
        return m;
    }

    public static AssessmentPoint assessed(LocalDate date, double trust, double empowerment, double professionalism) {
        Map<Pillar, Double> s = new EnumMap<>(Pillar.class);
        s.put(Pillar.TRUST, trust);
        s.put(Pillar.EMPOWERMENT, empowerment);
        s.put(Pillar.PROFESSIONALISM, professionalism);
        return new AssessmentPoint(date, s);
    }

    /** A scored result with the given pillar scores (a missing pillar: too few answers). */
    public static AssessmentResult result(Map<String, Double> scores) {
        Map<String, AssessmentResult.ScaleScore> scales = new LinkedHashMap<>();
        for (String id : List.of("trust", "empowerment", "professionalism", "micromanagement")) {
            Double s = scores.get(id);
            OptionalDouble score = s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
            scales.put(id, new AssessmentResult.ScaleScore(id, OptionalDouble.empty(), score, null, 6, 6));
        }
        return new AssessmentResult(scales, Map.of(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), null, null, List.of());
    }
}
