package app.microlead.journal;

import java.time.LocalDate;

/** What lists and calendars need of a day, without loading its whole text. */
public record EntrySummary(LocalDate date, Integer mood, Integer energy, int wordCount, String preview) {
}
