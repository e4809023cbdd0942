package app.microlead.habits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The numbers of a habit, computed from its day states.
 *
 * <p><b>Strength</b> is Loop Habit Tracker's exponential moving average: each day
 * {@code score = previous·m + value·(1 − m)} with {@code m = 0.5^(√frequency / 13)}. For a daily
 * habit {@code value} is 1 on a done day and 0 otherwise; for weekday and X-per-period habits it is
 * the share of the target met in the window of the period's length ending that day (7 days, or 30
 * for months), capped at 1, where skipped days lower the target. A skipped day, and today while it
 * is still empty (the evening is not over), carry the score forward unchanged.
 *
 * <p><b>Streaks</b> count done days (daily; weekday habits count only their weekdays) or met
 * calendar weeks (ISO, from Monday) and months. Skips freeze a streak; an empty day or a missed
 * period breaks it, except today and the current period, which are still open.
 *
 * <p><b>Completion rate</b> over the last N days: done opportunities divided by opportunities, where
 * skipped days are not opportunities; for X-per-period habits the expected count is frequency ×
 * eligible days, and the rate is capped at 100 %.
 */
public final class HabitMath {

    /** The one-line explanation shown beside the strength in the app. */
    public static final String STRENGTH_EXPLAINED = "Strength grows with every check-in and fades slowly when you"
            + " miss; skipped days (no opportunity) leave it as it was. A month of daily check-ins makes about 80 %.";

    private HabitMath() {
    }

    public static double multiplier(double frequency) {
        return Math.pow(0.5, Math.sqrt(frequency) / 13.0);
    }

    /** The strength (0–1) at the end of every day from the start to today. */
    public static double[] strengthCurve(Schedule schedule, DayStates days) {
        int n = days.length();
        double[] curve = new double[n];
        double m = multiplier(schedule.frequency());
        double score = 0;
        byte[] s = days.raw();
        if (schedule.kind() == Schedule.Kind.DAILY) {
            for (int i = 0; i < n; i++) {
                boolean pendingToday = i == n - 1 && s[i] == DayStates.EMPTY;
                if (s[i] != DayStates.SKIPPED && !pendingToday) {
                    score = score * m + (s[i] == DayStates.DONE ? 1 - m : 0);
                }
                curve[i] = score;
            }
            return curve;
        }
        int window = schedule.periodDays();
        boolean byWeekday = schedule.kind() == Schedule.Kind.WEEKDAYS;
        int startDow = days.start().getDayOfWeek().getValue() - 1; // 0 = Monday
        boolean[] scheduled = new boolean[7];
        for (int d = 0; d < 7; d++) {
            scheduled[d] = schedule.isScheduledOn(DayOfWeek.of(d + 1));
        }
        int doneInWindow = 0;
        int skippedInWindow = 0;
        int scheduledInWindow = 0;
        for (int i = 0; i < n; i++) {
            // slide the window [i - window + 1, i]
            boolean inSched = !byWeekday || scheduled[(startDow + i) % 7];
            if (inSched) {
                scheduledInWindow++;
                if (s[i] == DayStates.DONE) {
                    doneInWindow++;
                } else if (s[i] == DayStates.SKIPPED) {
                    skippedInWindow++;
                }
            }
            int out = i - window;
            if (out >= 0 && (!byWeekday || scheduled[(startDow + out) % 7])) {
                scheduledInWindow--;
                if (s[out] == DayStates.DONE) {
                    doneInWindow--;
                } else if (s[out] == DayStates.SKIPPED) {
                    skippedInWindow--;
                }
            }
            boolean skipToday = s[i] == DayStates.SKIPPED;
            int target = (byWeekday ? scheduledInWindow : schedule.times()) - skippedInWindow;
            if (!skipToday && target > 0) {
                double value = Math.min(1.0, (double) doneInWindow / target);
                score = score * m + value * (1 - m);
            }
            curve[i] = score;
        }
        return curve;
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
        boolean[] scheduled = new boolean[7];
        for (int d = 0; d < 7; d++) {
            scheduled[d] = schedule.isScheduledOn(DayOfWeek.of(d + 1));
        }
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
            int available = end - i;
            boolean current = end == n;
            int periodLength = (int) (next.toEpochDay() - periodStart.toEpochDay());
            boolean partialStart = i == 0 && available < periodLength && !current;
            int target = Math.min(schedule.times(), partialStart ? available : periodLength) - skipped;
            if (target <= 0) {
                // every opportunity skipped: frozen
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
