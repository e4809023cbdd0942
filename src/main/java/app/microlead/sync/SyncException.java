package app.microlead.sync;

/** A round or a set-up that could not be done, with a message that says why and what to do. */
public final class SyncException extends RuntimeException {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
