package app.microlead.assessment;

import java.util.Map;

/**
 * What a person answered: likert values 1–5 (or {@link #NO_OPPORTUNITY}) by item id, and the chosen
 * option by scenario id. Missing ids are unanswered.
 */
public record Answers(Map<String, Integer> likert, Map<String, String> scenarios) {

    /** "No opportunity": answered, but not scored. */
    public static final int NO_OPPORTUNITY = 0;

    public Answers {
        likert = Map.copyOf(likert);
        scenarios = Map.copyOf(scenarios);
    }
}
