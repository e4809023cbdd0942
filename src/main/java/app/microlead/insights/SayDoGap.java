package app.microlead.insights;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    public static final String EXPLAINED = "Your latest self-assessment beside the strength of each pillar's"
            + " micro-actions in the two weeks before it.";
    public static final String NO_ASSESSMENT = "Take the self-assessment to compare what you say about your"
            + " leadership with what your micro-actions show.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
            return empty(Optional.empty(), NO_ASSESSMENT);
        }
        AssessmentPoint a = latest.get();
        if (!a.isCurrentOn(today)) {
            return empty(Optional.empty(), "Your latest self-assessment was on " + DAY.format(a.date())
                    + ", more than six weeks ago. Take it again to compare it with your micro-actions.");
        }
        List<PillarGap> pillars = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        LocalDate from = a.date().minusDays(WINDOW_DAYS);
        LocalDate to = a.date().minusDays(1);
        for (Pillar p : Pillar.values()) {
            if (a.score(p).isEmpty()) {
                pillars.add(missing(p, "Too few " + p.label() + " questions were answered in the self-assessment."));
                continue;
            }
            double[] daily = Series.pillarPoints(stats, p, from, to);
            if (Series.countKnown(daily) < WINDOW_DAYS) {
                pillars.add(missing(p, "Track " + p.label() + " micro-actions for the two weeks before a"
                        + " self-assessment to compare it with your habits."));
                continue;
            }
            int say = (int) Math.round(a.score(p).getAsDouble());
            int habits = (int) Math.round(Series.mean(daily, 0, daily.length));
            pillars.add(new PillarGap(p, OptionalInt.of(say), OptionalInt.of(habits), ""));
            int gap = say - habits;
            if (gap > THRESHOLD) {
                findings.add(new Finding(p, Kind.RATED_HIGHER, say, habits, "You rate your " + p.label()
                        + " higher than your habits show (" + say + " vs " + habits + ")."));
            } else if (-gap > THRESHOLD) {
                findings.add(new Finding(p, Kind.HIDDEN_STRENGTH, say, habits, "Your habits show more " + p.label()
                        + " than you give yourself credit for (" + habits + " vs " + say + ")."));
            }
        }
        boolean anyCompared = pillars.stream().anyMatch(g -> g.gap().isPresent());
        String reason = anyCompared ? "" : "Track micro-actions for the two weeks before your self-assessment"
                + " to compare the two; none of your pillars had habits for that whole time.";
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
