package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HabitMathTest {

    private static final double M_DAILY = Math.pow(0.5, 1.0 / 13.0);

    /** Day states from a pattern: x done, s skipped, . empty; the last character is today. */
    static DayStates pattern(LocalDate start, String p) {
        byte[] b = new byte[p.length()];
        for (int i = 0; i < p.length(); i++) {
            b[i] = switch (p.charAt(i)) {
                case 'x' -> DayStates.DONE;
                case 's' -> DayStates.SKIPPED;
                default -> DayStates.EMPTY;
            };
        }
        return new DayStates(start, b);
    }

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    // --- strength ------------------------------------------------------------------------------

    @Test
    void dailyMultiplierIsHalfToTheOneThirteenth() {
        assertThat(HabitMath.multiplier(1)).isCloseTo(0.94808, within(1e-5));
        assertThat(HabitMath.multiplier(3.0 / 7)).isCloseTo(Math.pow(0.5, Math.sqrt(3.0 / 7) / 13), within(1e-12));
    }

    @Test
    void thirtyPerfectDaysMakeAboutEightyPercent() {
        double[] c = HabitMath.strengthCurve(Schedule.daily(), pattern(MONDAY, "x".repeat(30)));
        // 1 - m^30 = 1 - 0.5^(30/13) = 0.7981
        assertThat(c[29]).isCloseTo(1 - Math.pow(0.5, 30.0 / 13), within(1e-9)).isCloseTo(0.80, within(0.01));
    }

    @Test
    void aSkipLeavesStrengthExactlyUnchanged() {
        double[] c = HabitMath.strengthCurve(Schedule.daily(), pattern(MONDAY, "xxxxsx"));
        assertThat(c[4]).isEqualTo(c[3]);
        assertThat(c[5]).isCloseTo(c[3] * M_DAILY + (1 - M_DAILY), within(1e-12));
    }

    @Test
    void aMissMultipliesStrengthByM() {
        double[] c = HabitMath.strengthCurve(Schedule.daily(), pattern(MONDAY, "xxxxx.x"));
        assertThat(c[5]).isCloseTo(c[4] * M_DAILY, within(1e-12));
    }

    @Test
    void todayStillEmptyDoesNotLowerStrength() {
        double[] c = HabitMath.strengthCurve(Schedule.daily(), pattern(MONDAY, "xxxx."));
        assertThat(c[4]).isEqualTo(c[3]);
    }

    @Test
    void threeTimesAWeekMetEveryWeekKeepsValueOne() {
        // Mon, Wed, Fri done for four weeks: every 7-day window holds 3 done days once the first week is in
        String week = "x.x.x..";
        DayStates d = pattern(MONDAY, week.repeat(4));
        double[] c = HabitMath.strengthCurve(Schedule.perWeek(3), d);
        double m = HabitMath.multiplier(3.0 / 7);
        // recompute by hand with the window rule: the target is 3, or fewer while the habit is younger
        // than 3 days; the last day is today and still empty, so it carries the score
        double expected = 0;
        String all = week.repeat(4);
        for (int i = 0; i < all.length() - 1; i++) {
            int done = 0;
            for (int k = Math.max(0, i - 6); k <= i; k++) {
                done += all.charAt(k) == 'x' ? 1 : 0;
            }
            expected = expected * m + Math.min(1.0, done / (double) Math.min(3, i + 1)) * (1 - m);
        }
        assertThat(c[c.length - 1]).isCloseTo(expected, within(1e-12));
        // from day 5 of week 1 on, every window is met: value 1 each day
        assertThat(c[10]).isCloseTo(c[9] * m + (1 - m), within(1e-12));
    }

    @Test
    void weekdayHabitOnlyCountsItsWeekdays() {
        Schedule mwf = Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        double[] done = HabitMath.strengthCurve(mwf, pattern(MONDAY, "x.x.x..x.x.x.."));
        double[] extra = HabitMath.strengthCurve(mwf, pattern(MONDAY, "xxxxxxxxxxxxxx"));
        // doing it on other days as well changes nothing
        assertThat(extra[13]).isCloseTo(done[13], within(1e-12));
        assertThat(done[13]).isGreaterThan(0.3);
    }

    // --- streaks -------------------------------------------------------------------------------

    @ParameterizedTest(name = "daily {0} -> current {1}, best {2}")
    @CsvSource({
        "xxxx, 4, 4",
        "xxx., 3, 3",          // today still open
        "xx.x, 1, 2",
        "xxsxx, 4, 4",         // skip freezes
        "xx..xxx, 3, 3",
        "xxxxx..xx, 2, 5",
        "...., 0, 0",
        "ssss, 0, 0",
        "xx.., 0, 2"
    })
    void dailyStreaks(String p, int current, int best) {
        List<Streak> all = HabitMath.streaks(Schedule.daily(), pattern(MONDAY, p));
        assertThat(all.get(all.size() - 1).length()).isEqualTo(current);
        assertThat(HabitMath.best(all, 1).stream().mapToInt(Streak::length).findFirst().orElse(0)).isEqualTo(best);
    }

    @Test
    void dailyStreakCrossesMonthAndYearBoundaries() {
        DayStates d = pattern(LocalDate.parse("2025-12-29"), "xxxxxxx");
        Streak s = HabitMath.streaks(Schedule.daily(), d).get(0);
        assertThat(s.start()).isEqualTo(LocalDate.parse("2025-12-29"));
        assertThat(s.end()).isEqualTo(LocalDate.parse("2026-01-04"));
        assertThat(s.length()).isEqualTo(7);
    }

    @Test
    void weekdayStreakIgnoresOtherDays() {
        Schedule mwf = Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        // Mon..Sun twice; all M/W/F done, nothing else
        List<Streak> all = HabitMath.streaks(mwf, pattern(MONDAY, "x.x.x..x.x.x.."));
        assertThat(all.get(all.size() - 1).length()).isEqualTo(6);
        // a missed Wednesday breaks it
        List<Streak> broken = HabitMath.streaks(mwf, pattern(MONDAY, "x...x..x.x.x.."));
        assertThat(broken.get(broken.size() - 1).length()).isEqualTo(4);
        assertThat(HabitMath.best(broken, 5)).extracting(Streak::length).containsExactly(4, 1);
    }

    @ParameterizedTest(name = "3/week {0} -> current {1} weeks")
    @CsvSource({
        // weeks from Monday 2 March 2026; the last week is the current one
        "'x.x.x..|xx.x...|x......', 2",    // current week not met yet: still open
        "'x.x.x..|x......|xxx....', 1",    // week 2 missed
        "'x.x.x..|ssss.x.|xxx', 1",        // week 2: three days of opportunity left, one done -> missed
        "'x.x.x..|sssssss|xxx', 2",        // week 2: no opportunity at all -> frozen, neither adds nor breaks
        "'x.x.x..|xxx....|xxx....', 3"
    })
    void perWeekStreakCountsMetWeeks(String weeks, int current) {
        DayStates d = pattern(MONDAY, weeks.replace("|", ""));
        List<Streak> all = HabitMath.streaks(Schedule.perWeek(3), d);
        Streak last = all.get(all.size() - 1);
        assertThat(last.unit()).isEqualTo(Streak.Unit.WEEKS);
        assertThat(last.length()).isEqualTo(current);
    }

    @Test
    void perWeekStreakCrossesTheYearWithIsoWeeks() {
        // ISO week 1 of 2026 starts Monday 29 Dec 2025
        DayStates d = pattern(LocalDate.parse("2025-12-22"), "xx.....xx.....xx");
        List<Streak> all = HabitMath.streaks(Schedule.perWeek(2), d);
        Streak s = all.get(all.size() - 1);
        assertThat(s.length()).isEqualTo(3);
        assertThat(s.start()).isEqualTo(LocalDate.parse("2025-12-22"));
    }

    @Test
    void perMonthStreakUsesCalendarMonths() {
        // 2 a month: Jan done twice, Feb done twice (28 days), March (current) once so far
        String jan = "xx" + ".".repeat(29);
        String feb = ".".repeat(26) + "xx";
        String mar = "x....";
        DayStates d = pattern(LocalDate.parse("2026-01-01"), jan + feb + mar);
        List<Streak> all = HabitMath.streaks(Schedule.perMonth(2), d);
        Streak s = all.get(all.size() - 1);
        assertThat(s.unit()).isEqualTo(Streak.Unit.MONTHS);
        assertThat(s.length()).isEqualTo(2);
        assertThat(s.end()).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    // --- completion rates ----------------------------------------------------------------------

    @Test
    void dailyRateIgnoresSkipsAndTodayWhileOpen() {
        // 10 days: 6 done, 2 skipped, 1 missed, today open -> 6 / 7
        DayStates d = pattern(MONDAY, "xxsxsxx.x.");
        assertThat(HabitMath.completionRate(Schedule.daily(), d, 30).getAsDouble()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void rateOnlyLooksAtTheLastNDays() {
        DayStates d = pattern(MONDAY, ".".repeat(40) + "x".repeat(30));
        assertThat(HabitMath.completionRate(Schedule.daily(), d, 30).getAsDouble()).isEqualTo(1.0);
        assertThat(HabitMath.completionRate(Schedule.daily(), d, 365).getAsDouble()).isCloseTo(30.0 / 70, within(1e-12));
    }

    @Test
    void perWeekRateComparesWithTheExpectedCountAndCapsAtOne() {
        DayStates twoWeeks = pattern(MONDAY, "x.x....x.x.....");
        // 15 days, none skipped, today (last) open -> 14 eligible days, expected 3/7*14 = 6, done 4
        assertThat(HabitMath.completionRate(Schedule.perWeek(3), twoWeeks, 30).getAsDouble())
                .isCloseTo(4.0 / 6, within(1e-12));
        DayStates tooMuch = pattern(MONDAY, "x".repeat(14));
        assertThat(HabitMath.completionRate(Schedule.perWeek(3), tooMuch, 30).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void noOpportunityMeansNoRate() {
        assertThat(HabitMath.completionRate(Schedule.daily(), pattern(MONDAY, "ss."), 30)).isEmpty();
    }
}
