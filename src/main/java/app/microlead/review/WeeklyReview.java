package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A saved weekly review: the week is the seven days ending on {@code weekEnd}; the commitment is the
 * focus for the week after it.
 *
 * @param nextAction the name of the micro-action chosen for next week, or empty
 */
public record WeeklyReview(LocalDate weekEnd, String wentWell, String differently, String nextAction,
                           String commitment, Instant createdAt, Instant updatedAt) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_COMMITMENT = 1000;

    public WeeklyReview {
        wentWell = clean(wentWell);
        differently = clean(differently);
        nextAction = clean(nextAction);
        commitment = clean(commitment);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * "21 – 27 November 2026", "28 December 2026 – 3 January 2027" for a week ending on {@code end}
     * (in German "21. – 27. November 2026").
     */
    public static String title(LocalDate end) {
        LocalDate start = end.minusDays(6);
        DateTimeFormatter full = pattern("review.format.day");
        String from = start.getYear() != end.getYear() ? full.format(start)
                : start.getMonth() != end.getMonth() ? pattern("review.format.day.month").format(start)
                : pattern("review.format.day.only").format(start);
        return t("review.week.range", from, full.format(end));
    }

    private static DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(t(key), I18n.locale());
    }

    public LocalDate weekStart() {
        return weekEnd.minusDays(6);
    }

    /** True when the review holds nothing a user wrote. */
    public boolean isBlank() {
        return wentWell.isEmpty() && differently.isEmpty() && nextAction.isEmpty() && commitment.isEmpty();
    }

    /** Whether this review's commitment is the focus on {@code date}: the seven days after its week. */
    public boolean isFocusOn(LocalDate date) {
        return date.isAfter(weekEnd) && !date.isAfter(weekEnd.plusDays(7));
    }
}
