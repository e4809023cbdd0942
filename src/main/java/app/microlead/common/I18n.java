package app.microlead.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the app in the user's language. Texts live in resource bundles, one per feature
 * ({@code app/microlead/i18n/<feature>.properties}, UTF-8), and are looked up by keys that start
 * with the feature: {@code t("today.title")} reads the key {@code today.title} from the
 * {@code today} bundle. Arguments are filled in with {@link MessageFormat} (so a literal apostrophe
 * is written {@code ''} in a text that takes arguments).
 *
 * <p>The language is chosen once at start-up (Settings; a change applies at the next start), so
 * views and view models can read texts anywhere without listening for changes.
 */
public final class I18n {

    /** The languages the app is translated into, English first (the fallback). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The feature bundles; the bundle consistency test checks each in every language. */
    public static final List<String> BUNDLES = List.of("common", "shell", "storage", "today", "journal", "habits",
            "assessment", "insights", "review", "export", "people", "sync");

    private static volatile Locale locale = Locale.ENGLISH;
    private static final Map<String, ResourceBundle> CACHE = new ConcurrentHashMap<>();

    private I18n() {
    }

    /** A share (0–1) as a whole percentage the app's language writes it: "75%" in English, "75 %" in German. */
    public static String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        f.setMaximumFractionDigits(0);
        return f.format(fraction);
    }

    /**
     * The days from {@code start} to {@code end} with what they share written once: "21 – 27 November 2026",
     * "24 Jun – 11 Jul 2026", "28 Dec 2026 – 3 Jan 2027" (German "21. – 27. November 2026"). {@code pattern}
     * is the key of the day's full pattern; the keys {@code pattern + ".month"} (day and month) and
     * {@code pattern + ".only"} (the day alone) give the shorter ones of the start.
     */
    public static String range(LocalDate start, LocalDate end, String pattern) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern(t(pattern), locale());
        String key = start.getYear() != end.getYear() ? pattern
                : start.getMonth() != end.getMonth() ? pattern + ".month" : pattern + ".only";
        return t("common.range", DateTimeFormatter.ofPattern(t(key), locale()).format(start), full.format(end));
    }

    /** The language of the texts (and of dates and numbers). */
    public static Locale locale() {
        return locale;
    }

    /** Chooses the language (at start-up); an unknown one falls back to English. */
    public static void setLocale(Locale chosen) {
        Locale l = LANGUAGES.stream().filter(x -> x.getLanguage().equals(chosen == null ? "" : chosen.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
        locale = l;
        CACHE.clear();
    }

    /** The language for a tag from the preferences ("en", "de"), English when unknown. */
    public static Locale forTag(String tag) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(Locale.ENGLISH);
    }

    /** The text of {@code key} with {@code args} filled in; a missing key shows as {@code !key!}. */
    public static String t(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A list in words of the language shown: "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return t("common.list.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /** Whether {@code key} has a text. */
    public static boolean has(String key) {
        try {
            bundle(key).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String raw(String key) {
        try {
            return bundle(key).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(String key) {
        int dot = key.indexOf('.');
        String feature = dot < 0 ? "common" : key.substring(0, dot);
        return CACHE.computeIfAbsent(feature, f -> ResourceBundle.getBundle("app.microlead.i18n." + f, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
