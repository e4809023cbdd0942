package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A micro-action the user tracks: from the built-in catalogue ({@code catalogueId}) or their own.
 *
 * @param pillar    the pillar it strengthens, or null for none
 * @param startDate the first day it counts (the day it was added): no day before it can be marked. As the journal
 *                  stores it, it may be later than a check-in that sync brought (see {@link #startingBy}); the
 *                  habits of {@link HabitRow}s and {@link HabitStats} start on the day that counts
 */
public record Habit(long id, String catalogueId, String name, String description, Pillar pillar, Schedule schedule,
                    int sortOrder, boolean archived, LocalDate startDate, String ifThenPlan) {

    public Habit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(t("habits.error.no.name"));
        }
        name = name.strip();
        description = description == null ? "" : description.strip();
        ifThenPlan = ifThenPlan == null ? "" : ifThenPlan.strip();
    }

    /** Whether {@code day} is before this habit's start: it did not exist then, so the day cannot be marked. */
    public boolean startsAfter(LocalDate day) {
        return day.isBefore(startDate);
    }

    /**
     * The first day, as the app's language writes it with the year: "12 March 2025" (German "12. März 2025"); a
     * habit may have started years before the day it is read beside.
     */
    public String startShown() {
        return dayShown(startDate);
    }

    /** The first day without the year ("12 March"), where room is short and the day shown is near it (Today). */
    public String startShownShort() {
        return DateTimeFormatter.ofPattern(t("habits.format.start.short"), I18n.locale()).format(startDate);
    }

    /** A day as {@link #startShown()} writes it. */
    public static String dayShown(LocalDate day) {
        return DateTimeFormatter.ofPattern(t("habits.format.start"), I18n.locale()).format(day);
    }

    /**
     * Why this habit, stored as {@code stored}, cannot start on its start date: it was moved later than its
     * first marked day {@code firstMark} (null: none), which would be left before the start. Empty when it can:
     * an earlier start (a habit kept before it was added), or one up to the first mark.
     */
    public Optional<String> startRefusal(Habit stored, LocalDate firstMark) {
        if (startDate.isAfter(stored.startDate()) && firstMark != null && startsAfter(firstMark)) {
            return Optional.of(t("habits.form.error.start.after.mark", dayShown(firstMark)));
        }
        return Optional.empty();
    }

    /**
     * This habit as it counts, given its first marked day {@code firstMark} (null: none): starting on the earlier
     * of its start date and that day (the rule an archive import applies). A start is never moved past a mark
     * here, but sync can bring one: another computer's marks, not sent yet, on days before the start this
     * computer moved later. Both computers hold the same start and marks once synced, so both count from the
     * same day, and no computer has to write a start of its own for it (which the other's would contradict).
     */
    public Habit startingBy(LocalDate firstMark) {
        return firstMark != null && startsAfter(firstMark) ? withStartDate(firstMark) : this;
    }

    /** Why {@code day} cannot be marked when it is before the start (see {@link #startsAfter}). */
    public String beforeStartRefusal() {
        return t("habits.error.before.start", name, startShown());
    }

    /** Refuses a mark on a day before the start (every path that marks a day asks this). */
    public void checkMarkable(LocalDate day) {
        if (startsAfter(day)) {
            throw new IllegalArgumentException(beforeStartRefusal());
        }
    }

    public Habit withId(long newId) {
        return new Habit(newId, catalogueId, name, description, pillar, schedule, sortOrder, archived, startDate, ifThenPlan);
    }

    public Habit withArchived(boolean a) {
        return new Habit(id, catalogueId, name, description, pillar, schedule, sortOrder, a, startDate, ifThenPlan);
    }

    public Habit withStartDate(LocalDate start) {
        return new Habit(id, catalogueId, name, description, pillar, schedule, sortOrder, archived, start, ifThenPlan);
    }

    public Habit withSortOrder(int order) {
        return new Habit(id, catalogueId, name, description, pillar, schedule, order, archived, startDate, ifThenPlan);
    }
}
