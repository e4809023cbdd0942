package app.microlead.insights;

import app.microlead.journal.Entry;
import app.microlead.journal.EntrySummary;
import java.time.LocalDate;
import java.util.Objects;

/** A written day with its mood and energy (1–5, null when not given). */
public record DayMood(LocalDate date, Integer mood, Integer energy) {

    public DayMood {
        Objects.requireNonNull(date, "date");
    }

    public static DayMood of(Entry e) {
        return new DayMood(e.date(), e.mood(), e.energy());
    }

    public static DayMood of(EntrySummary s) {
        return new DayMood(s.date(), s.mood(), s.energy());
    }
}
