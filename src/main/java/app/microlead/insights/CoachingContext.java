package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What the adaptive prompts lean towards on a day: the focus pillar, the micro-action that slipped
 * most, and the current if–then plan. Any part may be absent (null, or an empty plan).
 *
 * @param focusReason  why the pillar is in focus, for a tooltip ("it scored lowest in your
 *                     self-assessment of 2 March 2026 (48)"); empty without a focus
 * @param slippingTag  the slipping habit's catalogue id, which prompts carry as their tag
 * @param slippingName the slipping habit's name as the user reads it
 */
public record CoachingContext(Pillar focus, String focusReason, String slippingTag, String slippingName,
                              String plan) {

    /** A habit must have lost more than this many whole points of strength (0–100) in 30 days to count as slipping. */
    public static final double MIN_SLIP_POINTS = 5;
    public static final int SLIP_DAYS = 30;

    public static final CoachingContext NONE = new CoachingContext(null, "", null, "", "");

    public CoachingContext {
        focusReason = focusReason == null ? "" : focusReason;
        slippingName = slippingName == null ? "" : slippingName;
        plan = plan == null ? "" : plan.strip();
    }

    /**
     * <ul>
     * <li>Focus: the weakest pillar of {@code latest} when it was taken within six weeks before
     * {@code date}; otherwise the pillar whose active habits are weakest on {@code date} (mean strength);
     * ties go to the first pillar in {@link Pillar} order.</li>
     * <li>Slipping: among active habits from the catalogue that existed {@value #SLIP_DAYS} days before
     * {@code date}, the one whose strength fell most from then to {@code date}, if it fell by more
     * than {@link #MIN_SLIP_POINTS} points once rounded to whole points (ties: the user's order).</li>
     * </ul>
     *
     * @param latest the latest finished assessment, or null
     * @param plan   the current if–then plan, or null/blank for none
     */
    public static CoachingContext compute(AssessmentPoint latest, List<HabitStats> stats, String plan, LocalDate date) {
        Pillar focus = null;
        String reason = "";
        Optional<Pillar> weakest = latest == null || !latest.isCurrentOn(date) ? Optional.empty() : latest.weakest();
        if (weakest.isPresent()) {
            focus = weakest.get();
            reason = t("insights.coaching.focus.assessed",
                    DateTimeFormatter.ofPattern(t("insights.format.day"), I18n.locale()).format(latest.date()),
                    String.valueOf(Math.round(latest.scores().get(focus))));
        } else {
            double lowest = Double.POSITIVE_INFINITY;
            for (Pillar p : Pillar.values()) {
                double s = Series.pillarPoints(stats, p, date, date)[0];
                if (!Double.isNaN(s) && s < lowest) {
                    lowest = s;
                    focus = p;
                }
            }
            if (focus != null) {
                reason = t("insights.coaching.focus.habits", String.valueOf(Math.round(lowest)));
            }
        }
        HabitStats slipping = null;
        double biggest = 0;
        for (HabitStats s : stats) {
            Habit h = s.habit();
            if (h.archived() || h.catalogueId() == null || h.catalogueId().isBlank()) {
                continue;
            }
            if (s.current() != null && s.current().length() > 0 && s.current().end() != null && !s.current().end().isBefore(date.minusDays(1))) {
                continue; // done lately and still going: recovering, not slipping, whatever the month says
            }
            double fall = 100 * (Series.strengthOn(s, date.minusDays(SLIP_DAYS)) - Series.strengthOn(s, date));
            if (Double.isNaN(fall) || Math.round(fall) <= MIN_SLIP_POINTS) {
                continue;
            }
            boolean better = slipping == null || fall > biggest
                    || (fall == biggest && h.sortOrder() < slipping.habit().sortOrder());
            if (better) {
                biggest = fall;
                slipping = s;
            }
        }
        return new CoachingContext(focus, reason, slipping == null ? null : slipping.habit().catalogueId(),
                slipping == null ? "" : slipping.habit().name(), plan);
    }

    public boolean hasPlan() {
        return !plan.isEmpty();
    }
}
