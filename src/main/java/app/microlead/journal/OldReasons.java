package app.microlead.journal;

import java.util.List;
import java.util.Map;

/**
 * The language of a prompt's reason kept before the journal stored it (migration V12). Those reasons
 * are sentences the app wrote itself, and in each language they began with one of a few words, so
 * the start tells the language; a reason that starts otherwise is of no known language.
 */
final class OldReasons {

    /** How the app's reasons began, per language (Insights' and People's prompts). */
    private static final Map<String, List<String>> STARTS = Map.of(
            "en", List.of("because ", "to follow up ", "Picked because"),
            "de", List.of("weil ", "um Ihren ", "Ausgewählt, weil"));

    private OldReasons() {
    }

    /** "en", "de", or "" when the reason does not start as the app's reasons did. */
    static String languageOf(String reason) {
        for (Map.Entry<String, List<String>> language : STARTS.entrySet()) {
            if (language.getValue().stream().anyMatch(reason::startsWith)) {
                return language.getKey();
            }
        }
        return "";
    }
}
