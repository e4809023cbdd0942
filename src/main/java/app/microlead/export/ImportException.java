package app.microlead.export;

/**
 * A file that cannot be imported. The message says what is wrong and where (file, line, column or
 * record when known) and what to do; nothing has been changed when it is thrown. Messages hold no
 * journal text (they may be logged): places, dates, numbers and lengths only.
 */
public final class ImportException extends Exception {

    /** Why the import was refused; every kind but {@link #JOURNAL} is decided before anything is written. */
    public enum Kind {
        /** The file or folder cannot be opened or read (missing, no permission, not a regular file). */
        FILE,
        /** The file is not well-formed (JSON/YAML syntax, wrong kind of value, encoding). */
        SYNTAX,
        /** The file is well-formed, but a value is out of range, missing, unknown or duplicated. */
        CONTENT,
        /** The journal refuses it as it is (for example it already holds data and no merge was chosen). */
        JOURNAL
    }

    private final Kind kind;

    public ImportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ImportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
