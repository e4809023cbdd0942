package app.microlead.storage;

/**
 * A storage failure with a message written for the person using the app: what happened and what
 * to do. The technical cause stays attached for the log and the folded-away details.
 */
public class StorageException extends RuntimeException {

    public StorageException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public StorageException(String userMessage) {
        super(userMessage);
    }
}
