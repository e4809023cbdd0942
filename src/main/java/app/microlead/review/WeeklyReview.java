package app.microlead.review;

import app.microlead.common.I18n;
import app.microlead.habits.Catalogue;
import java.time.Instant;
import java.time.LocalDate;

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
        return I18n.range(end.minusDays(6), end, "review.format.day");
    }

    /**
     * The micro-action chosen for next week as the app shows it: a micro-action of the catalogue under its name in
     * the app's language (a review saved in English kept the English name in the German app), any other as written.
     * For showing (the app, the PDF and Markdown exports): what is stored, synced and archived stays as written.
     */
    public String nextActionShown() {
        return Catalogue.nameInAppLanguage(nextAction);
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
