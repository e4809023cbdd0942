package app.microlead.common;

import static app.microlead.common.I18n.t;

import java.util.Arrays;

/**
 * The text size of the whole app, chosen in Settings and stored by key in the preferences. Every
 * size in the stylesheets is relative (em) to the root's font size, so one number scales the app.
 */
public enum FontSize {
    NORMAL("normal", 14),
    LARGE("large", 18);

    private final String key;
    private final int pixels;

    FontSize(String key, int pixels) {
        this.key = key;
        this.pixels = pixels;
    }

    public String key() {
        return key;
    }

    public String label() {
        return t("shell.fontsize." + key);
    }

    /** The root font size in CSS pixels. */
    public int pixels() {
        return pixels;
    }

    /** How much larger than normal (1 for normal). */
    public double scale() {
        return pixels / (double) NORMAL.pixels;
    }

    /** The size for a stored key; unknown or missing keys give {@link #NORMAL}. */
    public static FontSize byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElse(NORMAL);
    }

    @Override
    public String toString() {
        return t("shell.fontsize." + key);
    }
}
