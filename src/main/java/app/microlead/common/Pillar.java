package app.microlead.common;

import java.util.Locale;

/** The three pillars of micro-leadership that prompts, habits and the self-assessment share. */
public enum Pillar {
    TRUST,
    EMPOWERMENT,
    PROFESSIONALISM;

    /** The name a user reads, in the app's language. */
    public String label() {
        return I18n.t("common.pillar." + name().toLowerCase(Locale.ROOT));
    }
}
