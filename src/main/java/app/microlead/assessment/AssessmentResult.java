package app.microlead.assessment;

import static app.microlead.common.I18n.t;

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
        MICRO_LEADER("micro.leader"),
        HANDS_ON_HEAVY("hands.on.heavy"),
        HANDS_OFF("hands.off"),
        MICROMANAGING("micromanaging");

        private final String key;

        Quadrant(String key) {
            this.key = "assessment.quadrant." + key;
        }

        /** The quadrant's name, in the app's language. */
        public String label() {
            return t(key);
        }

        /** What it means, in one sentence. */
        public String text() {
            return t(key + ".text");
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
