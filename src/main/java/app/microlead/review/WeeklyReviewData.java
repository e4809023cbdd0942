package app.microlead.review;

import app.microlead.common.Pillar;
import app.microlead.habits.DayStates;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import app.microlead.insights.CoachingContext;
import app.microlead.insights.DayMood;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one week for the weekly review: the seven days ending on {@code to} (the user's review
 * day), the days written, how often each micro-action was done, the daily mood and energy, and the
 * pillar in focus.
 *
 * @param habits  every active habit that existed during the week, most done first (ties: the user's order)
 * @param days    the seven days, oldest first, with their ratings (null when not rated or not written)
 * @param focus   the pillar in focus, or null
 */
public record WeeklyReviewData(LocalDate from, LocalDate to, int daysWritten, List<HabitCount> habits,
                               List<DayMood> days, Pillar focus, String focusReason) {

    public record HabitCount(Habit habit, int done) {
    }

    /** The day the week that holds {@code date} ends, for a review on {@code reviewDay} (that day or the next one). */
    public static LocalDate weekEnd(LocalDate date, DayOfWeek reviewDay) {
        return date.with(TemporalAdjusters.nextOrSame(reviewDay));
    }

    /**
     * @param written  the written days with ratings (any range; only the week is used)
     * @param stats    the habits with their day states
     * @param coaching the coaching context of {@code to} (focus pillar and why), or null
     */
    public static WeeklyReviewData compute(LocalDate to, List<DayMood> written, List<HabitStats> stats,
                                           CoachingContext coaching) {
        LocalDate from = to.minusDays(6);
        Map<LocalDate, DayMood> byDate = new HashMap<>();
        for (DayMood d : written) {
            if (!d.date().isBefore(from) && !d.date().isAfter(to)) {
                byDate.put(d.date(), d);
            }
        }
        List<DayMood> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(byDate.getOrDefault(d, new DayMood(d, null, null)));
        }
        List<HabitStats> active = stats.stream()
                .filter(s -> !s.habit().archived() && !s.habit().startDate().isAfter(to)).toList();
        List<HabitCount> counts = new ArrayList<>();
        for (HabitStats s : active) {
            counts.add(new HabitCount(s.habit(), doneBetween(s, from, to)));
        }
        counts.sort(Comparator.comparingInt(HabitCount::done).reversed()
                .thenComparingInt(h -> h.habit().sortOrder()));
        CoachingContext c = coaching == null ? CoachingContext.NONE : coaching;
        return new WeeklyReviewData(from, to, byDate.size(), List.copyOf(counts), List.copyOf(days), c.focus(),
                c.focusReason());
    }

    private static int doneBetween(HabitStats s, LocalDate from, LocalDate to) {
        DayStates states = s.days();
        long start = s.habit().startDate().toEpochDay();
        int done = 0;
        for (long d = from.toEpochDay(); d <= to.toEpochDay(); d++) {
            long i = d - start;
            if (i >= 0 && i < states.length() && states.get((int) i) == DayStates.DONE) {
                done++;
            }
        }
        return done;
    }

    /** Micro-actions done in the week, all habits together. */
    public int totalDone() {
        return habits.stream().mapToInt(HabitCount::done).sum();
    }
}
