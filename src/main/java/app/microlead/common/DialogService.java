package app.microlead.common;

/** Dialogs behind an interface, so view models can ask and tell without knowing about windows. */
public interface DialogService {

    /**
     * A failure: what happened and what to do. The technical details go to the log file, never into
     * the dialog: a person reads words, not a program's inner names.
     */
    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * As {@link #confirm}, for an action that destroys something (deleting a day, a habit): the
     * confirming button looks dangerous and Cancel is the default.
     */
    default boolean confirmDestructive(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel);
    }
}
