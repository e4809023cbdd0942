package app.microlead.common;

/** The three pillars of micro-leadership that prompts, habits and the self-assessment share. */
public enum Pillar {
    TRUST,
    EMPOWERMENT,
    PROFESSIONALISM;

    /** The name a user reads, in the app's language. */
    public String label() {
        return I18n.t("common.pillar." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
