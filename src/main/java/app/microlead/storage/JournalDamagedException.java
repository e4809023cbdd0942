package app.microlead.storage;

/**
 * The journal file is missing, empty or cannot be read although the passphrase is right: damage, not
 * a wrong passphrase. The app offers the newest verified backup.
 */
public final class JournalDamagedException extends StorageException {

    /** The verified key, for opening a backup in the journal's place (never logged). */
    private transient String fileKey;

    public JournalDamagedException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public JournalDamagedException withKey(String key) {
        this.fileKey = key;
        return this;
    }

    /** The journal's key, verified against the key file's check value (null if it could not be). */
    public String fileKey() {
        return fileKey;
    }
}
