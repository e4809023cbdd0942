package app.microlead.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the prompts of a day. The default rotates through the library; a later strategy may lean
 * towards the user's weakest pillar. A strategy must be deterministic for the same input.
 */
public interface PromptStrategy {

    /**
     * @param pool    the prompts that may be shown
     * @param recent  prompt ids shown on earlier days (at least the last {@link #NO_REPEAT_DAYS} days)
     * @param exclude ids that must not be chosen (the ones on screen when shuffling or skipping)
     * @param count   how many to choose
     * @param salt    varies the choice for the same day (0 for the day's first choice)
     */
    List<Chosen> choose(LocalDate date, List<Prompt> pool, Map<LocalDate, List<String>> recent, Set<String> exclude,
                        int count, long salt);

    /**
     * A prompt this strategy made up for a day (not in the library), looked up again when the day is
     * reopened; the default strategy makes none.
     */
    default Optional<Prompt> resolve(String id, LocalDate date) {
        return Optional.empty();
    }

    /** A prompt must not come back within this many days. */
    int NO_REPEAT_DAYS = 14;

    /** A chosen prompt and why it was chosen (empty when there is nothing to say). */
    record Chosen(Prompt prompt, String reason) {
    }
}
