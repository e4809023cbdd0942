package app.microlead.storage;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** Turns H2 and Flyway failures into messages a person can act on. */
final class StorageErrors {

    // H2 error codes (org.h2.api.ErrorCode)
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int FILE_CORRUPTED = 90030;
    static final int FILE_VERSION_ERROR = 90048;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int FILE_CREATION_FAILED = 90062;
    static final int IO_EXCEPTION = 90028;
    static final int IO_EXCEPTION_2 = 90031;
    static final int LOCK_TIMEOUT = 50200;

    private StorageErrors() {
    }

    static StorageException translateOpen(SQLException e) {
        String msg = switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> "Microlead is already open with this journal, or another program is"
                    + " using its database file. Close the other Microlead window and try again.";
            case FILE_CORRUPTED -> "The journal database file could not be read: it looks damaged or it is"
                    + " encrypted. Restore a backup from the data folder's backups, or start with --data-dir"
                    + " pointing to another folder. Your file was not changed.";
            case FILE_VERSION_ERROR -> "This journal was written in a format this version of Microlead cannot"
                    + " read (probably by a newer version). Install the newer Microlead to open it. Your file"
                    + " was not changed.";
            case FILE_ENCRYPTION_ERROR -> "That passphrase does not match this journal. Check it and try again"
                    + " (it is case-sensitive).";
            case FILE_CREATION_FAILED, IO_EXCEPTION, IO_EXCEPTION_2 -> "Microlead could not open its database"
                    + " file. Check that the data folder is writable and the disk is not full.";
            default -> "Microlead could not open your journal (" + firstLine(e.getMessage()) + ")."
                    + " See the log file in the data folder for details.";
        };
        return new StorageException(msg, e);
    }

    static StorageException translateMigration(FlywayException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("not resolved locally") || text.contains("newer than")) {
            return new StorageException("This journal was upgraded by a newer version of Microlead."
                    + " Install that version to open it; your data was not changed.", e);
        }
        if (e.getCause() instanceof SQLException sql) {
            return translateOpen(sql);
        }
        return new StorageException("Microlead could not prepare its database (" + firstLine(text) + ")."
                + " Your data was not changed; see the log file in the data folder.", e);
    }

    static StorageException translate(String action, SQLException e) {
        if (e.getErrorCode() == LOCK_TIMEOUT) {
            return new StorageException("Microlead could not " + action + " because the journal was busy."
                    + " Please try again.", e);
        }
        return new StorageException("Microlead could not " + action + ": " + firstLine(e.getMessage())
                + ". Nothing was changed; try again, and see the log file if it keeps happening.", e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) : s;
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
