package app.microlead.shell;

import java.util.Arrays;
import java.util.Optional;

/** The views of the main window, in sidebar order; Ctrl+1 … Ctrl+6 follow this order. */
public enum ViewId {
    TODAY("today", "Today"),
    JOURNAL("journal", "Journal"),
    HABITS("habits", "Habits"),
    ASSESSMENT("assessment", "Self-assessment"),
    INSIGHTS("insights", "Insights"),
    SETTINGS("settings", "Settings");

    private final String key;
    private final String title;

    ViewId(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The stable key used in preferences and in control ids ({@code nav-<key>}). */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String navId() {
        return "nav-" + key;
    }

    /** 1-based position, the digit of its shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    public static Optional<ViewId> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
