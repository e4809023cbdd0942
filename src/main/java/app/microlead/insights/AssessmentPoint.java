package app.microlead.insights;

import app.microlead.assessment.AssessmentResult;
import app.microlead.assessment.SessionResult;
import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A finished self-assessment as Insights needs it: the day it was finished and its pillar scores
 * (0–100; a pillar with too few answers is absent).
 */
public record AssessmentPoint(LocalDate date, Map<Pillar, Double> scores) {

    /** An assessment counts as current for this many days after the day it was taken (six weeks). */
    public static final int CURRENT_DAYS = 42;

    public AssessmentPoint {
        scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
    }

    /** The pillar scores of a scored result ("trust", "empowerment", "professionalism"). */
    public static AssessmentPoint of(LocalDate date, AssessmentResult result) {
        Map<Pillar, Double> scores = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            OptionalDouble s = result.score(p.name().toLowerCase(Locale.ROOT));
            if (s.isPresent()) {
                scores.put(p, s.getAsDouble());
            }
        }
        return new AssessmentPoint(date, scores);
    }

    /** Finished sessions, dated by the local day they were finished in {@code zone}, oldest first. */
    public static List<AssessmentPoint> from(List<SessionResult> sessions, ZoneId zone) {
        return sessions.stream().filter(s -> s.session().finished())
                .map(s -> of(LocalDate.ofInstant(s.session().finishedAt(), zone), s.result()))
                .sorted(Comparator.comparing(AssessmentPoint::date)).toList();
    }

    /** The newest assessment taken on or before {@code date}. */
    public static Optional<AssessmentPoint> latestOnOrBefore(List<AssessmentPoint> points, LocalDate date) {
        return points.stream().filter(p -> !p.date().isAfter(date)).max(Comparator.comparing(AssessmentPoint::date));
    }

    public OptionalDouble score(Pillar pillar) {
        Double s = scores.get(pillar);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** Whether it was taken on or before {@code date} and at most {@link #CURRENT_DAYS} days earlier. */
    public boolean isCurrentOn(LocalDate date) {
        long age = ChronoUnit.DAYS.between(this.date, date);
        return age >= 0 && age <= CURRENT_DAYS;
    }

    /** The lowest-scored pillar (ties: the first in {@link Pillar} order), if any was scored. */
    public Optional<Pillar> weakest() {
        Pillar best = null;
        for (Pillar p : Pillar.values()) {
            Double s = scores.get(p);
            if (s != null && (best == null || s < scores.get(best))) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }
}
