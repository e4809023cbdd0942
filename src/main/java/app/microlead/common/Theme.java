package app.microlead.common;

import static app.microlead.common.I18n.t;

import java.util.Arrays;

/** Light and dark, stored by key in the preferences. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String label() {
        return t("shell.theme." + key);
    }

    /** The theme for a stored key; unknown or missing keys give {@link #LIGHT}. */
    public static Theme byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElse(LIGHT);
    }

    @Override
    public String toString() {
        return label();
    }
}
