package app.microlead.export;

import static app.microlead.common.I18n.t;

/** Reports how far a long export is, and lets it be called off. */
public interface Progress {

    /** @param fraction 0–1 */
    void update(double fraction, String step);

    boolean cancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String step) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Thrown when the user cancelled; nothing was written. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super(t("export.step.cancelled"));
        }
    }

    default void checkCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }
}
