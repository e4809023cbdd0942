package app.microlead.export;

/**
 * A file that cannot be imported. The message says what is wrong and where (file, line, column when
 * known) and what to do; nothing has been changed when it is thrown.
 */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
