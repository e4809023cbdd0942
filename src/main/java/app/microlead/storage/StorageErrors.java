package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** Turns H2 and Flyway failures into messages a person can act on. */
public final class StorageErrors {

    // H2 error codes (org.h2.api.ErrorCode)
    public static final int DATABASE_ALREADY_OPEN = 90020;
    public static final int FILE_CORRUPTED = 90030;
    public static final int FILE_VERSION_ERROR = 90048;
    public static final int FILE_ENCRYPTION_ERROR = 90049;
    public static final int FILE_CREATION_FAILED = 90062;
    public static final int IO_EXCEPTION = 90028;
    public static final int IO_EXCEPTION_2 = 90031;
    public static final int LOCK_TIMEOUT = 50200;

    private StorageErrors() {
    }

    static StorageException translateOpen(SQLException e) {
        String msg = switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> t("storage.open.already");
            case FILE_CORRUPTED -> t("storage.open.damaged");
            case FILE_VERSION_ERROR -> t("storage.open.version");
            case FILE_ENCRYPTION_ERROR -> t("storage.open.passphrase");
            case FILE_CREATION_FAILED, IO_EXCEPTION, IO_EXCEPTION_2 -> t("storage.open.io");
            default -> t("storage.open.other", firstLine(e.getMessage()));
        };
        return new StorageException(msg, e);
    }

    static StorageException translateMigration(FlywayException e) {
        String text = Redaction.redact(String.valueOf(e.getMessage()));
        if (text.contains("not resolved locally") || text.contains("newer than")) {
            return new StorageException(t("storage.migration.newer"), e);
        }
        if (e.getCause() instanceof SQLException sql) {
            return translateOpen(sql);
        }
        return new StorageException(t("storage.migration.failed", firstLine(text)), e);
    }

    /** What was being done when a statement failed; each has its own sentences in the storage bundle. */
    enum Action {
        SAVE("save"), READ("read");

        private final String key;

        Action(String key) {
            this.key = key;
        }
    }

    static StorageException translate(Action action, SQLException e) {
        if (e.getErrorCode() == LOCK_TIMEOUT) {
            return new StorageException(t("storage." + action.key + ".busy"), e);
        }
        return new StorageException(t("storage." + action.key + ".failed", firstLine(e.getMessage())), e);
    }

    /**
     * What the operating system said about a failed disk operation ("Input/output error"), from the
     * deepest I/O failure behind {@code e}; H2's own first line when there is none.
     */
    static String diskCause(Throwable e) {
        String said = null;
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof IOException && c.getMessage() != null && !c.getMessage().isBlank()) {
                said = c.getMessage();
            }
        }
        return said != null ? firstLine(said) : firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return t("storage.error.unknown");
        }
        String redacted = Redaction.redact(s);
        int nl = redacted.indexOf('\n');
        String line = nl >= 0 ? redacted.substring(0, nl) : redacted;
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
