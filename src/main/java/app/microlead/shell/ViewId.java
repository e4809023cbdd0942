package app.microlead.shell;

import static app.microlead.common.I18n.t;

import java.util.Arrays;
import java.util.Optional;

/** The views of the main window, in sidebar order; Ctrl+1 … Ctrl+7 follow this order. */
public enum ViewId {
    TODAY("today"),
    JOURNAL("journal"),
    HABITS("habits"),
    ASSESSMENT("assessment"),
    INSIGHTS("insights"),
    PEOPLE("people"),
    SETTINGS("settings");

    private final String key;

    ViewId(String key) {
        this.key = key;
    }

    /** The stable key used in preferences and in control ids ({@code nav-<key>}). */
    public String key() {
        return key;
    }

    /** The view's name in the sidebar, in the user's language. */
    public String title() {
        return t("shell.view." + key);
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
