package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often a habit is meant to happen: every day, on chosen weekdays, X times a week, or X times a
 * month. As in Loop Habit Tracker it is a numerator over a denominator of days: 1/1, k/7, X/7, X/30.
 */
public record Schedule(Kind kind, int times, Set<DayOfWeek> days) {

    public enum Kind { DAILY, WEEKDAYS, PER_WEEK, PER_MONTH }

    public Schedule {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        switch (kind) {
            case DAILY -> times = 1;
            case WEEKDAYS -> {
                if (days.isEmpty()) {
                    throw new IllegalArgumentException(t("habits.schedule.error.no.weekday"));
                }
                times = days.size();
            }
            case PER_WEEK -> {
                if (times < 1 || times > 7) {
                    throw new IllegalArgumentException(t("habits.schedule.error.week", times));
                }
            }
            case PER_MONTH -> {
                if (times < 1 || times > 31) {
                    throw new IllegalArgumentException(t("habits.schedule.error.month", times));
                }
            }
            default -> throw new IllegalArgumentException("Unknown schedule " + kind);
        }
    }

    public static Schedule daily() {
        return new Schedule(Kind.DAILY, 1, Set.of());
    }

    public static Schedule weekdays(DayOfWeek... days) {
        return new Schedule(Kind.WEEKDAYS, days.length, EnumSet.copyOf(Arrays.asList(days)));
    }

    public static Schedule perWeek(int times) {
        return new Schedule(Kind.PER_WEEK, times, Set.of());
    }

    public static Schedule perMonth(int times) {
        return new Schedule(Kind.PER_MONTH, times, Set.of());
    }

    /** The length of the schedule's window in days (the denominator). */
    public int periodDays() {
        return switch (kind) {
            case DAILY -> 1;
            case WEEKDAYS, PER_WEEK -> 7;
            case PER_MONTH -> 30;
        };
    }

    /** Check-ins per day the schedule asks for (1 for daily, 3/7 for three times a week). */
    public double frequency() {
        return (double) times / periodDays();
    }

    /** Whether the habit is due on a day of this weekday (always, except for the weekday kind). */
    public boolean isScheduledOn(DayOfWeek d) {
        return kind != Kind.WEEKDAYS || days.contains(d);
    }

    /** The compact form stored in the database: daily, weekdays:MON,WED, week:3, month:4. */
    public String format() {
        return switch (kind) {
            case DAILY -> "daily";
            case WEEKDAYS -> "weekdays:" + days.stream().sorted().map(d -> d.name().substring(0, 3))
                    .collect(Collectors.joining(","));
            case PER_WEEK -> "week:" + times;
            case PER_MONTH -> "month:" + times;
        };
    }

    /** Reads {@link #format()}; bad input is an {@link IllegalArgumentException} saying what is wrong. */
    public static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A schedule is missing.");
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("daily")) {
            return daily();
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Unknown schedule '" + text + "': use daily, weekdays:MON,WED, week:3 or month:4.");
        }
        String head = s.substring(0, colon);
        String tail = s.substring(colon + 1);
        try {
            return switch (head) {
                case "weekdays" -> {
                    EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
                    for (String part : tail.split(",")) {
                        set.add(dayOf(part.strip(), text));
                    }
                    yield new Schedule(Kind.WEEKDAYS, set.size(), set);
                }
                case "week" -> perWeek(Integer.parseInt(tail.strip()));
                case "month" -> perMonth(Integer.parseInt(tail.strip()));
                default -> throw new IllegalArgumentException("Unknown schedule '" + text
                        + "': use daily, weekdays:MON,WED, week:3 or month:4.");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Schedule '" + text + "' needs a whole number of times.", e);
        }
    }

    private static DayOfWeek dayOf(String part, String whole) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().substring(0, 3).equalsIgnoreCase(part) || d.name().equalsIgnoreCase(part)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Schedule '" + whole + "' names an unknown weekday '" + part + "'.");
    }

    /** How a person reads it: "Every day", "Mon, Wed, Fri", "3 times a week". */
    public String describe() {
        return switch (kind) {
            case DAILY -> t("habits.schedule.daily");
            case WEEKDAYS -> dayNames();
            case PER_WEEK -> t("habits.schedule.per.week", times);
            case PER_MONTH -> t("habits.schedule.per.month", times);
        };
    }

    /**
     * The same within a sentence ("Greet people by name — every day"). English writes it in lower
     * case; German keeps the capitals of its nouns, so these forms come from the bundle.
     */
    public String describeInline() {
        return switch (kind) {
            case DAILY -> t("habits.schedule.inline.daily");
            case WEEKDAYS -> I18n.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())
                    ? dayNames().toLowerCase(Locale.ENGLISH) : dayNames();
            case PER_WEEK -> t("habits.schedule.inline.per.week", times);
            case PER_MONTH -> t("habits.schedule.inline.per.month", times);
        };
    }

    private String dayNames() {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()))
                .collect(Collectors.joining(", "));
    }
}
