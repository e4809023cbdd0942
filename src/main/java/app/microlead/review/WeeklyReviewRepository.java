package app.microlead.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Saved weekly reviews, one per week (keyed by the week's last day). */
public interface WeeklyReviewRepository {

    Optional<WeeklyReview> find(LocalDate weekEnd);

    /** Every review, newest week first. */
    List<WeeklyReview> all();

    /** Reviews whose week ends between the two dates (inclusive), oldest first. */
    List<WeeklyReview> between(LocalDate from, LocalDate to);

    /** Inserts or replaces the week's review (created time kept); returns it as stored. */
    WeeklyReview save(WeeklyReview review);

    /** Puts a review back exactly as given (archive import). */
    void restore(WeeklyReview review);

    /** The review whose commitment is the focus on {@code date} (its week ended in the seven days before). */
    default Optional<WeeklyReview> focusOn(LocalDate date) {
        return between(date.minusDays(7), date.minusDays(1)).stream()
                .filter(r -> r.isFocusOn(date) && !r.commitment().isEmpty())
                .reduce((a, b) -> b);
    }
}
