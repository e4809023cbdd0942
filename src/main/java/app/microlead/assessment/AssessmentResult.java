package app.microlead.assessment;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scored self-assessment. Scores are 0–100; an empty value means too few answers (fewer than
 * 75 % of a scale's items) to say anything.
 */
public record AssessmentResult(Map<String, ScaleScore> scales, Map<String, OptionalDouble> facets,
                               OptionalDouble index, OptionalDouble scenarioControl, OptionalDouble risk,
                               QuestionBank.Band riskBand, Quadrant quadrant, List<String> drivers) {

    /** One scale: its mean on the 1–5 answer scale (after reverse keys), 0–100 score and band. */
    public record ScaleScore(String scaleId, OptionalDouble mean, OptionalDouble score, QuestionBank.Band band,
                             int answered, int items) {
    }

    /** Where the micro-leadership index and the micromanagement risk put a leader. */
    public enum Quadrant {
        MICRO_LEADER("Micro-leader", "Present and attentive, while leaving people room."),
        HANDS_ON_HEAVY("Hands-on but heavy", "Many good habits, and a strong pull to control."),
        HANDS_OFF("Hands-off", "Little control, and few of the small actions that build a team."),
        MICROMANAGING("Micromanaging", "Close control without the trust-building actions to balance it.");

        private final String label;
        private final String text;

        Quadrant(String label, String text) {
            this.label = label;
            this.text = text;
        }

        public String label() {
            return label;
        }

        public String text() {
            return text;
        }
    }

    public OptionalDouble score(String scaleId) {
        ScaleScore s = scales.get(scaleId);
        return s == null ? OptionalDouble.empty() : s.score();
    }

    /** The facet score for "scale/facet". */
    public OptionalDouble facet(String scaleId, String facetId) {
        return facets.getOrDefault(scaleId + "/" + facetId, OptionalDouble.empty());
    }
}
