package app.microlead.habits;

import static app.microlead.common.I18n.t;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The numbers of a habit, computed from its day states: pure functions over one byte per day, linear
 * in the number of days.
 *
 * <p><b>Strength</b> is Loop Habit Tracker's exponential moving average: on each day that counts,
 * {@code score = previous·m + value·(1 − m)} with {@code m = 0.5^(√frequency / 13)}.
 * <ul>
 * <li><i>Daily and weekday habits</i> count only their scheduled days; {@code value} is 1 when done,
 * 0 when not. Other days carry the score. A weekday habit on k days uses {@code m = 0.5^(√(7/k) / 13)}
 * per scheduled day, so its score decays per week exactly like a "k times a week" habit's
 * ({@code m(k/7)^7}) and a habit scheduled on all seven days is exactly a daily one. (Using
 * {@code m(k/7)} on only k days a week would punish the schedule twice: a perfect Monday-only habit
 * would still be at 65 % after a year.)</li>
 * <li><i>X per week / X per month</i> are scored every day over the rolling window of the period's
 * length ending that day: 7 days, or 30 days for months (not the calendar month, so the window never
 * restarts at the 1st). {@code value = min(1, done / target)} where
 * {@code target = min(X, days in the window that were opportunities)}: skipped days and days before
 * the habit started are not opportunities, so a skip never counts against the habit, and it only
 * lowers the target when fewer days than X are left.</li>
 * <li>A skipped day, a window without opportunities, and today while it is still empty (the
 * evening is not over) carry the score forward unchanged.</li>
 * </ul>
 *
 * <p><b>Streaks</b> count done scheduled days (daily, weekdays) or met calendar weeks (ISO, from
 * Monday) and months, with the same target as above applied to the calendar period. Skips freeze a
 * streak (neither break nor extend it); an empty scheduled day or a missed period breaks it, except
 * today and the current period, which are still open (the current period counts once it is met).
 *
 * <p><b>Completion rate</b> over the last N days (only days since the habit started): done
 * opportunities divided by opportunities, where skipped days and today while empty are not
 * opportunities. For X-per-period habits the expected count is frequency × those days, and the rate
 * is capped at 100 %, so extra check-ins in one week can make up for a thin one within the range.
 */
public final class HabitMath {

    /** The one-line explanation shown beside the strength in the app. */
    public static String strengthExplained() {
        return t("habits.strength.explained");
    }

    private HabitMath() {
    }

    public static double multiplier(double frequency) {
        return Math.pow(0.5, Math.sqrt(frequency) / 13.0);
    }

    /** The strength (0–1) at the end of every day from the start to today. */
    public static double[] strengthCurve(Schedule schedule, DayStates days) {
        return switch (schedule.kind()) {
            case DAILY, WEEKDAYS -> scheduledDayCurve(schedule, days);
            case PER_WEEK, PER_MONTH -> windowCurve(schedule, days);
        };
    }

    /** Daily and weekday habits: each scheduled day moves the score by its own value. */
    private static double[] scheduledDayCurve(Schedule schedule, DayStates days) {
        byte[] s = days.raw();
        int n = s.length;
        double[] curve = new double[n];
        boolean[] scheduled = scheduledDays(schedule);
        int perWeek = schedule.kind() == Schedule.Kind.DAILY ? 7 : schedule.days().size();
        double m = multiplier(7.0 / perWeek); // daily: multiplier(1)
        int dow = days.start().getDayOfWeek().getValue() - 1; // 0 = Monday
        double score = 0;
        for (int i = 0; i < n; i++) {
            byte st = s[i];
            boolean counts = scheduled[dow] && st != DayStates.SKIPPED && !(i == n - 1 && st == DayStates.EMPTY);
            if (counts) {
                score = score * m + (st == DayStates.DONE ? 1 - m : 0);
            }
            curve[i] = score;
            dow = dow == 6 ? 0 : dow + 1;
        }
        return curve;
    }

    /** X per week or month: the share of the target met in the rolling window ending each day. */
    private static double[] windowCurve(Schedule schedule, DayStates days) {
        byte[] s = days.raw();
        int n = s.length;
        double[] curve = new double[n];
        double m = multiplier(schedule.frequency());
        int window = schedule.periodDays();
        int times = schedule.times();
        int done = 0;
        int skipped = 0;
        double score = 0;
        for (int i = 0; i < n; i++) {
            byte in = s[i];
            done += in == DayStates.DONE ? 1 : 0;
            skipped += in == DayStates.SKIPPED ? 1 : 0;
            int out = i - window;
            if (out >= 0) {
                done -= s[out] == DayStates.DONE ? 1 : 0;
                skipped -= s[out] == DayStates.SKIPPED ? 1 : 0;
            }
            int target = Math.min(times, Math.min(window, i + 1) - skipped);
            boolean counts = in != DayStates.SKIPPED && !(i == n - 1 && in == DayStates.EMPTY) && target > 0;
            if (counts) {
                score = score * m + Math.min(1.0, (double) done / target) * (1 - m);
            }
            curve[i] = score;
        }
        return curve;
    }

    private static boolean[] scheduledDays(Schedule schedule) {
        boolean[] scheduled = new boolean[7];
        for (int d = 0; d < 7; d++) {
            scheduled[d] = schedule.isScheduledOn(DayOfWeek.of(d + 1));
        }
        return scheduled;
    }

    /** Every streak, oldest first; the last one is the current streak when it is still open. */
    public static List<Streak> streaks(Schedule schedule, DayStates days) {
        return switch (schedule.kind()) {
            case DAILY, WEEKDAYS -> dayStreaks(schedule, days);
            case PER_WEEK -> periodStreaks(schedule, days, true);
            case PER_MONTH -> periodStreaks(schedule, days, false);
        };
    }

    private static List<Streak> dayStreaks(Schedule schedule, DayStates days) {
        List<Streak> out = new ArrayList<>();
        boolean[] scheduled = scheduledDays(schedule);
        int startDow = days.start().getDayOfWeek().getValue() - 1;
        byte[] s = days.raw();
        int n = s.length;
        int run = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < n; i++) {
            if (!scheduled[(startDow + i) % 7]) {
                continue;
            }
            byte st = s[i];
            if (st == DayStates.DONE) {
                if (run == 0) {
                    runStart = i;
                }
                run++;
                runEnd = i;
            } else if (st == DayStates.EMPTY && i != n - 1) {
                if (run > 0) {
                    out.add(new Streak(days.date(runStart), days.date(runEnd), run, Streak.Unit.DAYS));
                }
                run = 0;
            }
        }
        out.add(run > 0 ? new Streak(days.date(runStart), days.date(runEnd), run, Streak.Unit.DAYS)
                : Streak.none(Streak.Unit.DAYS));
        return out;
    }

    private static List<Streak> periodStreaks(Schedule schedule, DayStates days, boolean weeks) {
        List<Streak> out = new ArrayList<>();
        Streak.Unit unit = weeks ? Streak.Unit.WEEKS : Streak.Unit.MONTHS;
        byte[] s = days.raw();
        int n = s.length;
        int run = 0;
        int runStart = -1;
        int runEnd = -1;
        int i = 0;
        LocalDate periodStart = weeks
                ? days.start().minusDays(days.start().getDayOfWeek().getValue() - 1L)
                : days.start().withDayOfMonth(1);
        long base = days.start().toEpochDay();
        while (i < n) {
            LocalDate next = weeks ? periodStart.plusWeeks(1) : periodStart.plusMonths(1);
            int end = (int) Math.min(n, next.toEpochDay() - base); // exclusive
            int done = 0;
            int skipped = 0;
            for (int j = i; j < end; j++) {
                if (s[j] == DayStates.DONE) {
                    done++;
                } else if (s[j] == DayStates.SKIPPED) {
                    skipped++;
                }
            }
            boolean current = end == n;
            // days of the period the habit existed for (the current one counts its days still to come)
            int periodDays = (int) (next.toEpochDay() - base) - i;
            int target = Math.min(schedule.times(), periodDays - skipped);
            if (target <= 0) {
                // no day of the period was an opportunity: frozen
            } else if (done >= target) {
                if (run == 0) {
                    runStart = i;
                }
                run++;
                runEnd = end - 1;
            } else if (!current) {
                if (run > 0) {
                    out.add(new Streak(days.date(runStart), days.date(runEnd), run, unit));
                }
                run = 0;
            }
            i = end;
            periodStart = next;
        }
        out.add(run > 0 ? new Streak(days.date(runStart), days.date(runEnd), run, unit) : Streak.none(unit));
        return out;
    }

    /** The longest streaks (longest first, the more recent first among equals). */
    public static List<Streak> best(List<Streak> all, int howMany) {
        return all.stream().filter(s -> s.length() > 0)
                .sorted(Comparator.comparingInt(Streak::length).reversed()
                        .thenComparing(Streak::end, Comparator.reverseOrder()))
                .limit(howMany).toList();
    }

    /** Share of opportunities met over the last {@code lastDays} days, or empty if there were none. */
    public static OptionalDouble completionRate(Schedule schedule, DayStates days, int lastDays) {
        int n = days.length();
        int from = Math.max(0, n - lastDays);
        int startDow = days.start().getDayOfWeek().getValue() - 1;
        int done = 0;
        int opportunities = 0;
        int eligible = 0;
        for (int i = from; i < n; i++) {
            byte st = days.get(i);
            boolean pendingToday = i == n - 1 && st == DayStates.EMPTY;
            if (st == DayStates.SKIPPED || pendingToday) {
                continue;
            }
            eligible++;
            boolean sched = schedule.kind() != Schedule.Kind.WEEKDAYS
                    || schedule.isScheduledOn(DayOfWeek.of((startDow + i) % 7 + 1));
            if (sched) {
                opportunities++;
                if (st == DayStates.DONE) {
                    done++;
                }
            }
        }
        if (schedule.kind() == Schedule.Kind.DAILY || schedule.kind() == Schedule.Kind.WEEKDAYS) {
            return opportunities == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) done / opportunities);
        }
        double expected = schedule.frequency() * eligible;
        return expected <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, done / expected));
    }
}
