package app.microlead.common;

/** The three pillars of micro-leadership that prompts, habits and the self-assessment share. */
public enum Pillar {
    TRUST("Trust"),
    EMPOWERMENT("Empowerment"),
    PROFESSIONALISM("Professionalism");

    private final String label;

    Pillar(String label) {
        this.label = label;
    }

    /** The name a user reads. */
    public String label() {
        return label;
    }
}
