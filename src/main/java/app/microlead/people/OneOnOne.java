package app.microlead.people;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.util.Objects;

/** A 1:1 meeting with a person: its day, the talking points, notes and follow-ups. */
public record OneOnOne(long id, long personId, LocalDate date, String talkingPoints, String notes, String followUps) {

    public static final int MAX_SHORT = 4000;
    public static final int MAX_NOTES = 100_000;

    public OneOnOne {
        Objects.requireNonNull(date, "date");
        talkingPoints = talkingPoints == null ? "" : talkingPoints.strip();
        notes = notes == null ? "" : notes.strip();
        followUps = followUps == null ? "" : followUps.strip();
        if (talkingPoints.length() > MAX_SHORT || followUps.length() > MAX_SHORT) {
            throw new IllegalArgumentException(t("people.error.one.on.one.too.long", MAX_SHORT));
        }
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException(t("people.error.one.on.one.too.long", MAX_NOTES));
        }
    }
}
