package app.microlead.insights;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Mood and energy over time: one point per ISO week (Monday to Sunday) from the week holding
 * {@code from} to the week holding {@code to}, each the mean of the week's days that were rated, with
 * the number of those days.
 */
public record MoodTrend(List<Week> weeks) {

    /** What the chart shows, in a sentence. */
    public static String explained() {
        return t("insights.mood.trend.explained");
    }

    /** Why there is no chart yet, and what to do. */
    public static String empty() {
        return t("insights.mood.trend.empty");
    }

    public record Week(LocalDate monday, OptionalDouble mood, int moodDays, OptionalDouble energy, int energyDays) {
    }

    public static MoodTrend weekly(List<DayMood> days, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new MoodTrend(List.of());
        }
        LocalDate first = Series.monday(from);
        int n = (int) ((Series.monday(to).toEpochDay() - first.toEpochDay()) / 7) + 1;
        int[] moodSum = new int[n];
        int[] moodDays = new int[n];
        int[] energySum = new int[n];
        int[] energyDays = new int[n];
        for (DayMood d : days) {
            if (d.date().isBefore(from) || d.date().isAfter(to)) {
                continue;
            }
            int w = (int) ((d.date().toEpochDay() - first.toEpochDay()) / 7);
            if (d.mood() != null) {
                moodSum[w] += d.mood();
                moodDays[w]++;
            }
            if (d.energy() != null) {
                energySum[w] += d.energy();
                energyDays[w]++;
            }
        }
        List<Week> out = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            out.add(new Week(first.plusWeeks(w), avg(moodSum[w], moodDays[w]), moodDays[w],
                    avg(energySum[w], energyDays[w]), energyDays[w]));
        }
        return new MoodTrend(List.copyOf(out));
    }

    private static OptionalDouble avg(int sum, int n) {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
    }

    /** True when no day in the range was rated. */
    public boolean isEmpty() {
        return weeks.stream().allMatch(w -> w.moodDays() == 0 && w.energyDays() == 0);
    }
}
