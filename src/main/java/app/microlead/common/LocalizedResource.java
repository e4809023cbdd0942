package app.microlead.common;

import java.io.InputStream;
import java.util.Locale;

/**
 * A content file shipped with the app (prompts, micro-actions, the question bank) in the user's
 * language. A translation sits beside the English base file with the language before the
 * extension, {@code prompts_de.json} beside {@code prompts.json}; a language without a translation
 * reads the English file. The translation keeps every id, number and key of the base file, so what
 * is stored by id reads the same in every language.
 */
public final class LocalizedResource {

    private LocalizedResource() {
    }

    /** The path of the translation of {@code base} into {@code locale}'s language (or {@code base} for English). */
    public static String path(String base, Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        if (lang.isEmpty() || lang.equals(Locale.ENGLISH.getLanguage())) {
            return base;
        }
        int slash = base.lastIndexOf('/');
        int dot = base.lastIndexOf('.');
        return dot > slash ? base.substring(0, dot) + "_" + lang + base.substring(dot) : base + "_" + lang;
    }

    /**
     * Opens the translation of the resource {@code base} (an absolute resource path like
     * {@code /app/microlead/journal/prompts.json}) for {@code locale}, else the base file; null when
     * neither exists.
     */
    public static InputStream open(Class<?> anchor, String base, Locale locale) {
        String translated = path(base, locale);
        if (!translated.equals(base)) {
            InputStream in = anchor.getResourceAsStream(translated);
            if (in != null) {
                return in;
            }
        }
        return anchor.getResourceAsStream(base);
    }
}
