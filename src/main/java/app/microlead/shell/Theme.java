package app.microlead.shell;

import java.util.Arrays;

/** Light and dark, stored by key in the preferences. */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private final String key;
    private final String label;

    Theme(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The theme for a stored key; unknown or missing keys give {@link #LIGHT}. */
    public static Theme byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElse(LIGHT);
    }

    @Override
    public String toString() {
        return label;
    }
}
