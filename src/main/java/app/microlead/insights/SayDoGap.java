package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The say–do gap: per pillar, what the latest self-assessment says (0–100) beside what the pillar's
 * habits show, their strength (0–100) averaged over the {@value #WINDOW_DAYS} days before the
 * assessment day (the assessment day itself not included).
 *
 * <ul>
 * <li>Only an assessment taken within the last six weeks ({@link AssessmentPoint#CURRENT_DAYS} days)
 * is compared; an older one gives no findings and a reason saying so.</li>
 * <li>A pillar is compared only when its habits had a strength on every one of those days (a habit
 * of the pillar existed for the whole window) and the assessment scored it.</li>
 * <li>Both figures are rounded to whole points first, so the words always match the numbers shown;
 * gap = say − do. A gap above {@value #THRESHOLD} points is a finding (exactly {@value #THRESHOLD}
 * is not): positive, the self-rating is higher than the habits show; negative, a hidden strength.</li>
 * </ul>
 *
 * @param assessedOn  the day of the assessment compared, if one was current
 * @param pillars     every pillar, compared or with the reason it was not
 * @param emptyReason why there is nothing to compare at all; empty when {@code pillars} has any comparison
 */
public record SayDoGap(Optional<LocalDate> assessedOn, List<PillarGap> pillars, List<Finding> findings,
                       String emptyReason) {

    public static final int WINDOW_DAYS = 14;
    public static final int THRESHOLD = 20;
    /** What the comparison is, in a sentence. */
    public static String explained() {
        return t("insights.gap.explained");
    }

    /** The reason when no self-assessment was taken yet. */
    public static String noAssessment() {
        return t("insights.gap.no.assessment");
    }

    /** One pillar: both figures rounded to whole points, or empty with the reason in {@code missing}. */
    public record PillarGap(Pillar pillar, OptionalInt say, OptionalInt habits, String missing) {

        public OptionalInt gap() {
            return say.isPresent() && habits.isPresent() ? OptionalInt.of(say.getAsInt() - habits.getAsInt())
                    : OptionalInt.empty();
        }
    }

    public enum Kind { RATED_HIGHER, HIDDEN_STRENGTH }

    /** A gap above the threshold, in plain words. */
    public record Finding(Pillar pillar, Kind kind, int say, int habits, String text) {
    }

    public static SayDoGap compute(List<AssessmentPoint> assessments, List<HabitStats> stats, LocalDate today) {
        Optional<AssessmentPoint> latest = AssessmentPoint.latestOnOrBefore(assessments, today);
        if (latest.isEmpty()) {
            return empty(Optional.empty(), noAssessment());
        }
        AssessmentPoint a = latest.get();
        if (!a.isCurrentOn(today)) {
            return empty(Optional.empty(), t("insights.gap.outdated",
                    DateTimeFormatter.ofPattern(t("insights.format.day"), I18n.locale()).format(a.date())));
        }
        List<PillarGap> pillars = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        LocalDate from = a.date().minusDays(WINDOW_DAYS);
        LocalDate to = a.date().minusDays(1);
        for (Pillar p : Pillar.values()) {
            if (a.score(p).isEmpty()) {
                pillars.add(missing(p, t("insights.gap.too.few.answers", p.label())));
                continue;
            }
            double[] daily = Series.pillarPoints(stats, p, from, to);
            if (Series.countKnown(daily) < WINDOW_DAYS) {
                pillars.add(missing(p, t("insights.gap.track.pillar", p.label())));
                continue;
            }
            int say = (int) Math.round(a.score(p).getAsDouble());
            int habits = (int) Math.round(Series.mean(daily, 0, daily.length));
            pillars.add(new PillarGap(p, OptionalInt.of(say), OptionalInt.of(habits), ""));
            int gap = say - habits;
            if (gap > THRESHOLD) {
                findings.add(new Finding(p, Kind.RATED_HIGHER, say, habits, t("insights.gap.rated.higher", p.label(),
                        String.valueOf(say), String.valueOf(habits))));
            } else if (-gap > THRESHOLD) {
                findings.add(new Finding(p, Kind.HIDDEN_STRENGTH, say, habits, t("insights.gap.hidden.strength",
                        p.label(), String.valueOf(habits), String.valueOf(say))));
            }
        }
        boolean anyCompared = pillars.stream().anyMatch(g -> g.gap().isPresent());
        String reason = anyCompared ? "" : t("insights.gap.none.compared");
        return new SayDoGap(Optional.of(a.date()), List.copyOf(pillars), List.copyOf(findings), reason);
    }

    private static PillarGap missing(Pillar p, String why) {
        return new PillarGap(p, OptionalInt.empty(), OptionalInt.empty(), why);
    }

    private static SayDoGap empty(Optional<LocalDate> on, String reason) {
        List<PillarGap> none = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            none.add(missing(p, reason));
        }
        return new SayDoGap(on, List.copyOf(none), List.of(), reason);
    }

    /** True when nothing could be compared ({@link #emptyReason()} says why). */
    public boolean isEmpty() {
        return !emptyReason.isEmpty();
    }
}
