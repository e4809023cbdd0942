package app.microlead.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The journal's reflections, one per day. */
public interface JournalRepository {

    Optional<Entry> find(LocalDate date);

    /**
     * Stores the day (insert or replace), stamping its times; a blank entry removes the day instead.
     * Returns what is now stored, or empty when the day was blank.
     */
    Optional<Entry> save(Entry entry);

    /** Removes the day and returns what it held (for undo). */
    Optional<Entry> delete(LocalDate date);

    /** Puts back an entry exactly as it was, times included (undo of a delete, imports). */
    void restore(Entry entry);

    /** Every day written, newest first. */
    List<EntrySummary> summaries();

    /** The days written in one month, oldest first. */
    List<EntrySummary> month(YearMonth month);

    /** Days with the same month and day as {@code date} in earlier years, newest first. */
    List<EntrySummary> onThisDay(LocalDate date);

    /** Every day written, oldest first. */
    List<LocalDate> dates();

    /** Every tag in use, most used first. */
    List<String> tags();

    /** Hands every entry to {@code sink}, oldest first, reading in batches (for the search index). */
    void forEachEntry(Consumer<Entry> sink);

    /** Like {@link #forEachEntry(Consumer)}, for the days from {@code from} to {@code to} inclusive. */
    void forEachEntry(LocalDate from, LocalDate to, Consumer<Entry> sink);

    int count();

    /**
     * For every day written, a stamp that changes whenever the day is written (saved, restored), so a
     * reader that keeps something worked out from each day can read again only the days whose stamp
     * changed, and drop the days that are gone. Reads no text.
     */
    Map<LocalDate, DayStamp> stamps();

    /**
     * The version of the days as they are now: it changes with every save, restore and delete of a day,
     * so something built from the days (the search index kept on disk) can tell in one read that nothing
     * changed since.
     */
    String version();

    /**
     * How many writes to the journal finished that were not writes of days through this repository (the
     * database's count of writes less those): while it stays the same, only days were written (or
     * nothing), so what was read from other tables is still current. A write of days inside a larger
     * transaction counts as another write.
     */
    long writesBesidesDays();

    /**
     * What tells one written state of a day from another: when it was last changed, its word count, and
     * how often this repository has written the day (so two writes within one tick of the clock, or
     * under a stopped clock, still differ).
     */
    record DayStamp(Instant updatedAt, int wordCount, long writes) {
    }
}
