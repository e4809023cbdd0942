package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of strength, streaks and rates that involve skips, weekday schedules, the open day
 * (today) and period windows. Expected values are computed by hand or by a naive re-statement of the
 * rule in the test, never read back from the implementation.
 */
class HabitMathRulesTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final Schedule MWF = Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    /** x done, s skipped, anything else empty; '|' is ignored (it only marks weeks for the reader). */
    static DayStates days(LocalDate start, String p) {
        String q = p.replace("|", "");
        byte[] b = new byte[q.length()];
        for (int i = 0; i < q.length(); i++) {
            b[i] = q.charAt(i) == 'x' ? DayStates.DONE : q.charAt(i) == 's' ? DayStates.SKIPPED : DayStates.EMPTY;
        }
        return new DayStates(start, b);
    }

    private static Streak current(Schedule s, DayStates d) {
        List<Streak> all = HabitMath.streaks(s, d);
        return all.get(all.size() - 1);
    }

    // --- X per period: skipped days are days without an opportunity ----------------------------

    @Test
    void threeAWeekWithTheOtherDaysSkippedGrowsLikeAPerfectHabit() {
        // done Mon, Wed, Fri; every other day marked "no opportunity": 12 done days, each meets its window
        double[] c = HabitMath.strengthCurve(Schedule.perWeek(3), days(MONDAY, "xsxsxss".repeat(4)));
        double m = Math.pow(0.5, Math.sqrt(3.0 / 7) / 13);
        assertThat(c[c.length - 1]).isCloseTo(1 - Math.pow(m, 12), within(1e-12));
    }

    @ParameterizedTest(name = "3/week {0} -> current {1} weeks")
    @CsvSource({
        "'xsxsxss|xsxsxss|xsxsxss|x', 3",   // other days skipped: every week met, current week still open
        "'x.x.x..|sssssxx|xxx', 3",         // two days of opportunity left: two done meets the week
        "'x.x.x..|ssss.x.|xxx', 1",         // three days of opportunity, one done: the week is missed
        "'x.x.x..|sssssss|xxx', 2",         // a week with no opportunity at all freezes the streak
        "'x.x.x..|x.x.x..|sssssss', 2"      // the same when it is the current week
    })
    void skippedDaysShrinkAWeeksTargetOnlyWhenFewerDaysThanTheTargetRemain(String weeks, int expected) {
        assertThat(current(Schedule.perWeek(3), days(MONDAY, weeks)).length()).isEqualTo(expected);
    }

    @Test
    void aHabitStartedOnFridayCanMeetItsFirstWeekInTheDaysLeft() {
        // starts Friday 6 March: Fri-Sun are the first week's only days; two done of "2 a week" meets it
        DayStates d = days(LocalDate.parse("2026-03-06"), ".xx|x.x....|.");
        Streak s = current(Schedule.perWeek(2), d);
        assertThat(s.length()).isEqualTo(2);
        assertThat(s.start()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(s.end()).isEqualTo(LocalDate.parse("2026-03-15"));
    }

    @Test
    void weeklyStreakRunsThroughIsoWeek53AndIntoTheNewYear() {
        // 2026 has 53 ISO weeks: W52 starts Mon 21 Dec, W53 Mon 28 Dec, 2027-W01 Mon 4 Jan
        DayStates d = days(LocalDate.parse("2026-12-21"), "x.x....|....x.x|xx.....|.");
        Streak s = current(Schedule.perWeek(2), d);
        assertThat(s.length()).isEqualTo(3);
        assertThat(s.end()).isEqualTo(LocalDate.parse("2027-01-10"));
    }

    @Test
    void monthlyStreakHandlesALeapFebruaryAndAMonthOfSkips() {
        // 2 a month from 1 Jan 2028: Jan met, Feb (29 days) all skipped, Mar met, Apr missed, May open
        String jan = "x.x" + ".".repeat(28);
        String feb = "s".repeat(29);
        String mar = ".".repeat(29) + "xx";
        String apr = "x" + ".".repeat(29);
        DayStates d = days(LocalDate.parse("2028-01-01"), jan + feb + mar + apr + "x");
        List<Streak> all = HabitMath.streaks(Schedule.perMonth(2), d);
        assertThat(HabitMath.best(all, 5)).extracting(Streak::length).containsExactly(2);
        assertThat(HabitMath.best(all, 5).get(0).end()).isEqualTo(LocalDate.parse("2028-03-31"));
        assertThat(all.get(all.size() - 1).length()).isZero(); // May not met yet, April broke it
    }

    // --- X per period strength against a naive restatement of the rule -------------------------

    /**
     * The rule, written out day by day: the window is the period's length ending that day (clipped
     * at the start); the target is min(times, non-skipped days in the window); a skipped day, an
     * empty today and a window without opportunities leave the score as it was.
     */
    static double naivePeriodStrength(int times, int window, String p, boolean lastDayIsToday) {
        double m = Math.pow(0.5, Math.sqrt((double) times / window) / 13);
        double score = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == 's' || (lastDayIsToday && i == p.length() - 1 && c != 'x')) {
                continue;
            }
            int done = 0;
            int open = 0;
            for (int k = Math.max(0, i - window + 1); k <= i; k++) {
                done += p.charAt(k) == 'x' ? 1 : 0;
                open += p.charAt(k) == 's' ? 0 : 1;
            }
            int target = Math.min(times, open);
            if (target > 0) {
                score = score * m + Math.min(1.0, (double) done / target) * (1 - m);
            }
        }
        return score;
    }

    static Stream<Arguments> randomPeriodHabits() {
        Random r = new Random(42);
        return Stream.of(Schedule.perWeek(1), Schedule.perWeek(3), Schedule.perWeek(7), Schedule.perMonth(1),
                Schedule.perMonth(4), Schedule.perMonth(12)).flatMap(s -> Stream.of(0.2, 0.5, 0.9).map(share -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < 400; i++) {
                        double x = r.nextDouble();
                        b.append(x < share ? 'x' : x > 0.93 ? 's' : '.');
                    }
                    return Arguments.of(s, b.toString());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomPeriodHabits")
    void periodStrengthFollowsTheRollingWindowRuleEveryDay(Schedule s, String p) {
        double[] c = HabitMath.strengthCurve(s, days(MONDAY, p));
        for (int end = 1; end <= p.length(); end += 37) {
            assertThat(c[end - 1]).as("day %d", end - 1)
                    .isCloseTo(naivePeriodStrength(s.times(), s.periodDays(), p.substring(0, end), false), within(1e-9));
        }
        assertThat(c[p.length() - 1]).isCloseTo(naivePeriodStrength(s.times(), s.periodDays(), p, true), within(1e-9));
    }

    @Test
    void monthlyWindowIsThirtyDays() {
        // one done on day 0 of a 1-a-month habit: met for days 0..29, not on day 30
        String p = "x" + ".".repeat(30) + "x";
        double[] c = HabitMath.strengthCurve(Schedule.perMonth(1), days(MONDAY, p));
        double m = Math.pow(0.5, Math.sqrt(1.0 / 30) / 13);
        assertThat(c[29]).isCloseTo(1 - Math.pow(m, 30), within(1e-12));
        assertThat(c[30]).isCloseTo(c[29] * m, within(1e-12));
    }

    // --- weekday schedules: only scheduled days move the score --------------------------------

    @Test
    void weekdayHabitChangesOnlyOnItsDaysAndAMissMultipliesByItsFactor() {
        // per scheduled day the factor is 0.5^(sqrt(7/k)/13), so a week decays like a k-a-week habit's
        double mw = Math.pow(0.5, Math.sqrt(7.0 / 3) / 13);
        double[] c = HabitMath.strengthCurve(MWF, days(MONDAY, "x.x.x..|x...x..|x"));
        assertThat(c[0]).isCloseTo(1 - mw, within(1e-12));
        assertThat(c[1]).isEqualTo(c[0]);                           // Tuesday is not a day of this habit
        assertThat(c[6]).isCloseTo(1 - Math.pow(mw, 3), within(1e-12));
        assertThat(c[9]).isCloseTo(c[8] * mw, within(1e-12));     // missed Wednesday
        assertThat(c[13]).isEqualTo(c[11]);                        // weekend carries Friday's score
        assertThat(mw * mw * mw).isCloseTo(Math.pow(Math.pow(0.5, Math.sqrt(3.0 / 7) / 13), 7), within(1e-12));
    }

    @Test
    void aWeekdayScheduleWithAllSevenDaysIsExactlyADailyHabit() {
        Schedule all = Schedule.weekdays(DayOfWeek.values());
        Random r = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            b.append("x.sx".charAt(r.nextInt(4)));
        }
        DayStates d = days(MONDAY, b.toString());
        assertThat(HabitMath.strengthCurve(all, d)).containsExactly(HabitMath.strengthCurve(Schedule.daily(), d));
        assertThat(HabitMath.streaks(all, d)).isEqualTo(HabitMath.streaks(Schedule.daily(), d));
    }

    // --- today is still open ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"daily", "week:3", "month:4", "weekdays:MON,TUE,WED,THU,FRI,SAT,SUN"})
    void anEmptyTodayLeavesStrengthAsItWasYesterday(String schedule) {
        double[] c = HabitMath.strengthCurve(Schedule.parse(schedule), days(MONDAY, "x.x.x..|x.x.x..|x."));
        assertThat(c[c.length - 1]).isEqualTo(c[c.length - 2]);
    }

    @Test
    void dailyStreakRunsOverTheEndOfFebruaryAndASkip() {
        DayStates d = days(LocalDate.parse("2026-02-26"), "xxsxx.");  // 26, 27, (28 skipped), 1 Mar, 2 Mar, today
        Streak s = current(Schedule.daily(), d);
        assertThat(s.length()).isEqualTo(4);
        assertThat(s.start()).isEqualTo(LocalDate.parse("2026-02-26"));
        assertThat(s.end()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    // --- completion rates ---------------------------------------------------------------------

    @Test
    void weekdayRateCountsOnlyScheduledDaysThatWereOpportunities() {
        // two weeks of M/W/F: a missed Wednesday, a skipped Friday, work on Tuesday does not count
        DayStates d = days(MONDAY, "xxx.x..|x...s..");
        // opportunities: 6 scheduled days - 1 skipped = 5; done on 4 of them (Mon, Wed, Fri, Mon)
        assertThat(HabitMath.completionRate(MWF, d, 30).getAsDouble()).isCloseTo(4.0 / 5, within(1e-12));
    }
}
