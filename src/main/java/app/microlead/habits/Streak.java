package app.microlead.habits;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;

/** A run of met days (daily and weekday habits) or met weeks/months (X-per-period habits). */
public record Streak(LocalDate start, LocalDate end, int length, Unit unit) {

    public enum Unit { DAYS, WEEKS, MONTHS }

    public static Streak none(Unit unit) {
        return new Streak(null, null, 0, unit);
    }

    /** "12 days", "1 week", "3 months"; "–" when there is no streak. */
    public String describe() {
        if (length == 0) {
            return "–";
        }
        return switch (unit) {
            case DAYS -> t("habits.streak.days", length);
            case WEEKS -> t("habits.streak.weeks", length);
            case MONTHS -> t("habits.streak.months", length);
        };
    }
}
