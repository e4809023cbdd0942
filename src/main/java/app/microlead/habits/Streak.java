package app.microlead.habits;

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
        String u = switch (unit) {
            case DAYS -> length == 1 ? "day" : "days";
            case WEEKS -> length == 1 ? "week" : "weeks";
            case MONTHS -> length == 1 ? "month" : "months";
        };
        return length + " " + u;
    }
}
