package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.habits.DayStates;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitStats;
import app.microlead.habits.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Mood and energy against micro-actions: for each active habit tracked at least {@value #MIN_TRACKED_DAYS}
 * days (from its start to today), the average mood and energy on days it was done against days it was
 * not, over the days that have a reflection with that rating.
 *
 * <p>Days that count: from the habit's start up to today; for a weekday habit only its scheduled
 * days. A skipped day ("no opportunity") is neither done nor not done and is left out, and so is today
 * while it is still empty (the evening is not over). A comparison is shown only when both sides have at
 * least {@value #MIN_DAYS_EACH_SIDE} days; mood and energy are judged separately.
 */
public record MoodSplit(List<HabitSplit> habits, String emptyReason) {

    public static final int MIN_TRACKED_DAYS = 30;
    public static final int MIN_DAYS_EACH_SIDE = 14;
    /** A caution below the table: going together is not causing. */
    public static String note() {
        return t("insights.mood.split.note");
    }

    /** What the table shows, in a sentence. */
    public static String explained() {
        return t("insights.mood.split.explained");
    }

    /** Why there is no table yet, and what to do. */
    public static String empty() {
        return t("insights.mood.split.empty", MIN_DAYS_EACH_SIDE);
    }

    /** One side of a comparison: the average rating and the number of days behind it. */
    public record Side(OptionalDouble average, int days) {
    }

    /** Done against not done, for one rating. */
    public record Comparison(Side done, Side notDone) {

        /** Both sides have enough days to be shown. */
        public boolean enough() {
            return done.days() >= MIN_DAYS_EACH_SIDE && notDone.days() >= MIN_DAYS_EACH_SIDE;
        }

        /** done − not done, when there is enough data. */
        public OptionalDouble difference() {
            return enough() ? OptionalDouble.of(done.average().getAsDouble() - notDone.average().getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    public record HabitSplit(Habit habit, Comparison mood, Comparison energy) {

        public boolean reportable() {
            return mood.enough() || energy.enough();
        }
    }

    /**
     * @param stats the habits (archived ones are ignored)
     * @param days  the written days with their ratings (any order; days without a rating are ignored)
     */
    public static MoodSplit compute(List<HabitStats> stats, List<DayMood> days, LocalDate today) {
        Map<LocalDate, DayMood> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        List<HabitSplit> out = new ArrayList<>();
        for (HabitStats s : stats) {
            Habit h = s.habit();
            if (h.archived() || trackedDays(h, today) < MIN_TRACKED_DAYS) {
                continue;
            }
            HabitSplit split = new HabitSplit(h, compare(s, byDate, today, DayMood::mood),
                    compare(s, byDate, today, DayMood::energy));
            if (split.reportable()) {
                out.add(split);
            }
        }
        return new MoodSplit(List.copyOf(out), out.isEmpty() ? empty() : "");
    }

    private static long trackedDays(Habit h, LocalDate today) {
        return today.toEpochDay() - h.startDate().toEpochDay() + 1;
    }

    private static Comparison compare(HabitStats s, Map<LocalDate, DayMood> byDate, LocalDate today,
                                      Function<DayMood, Integer> rating) {
        Schedule schedule = s.habit().schedule();
        DayStates states = s.days();
        LocalDate start = s.habit().startDate();
        int doneSum = 0;
        int doneDays = 0;
        int notSum = 0;
        int notDays = 0;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            DayMood m = byDate.get(d);
            Integer r = m == null ? null : rating.apply(m);
            if (r == null || !schedule.isScheduledOn(d.getDayOfWeek())) {
                continue;
            }
            int i = (int) (d.toEpochDay() - start.toEpochDay());
            byte st = i < states.length() ? states.get(i) : DayStates.EMPTY;
            if (st == DayStates.SKIPPED || (st == DayStates.EMPTY && d.equals(today))) {
                continue;
            }
            if (st == DayStates.DONE) {
                doneSum += r;
                doneDays++;
            } else {
                notSum += r;
                notDays++;
            }
        }
        return new Comparison(side(doneSum, doneDays), side(notSum, notDays));
    }

    private static Side side(int sum, int days) {
        return new Side(days == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / days), days);
    }

    public boolean isEmpty() {
        return habits.isEmpty();
    }
}
