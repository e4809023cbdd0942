package app.microlead.assessment;

import java.time.Instant;

/** One sitting of the self-assessment; it counts only once finished. */
public record Session(long id, Instant startedAt, Instant finishedAt, String bankId, String bankVersion, int position,
                     Answers answers, Long planHabitId, String planText) {

    public boolean finished() {
        return finishedAt != null;
    }
}
