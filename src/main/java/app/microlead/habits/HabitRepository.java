package app.microlead.habits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The habits and their check-ins. */
public interface HabitRepository {

    /** A deleted habit with everything it held, for undo. */
    record Removed(Habit habit, List<CheckIn> checkIns) {
    }

    /**
     * Habits in the user's order; archived ones only when asked for. Each as stored: its start may be after a
     * check-in sync brought ({@link Habit#startingBy}); {@link HabitService}'s rows start as they count.
     */
    List<Habit> habits(boolean includeArchived);

    /** Stores a new habit at the end of the list and returns it with its id. */
    Habit add(Habit habit);

    void update(Habit habit);

    /** Stores the order of the given habits (first = top). */
    void reorder(List<Long> idsInOrder);

    Removed delete(long habitId);

    /** Puts a deleted habit back with the same id and all its check-ins. */
    void restore(Removed removed);

    /** Every check-in of every habit, by habit id and date. */
    Map<Long, Map<LocalDate, CheckIn>> allCheckIns();

    /** Every check-in that has a note, by habit id, then date (what names people in words: not the others). */
    List<CheckIn> checkInsWithNotes();

    /** As {@link #checkInsWithNotes()}, only those dated {@code from} to {@code to}, both included. */
    List<CheckIn> checkInsWithNotes(LocalDate from, LocalDate to);

    /** The done check-ins that have a note, newest first, each given to {@code more} until it answers false. */
    void doneWithNotesNewestFirst(Predicate<CheckIn> more);

    /** Every check-in of every habit as one compact log per habit id (habits without any are left out). */
    Map<Long, CheckInLog> checkInLogs();

    Map<LocalDate, CheckIn> checkIns(long habitId);

    /**
     * A number that changes whenever anything in the journal was written (by any repository); equal
     * numbers mean the habits and check-ins read in between are still current.
     */
    long version();

    /**
     * Marks a day (insert or replace). A day before the habit's start as it counts ({@link Habit#startingBy}
     * its first check-in) is refused with an {@link IllegalArgumentException} ({@link Habit#checkMarkable}), and
     * so is a habit that is not there.
     */
    void setCheckIn(CheckIn checkIn);

    /**
     * Stores a check-in as another copy of this journal holds it (sync), even one before its habit's stored
     * start (another computer's mark, made before this one's later start reached it): the copies stay alike,
     * and the habit then counts from that day ({@link Habit#startingBy}). Not for a day a user marks, nor for
     * an import ({@link #setCheckIn}).
     */
    void copyCheckIn(CheckIn checkIn);

    /** Leaves a day empty again. */
    void clearCheckIn(long habitId, LocalDate date);

    /** A flag kept in the journal (e.g. that onboarding was done). */
    boolean flag(String key);

    void setFlag(String key);
}
