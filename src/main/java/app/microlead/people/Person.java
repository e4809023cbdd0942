package app.microlead.people;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone the user leads: a name, optional role, team, start date and a note on what they hope for,
 * how often the user wants a 1:1 with them, whether they are archived (kept, hidden from the roster),
 * the day they were added, and whether attention nudges about them are off or snoozed until a day.
 */
public record Person(long id, String name, String role, String team, LocalDate startDate, String hopes,
                     Cadence cadence, boolean archived, LocalDate addedOn, boolean nudgesOff,
                     LocalDate snoozedUntil) {

    public static final int MAX_NAME = 200;
    public static final int MAX_FIELD = 200;
    public static final int MAX_HOPES = 2000;

    /** How often the user wants a 1:1 with the person. */
    public enum Cadence {
        NONE(0), WEEKLY(7), BIWEEKLY(14), MONTHLY(31);

        private final int days;

        Cadence(int days) {
            this.days = days;
        }

        /** The longest gap between two 1:1s this cadence allows (0 for none). */
        public int days() {
            return days;
        }

        public String label() {
            return t("people.cadence." + name().toLowerCase(Locale.ROOT));
        }
    }

    public Person {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        role = role == null ? "" : role.strip();
        team = team == null ? "" : team.strip();
        hopes = hopes == null ? "" : hopes.strip();
        cadence = cadence == null ? Cadence.NONE : cadence;
        Objects.requireNonNull(addedOn, "addedOn");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(t("people.error.name.empty"));
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(t("people.error.name.too.long", MAX_NAME));
        }
        if (role.length() > MAX_FIELD || team.length() > MAX_FIELD) {
            throw new IllegalArgumentException(t("people.error.field.too.long", MAX_FIELD));
        }
        if (hopes.length() > MAX_HOPES) {
            throw new IllegalArgumentException(t("people.error.hopes.too.long", MAX_HOPES));
        }
    }

    /** A new person (not yet stored) added on {@code today}; an {@code @} written before the name is left out. */
    public static Person named(String name, LocalDate today) {
        String typed = name == null ? "" : name.strip().replaceFirst("^@+", "");
        return new Person(0, checkTyped(typed), "", "", null, "", Cadence.NONE, false, today, false, null);
    }

    /**
     * {@code typed} if it can be a name the user gives someone: one that mentions can find, so with at
     * least one letter or digit (a name of spaces that are not spaces, an emoji or dashes only is
     * refused, saying what to write). Names stored or brought in earlier are not checked again.
     */
    public static String checkTyped(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (!name.isEmpty() && name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException(t("people.error.name.no.letters"));
        }
        return name;
    }

    public Person withName(String newName) {
        return new Person(id, newName, role, team, startDate, hopes, cadence, archived, addedOn, nudgesOff, snoozedUntil);
    }

    public Person withArchived(boolean a) {
        return new Person(id, name, role, team, startDate, hopes, cadence, a, addedOn, nudgesOff, snoozedUntil);
    }

    public Person withCadence(Cadence c) {
        return new Person(id, name, role, team, startDate, hopes, c, archived, addedOn, nudgesOff, snoozedUntil);
    }

    public Person withNudges(boolean off, LocalDate until) {
        return new Person(id, name, role, team, startDate, hopes, cadence, archived, addedOn, off, until);
    }

    /** The day attention is counted from when nothing happened yet: the start date, or the day added. */
    public LocalDate knownSince() {
        return startDate != null && startDate.isAfter(addedOn) ? startDate : addedOn;
    }
}
