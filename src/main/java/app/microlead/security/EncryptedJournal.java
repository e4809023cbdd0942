package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.JournalDamagedException;
import app.microlead.storage.KeyFile;
import app.microlead.storage.StorageErrors;
import app.microlead.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Unlocking an encrypted journal: the passphrase is checked against the key file's check value
 * before the database is touched, so a wrong passphrase and a damaged journal are told apart; a
 * missing, emptied or truncated journal is reported as damage and never replaced by a new, empty one.
 */
public final class EncryptedJournal {

    private static final Logger LOG = Logger.getLogger(EncryptedJournal.class.getName());

    /** An open encrypted journal and the key it was opened with. */
    public record Opened(Database database, String fileKey) {
    }

    private EncryptedJournal() {
    }

    /**
     * Opens the journal of {@code folder} with the passphrase (wiped afterwards).
     *
     * @throws WrongPassphraseException when the passphrase is not the journal's
     * @throws JournalDamagedException  when it is, but the journal file is missing or cannot be read
     * @throws StorageException         for anything else (a damaged key file, in words)
     */
    public static Opened open(DataFolder folder, char[] passphrase) {
        return open(folder, passphrase, key -> { });
    }

    /**
     * As {@link #open(DataFolder, char[])}; {@code beforeOpen} runs with the verified key before the
     * database opens (a pending restore is applied there).
     */
    public static Opened open(DataFolder folder, char[] passphrase, Consumer<String> beforeOpen) {
        KeyFile key = KeyFile.read(folder.root()).orElseThrow(() -> new StorageException(t("storage.key.missing")));
        // a search index in plain words left by a crash between encrypting and removing it
        Conversion.deleteTree(folder.searchIndexDir());
        String fileKey = key.fileKey(passphrase);
        KeyFile.Verdict verdict = key.verify(fileKey);
        if (verdict == KeyFile.Verdict.MISMATCH) {
            throw new WrongPassphraseException();
        }
        try {
            if (verdict == KeyFile.Verdict.MATCH) {
                beforeOpen.accept(fileKey);
            }
            return new Opened(openExisting(folder, fileKey, verdict), fileKey);
        } catch (JournalDamagedException e) {
            throw verdict == KeyFile.Verdict.MATCH ? e.withKey(fileKey) : e;
        }
    }

    /** Opens the journal with a key already verified (after a backup was restored in its place). */
    public static Database openWithKey(DataFolder folder, String fileKey) {
        return openExisting(folder, fileKey, KeyFile.Verdict.MATCH);
    }

    private static Database openExisting(DataFolder folder, String fileKey, KeyFile.Verdict verdict) {
        Path db = folder.root().resolve(Conversion.DB_FILE);
        try {
            if (!Files.exists(db)) {
                throw new JournalDamagedException(t("storage.open.missing", db.toString()), null);
            }
            if (Files.size(db) == 0) {
                throw new JournalDamagedException(t("storage.open.empty"), null);
            }
            if (!Conversion.isEncrypted(db)) {
                // never a passphrase for a file that is not encrypted: nothing could verify it
                throw new StorageException(t("storage.key.orphan", KeyFile.NAME));
            }
        } catch (IOException e) {
            throw new StorageException(t("storage.open.io"), e);
        }
        Database opened;
        try {
            opened = Database.openEncryptedExisting(folder, fileKey);
        } catch (JournalDamagedException e) {
            throw e;
        } catch (StorageException e) {
            if (verdict == KeyFile.Verdict.UNKNOWN && errorCode(e) == StorageErrors.FILE_ENCRYPTION_ERROR) {
                throw new WrongPassphraseException();
            }
            if (errorCode(e) == StorageErrors.DATABASE_ALREADY_OPEN) {
                throw e;
            }
            throw new JournalDamagedException(t("storage.open.damaged.encrypted"), e);
        }
        if (verdict == KeyFile.Verdict.UNKNOWN) {
            KeyFile.read(folder.root()).orElseThrow().sealedWith(fileKey).write(folder.root());
            LOG.info("The key file now carries a check value");
        }
        return opened;
    }

    /**
     * Before a journal without key file opens: an encrypted journal file whose key file is gone is
     * named as such (instead of "damaged"), and nothing is opened or created.
     */
    public static void checkNotEncrypted(DataFolder folder) {
        Path db = folder.root().resolve(Conversion.DB_FILE);
        try {
            if (Files.exists(db) && Files.size(db) > 0 && Conversion.isEncrypted(db)) {
                throw new StorageException(t("storage.key.lost", KeyFile.NAME));
            }
        } catch (IOException e) {
            throw new StorageException(t("storage.open.io"), e);
        }
    }

    private static int errorCode(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
