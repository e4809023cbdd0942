package app.microlead.assessment;

import static app.microlead.common.I18n.t;

/**
 * Whether a change between two sessions is more than measurement noise: only a difference larger
 * than 1.96 · SD · √2 · √(1 − α) counts as real (about 19 points with SD 15 and α 0.80).
 */
public final class ReliableChange {

    private ReliableChange() {
    }

    public static double threshold(double sd, double alpha) {
        return 1.96 * sd * Math.sqrt(2) * Math.sqrt(1 - alpha);
    }

    /** A change of a scale's score from one session to the next. */
    public record Change(double delta, boolean real) {
        /** "+21 · real change", "−6 · within noise". */
        public String describe() {
            long d = Math.round(delta);
            String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
            return t(real ? "assessment.change.real" : "assessment.change.noise", sign + Math.abs(d));
        }
    }

    public static Change between(double previous, double now, double sd, double alpha) {
        double delta = now - previous;
        return new Change(delta, Math.abs(delta) > threshold(sd, alpha));
    }
}
