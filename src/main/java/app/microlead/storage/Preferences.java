package app.microlead.storage;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The user's preferences: small things about how the app looks and where it was, kept in a JSON
 * file beside the journal (not in the journal itself). Unknown fields are ignored, missing ones
 * keep their defaults, so older and newer files both load.
 *
 * <p>The file keeps plain strings (the {@code get…}/{@code set…} pairs are its JSON form); the app
 * reads and writes the typed accessors ({@link #theme()}, {@link #chooseTheme}, …). A stored value
 * the app cannot read (edited by hand, written by another version) gives the default and one log
 * line. Every change tells the listener set with {@link #onChange} (the auto-save).
 */
public final class Preferences {

    private static final Logger LOG = Logger.getLogger(Preferences.class.getName());

    public static final String DEFAULT_THEME = "light";
    public static final String DEFAULT_VIEW = "today";
    public static final DayOfWeek DEFAULT_REVIEW_DAY = DayOfWeek.FRIDAY;

    private String theme = DEFAULT_THEME;
    private String fontSize = "normal";
    private String lastView = DEFAULT_VIEW;
    private WindowState window;
    private String backupDir;
    private int lockAfterMinutes = 15;
    private boolean adaptivePrompts = true;
    private boolean peopleNudges = true;
    private String reviewDay = DEFAULT_REVIEW_DAY.name();
    private boolean reminder = true;
    private String language;
    private String reminderTime = DEFAULT_REMINDER_TIME.toString();
    private Runnable onChange = () -> { };
    private final Set<String> reported = new HashSet<>();

    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(18, 0);

    /** Called after every change (once the file is loaded: loading sets values before anyone listens). */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    private void changed() {
        onChange.run();
    }

    /** Parses a stored value; an unreadable one gives {@code fallback} and is logged once per field. */
    private <T> T parsed(String field, String stored, Function<String, T> parse, T fallback) {
        T value = null;
        try {
            value = stored == null ? null : parse.apply(stored);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            value = null;
        }
        if (value != null) {
            return value;
        }
        if (stored != null && reported.add(field)) {
            LOG.warning(() -> "Preference " + field + " has a value the app cannot read (" + stored
                    + "); using " + fallback);
        }
        return fallback;
    }

    /** The theme; an unknown key gives {@link Theme#LIGHT}. */
    public Theme theme() {
        return parsed("theme", theme, k -> Theme.byKey(k).key().equals(k) ? Theme.byKey(k) : null, Theme.LIGHT);
    }

    public void chooseTheme(Theme chosen) {
        setTheme(chosen.key());
    }

    /** The text size; an unknown key gives {@link FontSize#NORMAL}. */
    public FontSize fontSize() {
        return parsed("fontSize", fontSize, k -> FontSize.byKey(k).key().equals(k) ? FontSize.byKey(k) : null,
                FontSize.NORMAL);
    }

    public void chooseFontSize(FontSize chosen) {
        setFontSize(chosen.key());
    }

    public void chooseReviewDay(DayOfWeek day) {
        setReviewDay(day.name());
    }

    public void chooseReminderTime(LocalTime time) {
        setReminderTime(time.toString());
    }

    /** The folder the user chose for backups; empty for {@code backups/} in the data folder. */
    public Optional<Path> backupFolder() {
        return Optional.ofNullable(parsed("backupDir", backupDir, Path::of, null));
    }

    /** A folder for backups, or null for the default ({@code backups/} in the data folder). */
    public void chooseBackupFolder(Path dir) {
        setBackupDir(dir == null ? null : dir.toString());
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null ? DEFAULT_THEME : theme;
        changed();
    }

    /** The text size ("normal" or "large"); files from before it was a choice give "normal". */
    public String getFontSize() {
        return fontSize;
    }

    public void setFontSize(String fontSize) {
        this.fontSize = fontSize == null ? "normal" : fontSize;
        changed();
    }

    public String getLastView() {
        return lastView;
    }

    public void setLastView(String lastView) {
        this.lastView = lastView == null ? DEFAULT_VIEW : lastView;
        changed();
    }

    /** The folder for backups, or null for {@code backups/} in the data folder. */
    public String getBackupDir() {
        return backupDir;
    }

    public void setBackupDir(String backupDir) {
        this.backupDir = backupDir;
        changed();
    }

    /** Minutes of quiet after which an encrypted journal locks itself (0: never). */
    public int getLockAfterMinutes() {
        return lockAfterMinutes;
    }

    public void setLockAfterMinutes(int minutes) {
        this.lockAfterMinutes = Math.max(0, minutes);
        changed();
    }

    /** Whether new days' prompts lean towards the current focus (weakest pillar, slipping habit, plan). */
    public boolean isAdaptivePrompts() {
        return adaptivePrompts;
    }

    public void setAdaptivePrompts(boolean adaptive) {
        this.adaptivePrompts = adaptive;
        changed();
    }

    /** Whether Today shows the attention nudge of the day about someone the user leads. */
    public boolean isPeopleNudges() {
        return peopleNudges;
    }

    public void setPeopleNudges(boolean on) {
        this.peopleNudges = on;
        changed();
    }

    /** The day the week ends for the weekly review (a {@link DayOfWeek} name). */
    public String getReviewDay() {
        return reviewDay;
    }

    public void setReviewDay(String day) {
        this.reviewDay = day == null ? DEFAULT_REVIEW_DAY.name() : day;
        changed();
    }

    /** The review day; an unknown name in the file falls back to the default. */
    public DayOfWeek reviewDay() {
        return parsed("reviewDay", reviewDay, DayOfWeek::valueOf, DEFAULT_REVIEW_DAY);
    }

    /** The language of the app ("en", "de"), or null for the computer's language when Microlead has it. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
        changed();
    }

    /** Whether the end-of-day reminder is on. */
    public boolean isReminder() {
        return reminder;
    }

    public void setReminder(boolean on) {
        this.reminder = on;
        changed();
    }

    /** The reminder's time of day, "HH:MM". */
    public String getReminderTime() {
        return reminderTime;
    }

    public void setReminderTime(String time) {
        this.reminderTime = time == null ? DEFAULT_REMINDER_TIME.toString() : time;
        changed();
    }

    /** The reminder's time; a value the app cannot read falls back to 18:00. */
    public LocalTime reminderTime() {
        return parsed("reminderTime", reminderTime, LocalTime::parse, DEFAULT_REMINDER_TIME);
    }

    public WindowState getWindow() {
        return window;
    }

    public void setWindow(WindowState window) {
        this.window = window;
        changed();
    }

    /** Where and how big the main window was when it was last closed. */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
    }
}
