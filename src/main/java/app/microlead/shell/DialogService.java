package app.microlead.shell;

/** Dialogs behind an interface, so view models can ask and tell without knowing about windows. */
public interface DialogService {

    /** An unexpected failure: what happened and what to do, with the technical details folded away. */
    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);
}
