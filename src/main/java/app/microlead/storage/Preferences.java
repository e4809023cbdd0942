package app.microlead.storage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The user's preferences: small things about how the app looks and where it was, kept in a JSON
 * file beside the journal (not in the journal itself). Unknown fields are ignored, missing ones
 * keep their defaults, so older and newer files both load.
 */
public final class Preferences {

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
    private String reminderTime = "18:00";

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null ? DEFAULT_THEME : theme;
    }

    /** The text size ("normal" or "large"); files from before it was a choice give "normal". */
    public String getFontSize() {
        return fontSize;
    }

    public void setFontSize(String fontSize) {
        this.fontSize = fontSize == null ? "normal" : fontSize;
    }

    public String getLastView() {
        return lastView;
    }

    public void setLastView(String lastView) {
        this.lastView = lastView == null ? DEFAULT_VIEW : lastView;
    }

    /** The folder for backups, or null for {@code backups/} in the data folder. */
    public String getBackupDir() {
        return backupDir;
    }

    public void setBackupDir(String backupDir) {
        this.backupDir = backupDir;
    }

    /** Minutes of quiet after which an encrypted journal locks itself (0: never). */
    public int getLockAfterMinutes() {
        return lockAfterMinutes;
    }

    public void setLockAfterMinutes(int minutes) {
        this.lockAfterMinutes = Math.max(0, minutes);
    }

    /** Whether new days' prompts lean towards the current focus (weakest pillar, slipping habit, plan). */
    public boolean isAdaptivePrompts() {
        return adaptivePrompts;
    }

    public void setAdaptivePrompts(boolean adaptive) {
        this.adaptivePrompts = adaptive;
    }

    /** Whether Today shows the attention nudge of the day about someone the user leads. */
    public boolean isPeopleNudges() {
        return peopleNudges;
    }

    public void setPeopleNudges(boolean on) {
        this.peopleNudges = on;
    }

    /** The day the week ends for the weekly review (a {@link DayOfWeek} name). */
    public String getReviewDay() {
        return reviewDay;
    }

    public void setReviewDay(String day) {
        this.reviewDay = day == null ? DEFAULT_REVIEW_DAY.name() : day;
    }

    /** The review day; an unknown name in the file falls back to the default. */
    public DayOfWeek reviewDay() {
        try {
            return DayOfWeek.valueOf(reviewDay);
        } catch (IllegalArgumentException e) {
            return DEFAULT_REVIEW_DAY;
        }
    }

    /** The language of the app ("en", "de"), or null for the computer's language when Microlead has it. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Whether the end-of-day reminder is on. */
    public boolean isReminder() {
        return reminder;
    }

    public void setReminder(boolean on) {
        this.reminder = on;
    }

    /** The reminder's time of day, "HH:MM". */
    public String getReminderTime() {
        return reminderTime;
    }

    public void setReminderTime(String time) {
        this.reminderTime = time == null ? "18:00" : time;
    }

    /** The reminder's time; a value the app cannot read falls back to 18:00. */
    public LocalTime reminderTime() {
        try {
            return LocalTime.parse(reminderTime);
        } catch (DateTimeParseException e) {
            return LocalTime.of(18, 0);
        }
    }

    public WindowState getWindow() {
        return window;
    }

    public void setWindow(WindowState window) {
        this.window = window;
    }

    /** Where and how big the main window was when it was last closed. */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
    }
}
